import { describe, expect, it } from 'vitest';
import type { ProviderTies } from '../../../../server/analysis/overlaps/facts.ts';
import { tiesOf, untiedPairs } from '../../../../server/analysis/overlaps/provider-ties.ts';
import { measure } from './fixtures.ts';

const awo = { id: 'awo-kreis', name: 'AWO', collective: false };
const caritas = { id: 'caritas-kreis', name: 'Caritas', collective: false };
const traeger = { id: 'traeger', name: 'Kursträger', collective: true };

const a = measure('a', { providers: [awo] });
const b = measure('b', { providers: [caritas] });

function ties(entries: Record<string, Partial<ProviderTies>>): Map<string, ProviderTies> {
  return new Map(Object.entries(entries).map(([id, t]) => [id, { partners: [], bodies: [], ...t }]));
}

describe('ties between the providers of two measures', () => {
  it('none: every provider pair is untied', () => {
    const found = tiesOf(a, b, ties({ 'awo-kreis': { bodies: ['other'] } }));
    expect(found).toEqual([]);
    expect(untiedPairs(a, b, found)).toEqual([{ first: 'awo-kreis', second: 'caritas-kreis' }]);
  });

  it('a cooperation, stored either way', () => {
    const found = tiesOf(
      a,
      b,
      ties({ 'caritas-kreis': { partners: [{ id: 'awo-kreis', kind: 'referral' }] } }),
    );
    expect(found).toEqual([
      {
        kind: 'COOPERATION',
        first: 'awo-kreis',
        second: 'caritas-kreis',
        via: null,
        cooperationKind: 'referral',
      },
    ]);
    expect(untiedPairs(a, b, found)).toEqual([]);
  });

  it('a common body, and membership of the other provider', () => {
    expect(
      tiesOf(a, b, ties({ 'awo-kreis': { bodies: ['ak'] }, 'caritas-kreis': { bodies: ['ak'] } })),
    ).toEqual([
      { kind: 'COMMON_BODY', first: 'awo-kreis', second: 'caritas-kreis', via: 'ak', cooperationKind: null },
    ]);
    expect(tiesOf(a, b, ties({ 'awo-kreis': { bodies: ['caritas-kreis'] } }))).toMatchObject([
      { kind: 'MEMBERSHIP', via: 'caritas-kreis' },
    ]);
  });

  it('the same provider is a tie, a shared collective one is not', () => {
    expect(tiesOf(a, measure('c', { providers: [awo] }), ties({}))).toMatchObject([
      { kind: 'SAME_PROVIDER' },
    ]);
    const x = measure('x', { providers: [traeger] });
    const y = measure('y', { providers: [traeger] });
    expect(tiesOf(x, y, ties({}))).toEqual([]);
    expect(untiedPairs(x, y, [])).toEqual([{ first: 'traeger', second: 'traeger' }]);
  });

  it('parts of one umbrella are tied through it', () => {
    const found = tiesOf(measure('p', { umbrellas: ['u'] }), measure('q', { umbrellas: ['u'] }), ties({}));
    expect(found).toEqual([
      { kind: 'SAME_UMBRELLA', first: null, second: null, via: 'u', cooperationKind: null },
    ]);
  });
});
