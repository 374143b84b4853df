// Choose a region by typing its name: suggestions show the level and the region it lies in, because names repeat
// (Dortmund the city and Dortmund the Gemeinde). Shows the chosen region's name, and a button to clear it.
import { useCallback } from 'react';
import type { RegionChoicesQuery, RegionChoicesQueryVariables } from '../api/generated/operations.ts';
import { request } from '../api/graphql-client.ts';
import { useTexts } from '../app/texts.tsx';
import type { UiLanguage } from '../app/url-state.ts';
import { Combobox } from './Combobox.tsx';
import { REGION_CHOICES_QUERY } from './ui-operations.ts';
import { useRegionName } from './use-region-name.ts';

interface Props {
  readonly region: string | null;
  readonly lang: UiLanguage;
  readonly onPick: (id: string | null) => void;
}

export function RegionPicker({ region, lang, onPick }: Props) {
  const t = useTexts();
  const name = useRegionName(region);
  const suggest = useCallback(
    async (text: string) => {
      const data = await request<RegionChoicesQuery>(REGION_CHOICES_QUERY, {
        text,
      } satisfies RegionChoicesQueryVariables);
      return data.regions.nodes.map((r) => ({
        id: r.id,
        label: r.name,
        detail: `${lang === 'en' ? r.level.labelEn : r.level.labelDe}${r.parent ? ` · ${r.parent.name}` : ''}`,
      }));
    },
    [lang],
  );
  return (
    <div className="region-picker">
      <Combobox
        key={name ?? 'none'}
        label={t.region}
        placeholder={t.regionPlaceholder}
        noHit={t.searchNoHit}
        failed={t.apiDown}
        suggest={suggest}
        onPick={(hit) => onPick(hit.id)}
        initialText={name ?? ''}
      />
      {region !== null ? (
        <button type="button" className="link-button" onClick={() => onPick(null)}>
          {t.clearRegion}
        </button>
      ) : null}
    </div>
  );
}
