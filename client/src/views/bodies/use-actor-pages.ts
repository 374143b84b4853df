// The actors placed in the region, one page (ACTORS_PER_PAGE) at a time, to check for a seat: a Land holds
// thousands. The API pages forward by cursor, so the cursors of the pages seen are kept to go back; another region
// or day starts again at the first page.
import { useState } from 'react';
import type { BodyActorsQuery, BodyActorsQueryVariables } from '../../api/generated/operations.ts';
import { useQuery, type QueryState } from '../../api/use-query.ts';
import { BODY_ACTORS_QUERY } from './bodies-operations.ts';

export interface ActorPages extends QueryState<BodyActorsQuery> {
  /** 0-based: the page asked for (while it loads, `data` is still the previous one). */
  readonly index: number;
  readonly next: (() => void) | null;
  readonly previous: (() => void) | null;
}

export function useActorPages(region: string | null, at: string | null): ActorPages {
  const question = JSON.stringify([region, at]);
  const [seen, setSeen] = useState<{ question: string; cursors: readonly (string | null)[] }>({
    question,
    cursors: [null],
  });
  const cursors = seen.question === question ? seen.cursors : [null];
  const variables: BodyActorsQueryVariables | null =
    region === null ? null : { region, at, after: cursors[cursors.length - 1] ?? null };
  const state = useQuery<BodyActorsQuery>(BODY_ACTORS_QUERY, variables);
  const endCursor = state.data?.actors.pageInfo.endCursor ?? null;
  const canGoOn = !state.loading && state.data?.actors.pageInfo.hasNextPage === true && endCursor !== null;
  return {
    ...state,
    index: cursors.length - 1,
    next: canGoOn ? () => setSeen({ question, cursors: [...cursors, endCursor] }) : null,
    previous:
      cursors.length > 1 && !state.loading
        ? () => setSeen({ question, cursors: cursors.slice(0, -1) })
        : null,
  };
}
