// Hand-made measure facts for the pure overlap tests: a Land de-06 with the Kreis de-06431 and its Gemeinde
// de-06431001, and another Kreis de-06432.
import type { MeasureFacts, Placement, Reach } from '../../../../server/analysis/overlaps/facts.ts';

const ANCESTORS: Record<string, string[]> = {
  de: [],
  'de-06': ['de'],
  'de-06431': ['de-06', 'de'],
  'de-06432': ['de-06', 'de'],
  'de-06431001': ['de-06431', 'de-06', 'de'],
};

export function at(region: string, reach: Reach = 'whole'): Placement {
  return { region, reach, ancestors: ANCESTORS[region] ?? [] };
}

export function measure(id: string, extra: Partial<MeasureFacts> = {}): MeasureFacts {
  return {
    id,
    name: `Measure ${id}`,
    topics: ['beratung'],
    targetGroups: ['gefluechtete'],
    placements: [at('de-06431')],
    providers: [{ id: `provider-${id}`, name: `Provider ${id}`, collective: false }],
    umbrellas: [],
    sinceDate: null,
    untilDate: null,
    sources: [],
    ...extra,
  };
}

/** sprache → bildung; jugendliche → junge-menschen. */
export const BROADER = new Map([
  ['sprache', 'bildung'],
  ['alphabetisierung', 'sprache'],
  ['mathe', 'bildung'],
  ['jugendliche', 'junge-menschen'],
]);
