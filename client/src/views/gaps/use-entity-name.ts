// Names for ids the matrix gives without one (offers of other regions, regions inside the chosen one): fetched one
// by one, as they are shown, and kept for the page's life. A failed or empty lookup shows the id.
import { useEffect, useState } from 'react';
import type { EntityNameQuery, EntityNameQueryVariables } from '../../api/generated/operations.ts';
import { request } from '../../api/graphql-client.ts';
import { ENTITY_NAME_QUERY } from './gaps-operations.ts';

const names = new Map<string, Promise<string | null>>();

function lookUp(id: string): Promise<string | null> {
  let found = names.get(id);
  if (!found) {
    found = request<EntityNameQuery>(ENTITY_NAME_QUERY, { id } satisfies EntityNameQueryVariables)
      .then((data) => data.node?.name ?? null)
      .catch(() => {
        names.delete(id);
        return null;
      });
    names.set(id, found);
  }
  return found;
}

/** The entity's name: `known` when given, else looked up; the id until the answer comes (or when it fails). */
export function useEntityName(id: string, known: string | undefined): string {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    if (known !== undefined) return;
    let current = true;
    setName(null);
    void lookUp(id).then((found) => current && setName(found));
    return () => {
      current = false;
    };
  }, [id, known]);
  return known ?? name ?? id;
}
