// Search as you type over the API's full-text search; a pick opens the hit's neighbourhood.
import { useCallback } from 'react';
import type { SearchQuery, SearchQueryVariables } from '../../api/generated/operations.ts';
import { request } from '../../api/graphql-client.ts';
import { useTexts } from '../../app/texts.tsx';
import { Combobox } from '../../ui/Combobox.tsx';
import { SEARCH_QUERY } from './network-operations.ts';
import { kindOf } from './view-model.ts';

export function SearchBox({ onPick }: { readonly onPick: (id: string) => void }) {
  const t = useTexts();
  const suggest = useCallback(
    async (text: string) => {
      const data = await request<SearchQuery>(SEARCH_QUERY, { text } satisfies SearchQueryVariables);
      return data.search.map((hit) => ({
        id: hit.entity.id,
        label: hit.entity.name,
        detail: t.kindLabels[kindOf(hit)],
      }));
    },
    [t],
  );
  return (
    <Combobox
      label={t.search}
      placeholder={t.searchPlaceholder}
      noHit={t.searchNoHit}
      failed={t.apiDown}
      suggest={suggest}
      onPick={(hit) => onPick(hit.id)}
    />
  );
}
