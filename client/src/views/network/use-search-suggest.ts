// Suggestions from the API's full-text search for a combobox: each hit with its name and kind, optionally only
// hits of some kinds (the path picker wants actors).
import { useCallback } from 'react';
import type { SearchQuery, SearchQueryVariables } from '../../api/generated/operations.ts';
import type { EntityKind } from '../../api/generated/schema-enums.ts';
import { request } from '../../api/graphql-client.ts';
import { useLabels } from '../../app/labels.tsx';
import type { Suggestion } from '../../ui/Combobox.tsx';
import { SEARCH_QUERY } from './network-operations.ts';

export function useSearchSuggest(
  only: ReadonlySet<EntityKind> | null = null,
): (text: string) => Promise<Suggestion[]> {
  const labels = useLabels();
  return useCallback(
    async (text: string) => {
      const data = await request<SearchQuery>(SEARCH_QUERY, { text } satisfies SearchQueryVariables);
      return data.search
        .filter((hit) => only === null || only.has(hit.kind))
        .map((hit) => ({ id: hit.entity.id, label: hit.entity.name, detail: labels.kind(hit.kind) }));
    },
    [labels, only],
  );
}
