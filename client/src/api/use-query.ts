// One GraphQL operation as a React hook: runs when its variables change (compared as JSON), drops the answer of a
// request that was superseded, and reports loading and errors in the form the views show them. `loading` is
// derived during render (the settled answer belongs to other variables), so it is true in the same render that
// changes the variables — a view's ready flag never claims an old answer for new variables.
import { useEffect, useState } from 'react';
import { GraphqlRequestError, request } from './graphql-client.ts';

export interface QueryState<T> {
  /** The answer for the current variables, or the previous answer while a new one loads. */
  readonly data: T | null;
  readonly error: GraphqlRequestError | null;
  readonly loading: boolean;
}

interface Settled<T> {
  readonly key: string | null;
  readonly data: T | null;
  readonly error: GraphqlRequestError | null;
}

/** `variables: null` skips the request (nothing to ask yet). */
export function useQuery<T>(query: string, variables: Record<string, unknown> | null): QueryState<T> {
  const key = variables === null ? null : JSON.stringify(variables);
  const [settled, setSettled] = useState<Settled<T>>({ key: null, data: null, error: null });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    request<T>(query, JSON.parse(key) as Record<string, unknown>)
      .then((data) => current && setSettled({ key, data, error: null }))
      .catch((err: unknown) => {
        if (!current) return;
        const error =
          err instanceof GraphqlRequestError
            ? err
            : new GraphqlRequestError(err instanceof Error ? err.message : String(err), 'UNKNOWN');
        setSettled({ key, data: null, error });
      });
    return () => {
      current = false;
    };
  }, [query, key]);
  if (key === null) return { data: null, error: null, loading: false };
  const loading = settled.key !== key;
  return { data: settled.data, error: loading ? null : settled.error, loading };
}

/** A query state that also says whether it holds the answer to its current variables (what ready flags wait for). */
export type SettledState<T> = QueryState<T> & { readonly settled: boolean };

/** useQuery with `settled`: `loading` is already true in the render that changes the variables, so it is its negation. */
export function useSettledQuery<T>(
  query: string,
  variables: Record<string, unknown> | null,
): SettledState<T> {
  const state = useQuery<T>(query, variables);
  return { ...state, settled: !state.loading };
}
