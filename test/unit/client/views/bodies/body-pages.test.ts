// Which bodies the matrix shows at a time: all of a Kreis' few, a page of a Land's many, found by a filter on
// their names; and the operations ask for the page sizes the view counts with.
import { describe, expect, it } from 'vitest';
import {
  ACTORS_PER_PAGE,
  BODY_ACTORS_QUERY,
  BODY_GAPS_FIRST,
  BODY_GAPS_QUERY,
} from '../../../../../client/src/views/bodies/bodies-operations.ts';
import {
  BODIES_PER_PAGE,
  filterBodies,
  foldName,
  isPaged,
  pageOf,
  PAGED_ABOVE,
} from '../../../../../client/src/views/bodies/body-pages.ts';

const bodies = Array.from({ length: 54 }, (_, i) => ({ id: `b${i + 1}`, name: `Gremium ${i + 1}` }));

describe('isPaged', () => {
  it('shows a few bodies whole and pages many', () => {
    expect(isPaged(3)).toBe(false);
    expect(isPaged(PAGED_ABOVE)).toBe(false);
    expect(isPaged(PAGED_ABOVE + 1)).toBe(true);
  });
});

describe('pageOf', () => {
  it('gives a page of the list with its positions and the number of pages', () => {
    const second = pageOf(bodies, 1, BODIES_PER_PAGE);
    expect(second.items.map((b) => b.id)).toEqual(bodies.slice(10, 20).map((b) => b.id));
    expect(second).toMatchObject({ first: 11, last: 20, total: 54, index: 1, count: 6 });
  });
  it('ends with a shorter page', () => {
    expect(pageOf(bodies, 5, 10)).toMatchObject({ first: 51, last: 54, index: 5, count: 6 });
  });
  it('clamps an index past either end, and gives one empty page for an empty list', () => {
    expect(pageOf(bodies, 99, 10).index).toBe(5);
    expect(pageOf(bodies, -3, 10).index).toBe(0);
    expect(pageOf(bodies, Number.NaN, 10).index).toBe(0);
    expect(pageOf([], 2, 10)).toEqual({ items: [], first: 0, last: 0, total: 0, index: 0, count: 1 });
  });
});

describe('filterBodies', () => {
  const named = [
    { id: 'k', name: 'Arbeitskreis Integration (Stadt Köln)' },
    { id: 'd', name: 'Arbeitskreis Integration (Stadt Düsseldorf)' },
    { id: 'l', name: 'Landesnetzwerk Migrationsberatung Nordrhein-Westfalen' },
    { id: 's', name: 'Straßensozialarbeit Runder Tisch' },
  ];
  it('keeps the bodies whose name holds every word, ignoring case, umlauts and extra spaces', () => {
    expect(filterBodies(named, 'koln').map((b) => b.id)).toEqual(['k']);
    expect(filterBodies(named, '  STADT   düssel ').map((b) => b.id)).toEqual(['d']);
    expect(filterBodies(named, 'strassen').map((b) => b.id)).toEqual(['s']);
    expect(filterBodies(named, 'arbeitskreis stadt').map((b) => b.id)).toEqual(['k', 'd']);
    expect(filterBodies(named, 'Bremen')).toEqual([]);
  });
  it('keeps them all for an empty filter', () => {
    expect(filterBodies(named, ' ')).toBe(named);
  });
  it('folds names the same way on both sides', () => {
    expect(foldName('Ärztekammer  Köln')).toBe('arztekammer koln');
  });
});

describe('the operations', () => {
  it('ask for the page sizes the view counts with', () => {
    expect(BODY_GAPS_QUERY).toContain(`first: ${BODY_GAPS_FIRST})`);
    expect(BODY_ACTORS_QUERY).toContain(`first: ${ACTORS_PER_PAGE},`);
  });
});
