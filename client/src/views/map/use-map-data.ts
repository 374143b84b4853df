// The map's data: the Kreis boundaries (a chunk of their own, made at build time, loaded on first use), the one
// kreisCoverage request (a Land or all Germany) and the Länder to choose from. Each reports `settled` once it holds
// the answer to its current input, which is what `window.__atlas.ready` and the status message wait for.
import { useEffect, useState } from 'react';
import type {
  KreisMapQuery,
  KreisMapQueryVariables,
  MapAreasQuery,
  TermsQuery,
} from '../../api/generated/operations.ts';
import { useSettledQuery } from '../../api/use-query.ts';
import type { KreisTopology } from './kreis-topology.ts';
import { TERMS_QUERY } from '../../ui/ui-operations.ts';
import { KREIS_MAP_QUERY, MAP_AREAS_QUERY } from './map-operations.ts';

export const useKreisMap = (variables: KreisMapQueryVariables | null) =>
  useSettledQuery<KreisMapQuery>(KREIS_MAP_QUERY, variables);

const NO_VARIABLES = {};
export const useMapTerms = () => useSettledQuery<TermsQuery>(TERMS_QUERY, NO_VARIABLES);
export const useMapAreas = () => useSettledQuery<MapAreasQuery>(MAP_AREAS_QUERY, NO_VARIABLES);

export interface Boundaries {
  readonly topology: KreisTopology | null;
  readonly failed: boolean;
}

let loaded: Promise<KreisTopology> | null = null;

/** The boundaries, imported once per page when `wanted` first turns true. */
export function useBoundaries(wanted: boolean): Boundaries {
  const [state, setState] = useState<Boundaries>({ topology: null, failed: false });
  useEffect(() => {
    if (!wanted || state.topology !== null) return;
    let current = true;
    loaded ??= import('./kreis-boundaries-data.ts').then((module) => module.default as KreisTopology);
    loaded.then(
      (topology) => current && setState({ topology, failed: false }),
      () => {
        loaded = null;
        if (current) setState({ topology: null, failed: true });
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, state.topology]);
  return state;
}
