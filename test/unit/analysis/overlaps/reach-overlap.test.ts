import { describe, expect, it } from 'vitest';
import { reachOverlap } from '../../../../server/analysis/overlaps/reach-overlap.ts';
import { at } from './fixtures.ts';

const kindOf = (a: Parameters<typeof at>, b: Parameters<typeof at>) => {
  const found = reachOverlap([at(...a)], [at(...b)]);
  return found && { kind: found.relation, factor: found.factor, region: found.region };
};

describe('reach overlap by the rules of Region.offers', () => {
  it('both whole in one Kreis: the same region', () => {
    expect(kindOf(['de-06431'], ['de-06431'])).toEqual({
      kind: 'SAME_REGION',
      factor: 1,
      region: 'de-06431',
    });
  });

  it('whole in the Land over an offer in its Kreis, or whole over a partial one in the same Kreis: covers', () => {
    expect(kindOf(['de-06'], ['de-06431'])).toEqual({ kind: 'COVERS', factor: 0.8, region: 'de-06431' });
    expect(kindOf(['de-06431001'], ['de-06'])).toEqual({
      kind: 'COVERS',
      factor: 0.8,
      region: 'de-06431001',
    });
    expect(kindOf(['de-06431', 'unknownPlaces'], ['de-06431'])).toEqual({
      kind: 'COVERS',
      factor: 0.8,
      region: 'de-06431',
    });
  });

  it('both at some places of one region: lower, the places may differ', () => {
    expect(kindOf(['de-06431', 'unknownPlaces'], ['de-06431', 'namedPlaces'])).toEqual({
      kind: 'SAME_REGION_PLACES',
      factor: 0.5,
      region: 'de-06431',
    });
  });

  it('unknown places in the Land against an offer in one Kreis: only possible', () => {
    expect(kindOf(['de-06', 'unknownPlaces'], ['de-06431'])).toEqual({
      kind: 'POSSIBLE',
      factor: 0.3,
      region: 'de-06431',
    });
  });

  it('neighbouring Kreise do not overlap', () => {
    expect(kindOf(['de-06431'], ['de-06432'])).toBeNull();
  });

  it('takes the strongest of several placements', () => {
    const found = reachOverlap(
      [at('de-06', 'unknownPlaces'), at('de-06432')],
      [at('de-06431'), at('de-06432')],
    );
    expect(found).toMatchObject({ relation: 'SAME_REGION', region: 'de-06432' });
  });
});
