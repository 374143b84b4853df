// "Who links us to them?": pick another actor; the view then shows the shortest paths between the two over
// cooperations and memberships (the API's `path`).
import { useCallback } from 'react';
import type { SearchQuery, SearchQueryVariables } from '../../api/generated/operations.ts';
import { request } from '../../api/graphql-client.ts';
import { useTexts } from '../../app/texts.tsx';
import { Combobox } from '../../ui/Combobox.tsx';
import { ACTOR_KINDS } from './actor-kinds.ts';
import { SEARCH_QUERY } from './network-operations.ts';

export function PathPicker({ onPick }: { readonly onPick: (to: string) => void }) {
  const t = useTexts();
  const suggest = useCallback(
    async (text: string) => {
      const data = await request<SearchQuery>(SEARCH_QUERY, { text } satisfies SearchQueryVariables);
      return data.search
        .filter((hit) => ACTOR_KINDS.has(hit.kind))
        .map((hit) => ({ id: hit.entity.id, label: hit.entity.name, detail: t.kindLabels[hit.kind] }));
    },
    [t],
  );
  return (
    <Combobox
      label={t.pathTo}
      placeholder={t.searchPlaceholder}
      noHit={t.searchNoHit}
      failed={t.apiDown}
      suggest={suggest}
      onPick={(hit) => onPick(hit.id)}
    />
  );
}
