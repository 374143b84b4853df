import { describe, expect, it } from 'vitest';
import { buildMatrix, type RegionOffer } from '../../../../server/analysis/coverage/matrix.ts';
import { perHundredThousand } from '../../../../server/analysis/coverage/per-capita.ts';

const topics = [
  { id: 'bildung', broader: null },
  { id: 'sprache', broader: 'bildung' },
];
const groups = [
  { id: 'frauen', broader: null },
  { id: 'gefluechtete', broader: null },
];

const offer = (id: string, extra: Partial<RegionOffer> = {}): RegionOffer => ({
  id,
  coverage: 'FULL',
  via: 'de',
  topics: [],
  groups: [],
  umbrellas: [],
  ...extra,
});

const counts = (matrix: ReturnType<typeof buildMatrix>) =>
  Object.fromEntries(
    matrix.cells.map((c) => [`${c.topicId}|${c.targetGroupId}`, [c.count, c.full, c.partial]]),
  );

describe('buildMatrix', () => {
  const offers = [
    offer('programm', { topics: ['bildung'], groups: ['gefluechtete'] }),
    offer('kurs', { topics: ['sprache', 'bildung'], groups: ['gefluechtete'], umbrellas: ['programm'] }),
    offer('pilot', { coverage: 'PARTIAL', via: 'de-1', topics: ['sprache'], groups: ['frauen'] }),
    offer('ohne-thema', { groups: ['frauen'] }),
  ];
  const input = {
    regionId: 'r',
    population: 50_000,
    topics,
    groups,
    offers,
    rollUp: true,
    dedupeParts: false,
  };

  it('has every topic × group, row by row, and counts each initiative once per cell (rolled up)', () => {
    const matrix = buildMatrix(input);
    expect(matrix.cells.map((c) => `${c.topicId}|${c.targetGroupId}`)).toEqual([
      'bildung|frauen',
      'bildung|gefluechtete',
      'sprache|frauen',
      'sprache|gefluechtete',
    ]);
    expect(counts(matrix)).toEqual({
      'bildung|frauen': [1, 0, 1],
      'bildung|gefluechtete': [2, 2, 0],
      'sprache|frauen': [1, 0, 1],
      'sprache|gefluechtete': [1, 1, 0],
    });
    const bildungFrauen = matrix.cells[0];
    expect(bildungFrauen?.offers).toEqual([
      { initiativeId: 'pilot', coverage: 'PARTIAL', viaId: 'de-1', rolledUp: true },
    ]);
    // The course names Bildung itself, so it is not there by roll-up only.
    expect(matrix.cells[1]?.offers.map((o) => [o.initiativeId, o.rolledUp])).toEqual([
      ['kurs', false],
      ['programm', false],
    ]);
    expect(matrix.offers).toHaveLength(4);
  });

  it('without roll-up a narrower topic stays in its own row', () => {
    expect(counts(buildMatrix({ ...input, rollUp: false }))['bildung|frauen']).toEqual([0, 0, 0]);
  });

  it('dedupeParts: the umbrella does not count where one of its parts does', () => {
    const matrix = buildMatrix({ ...input, dedupeParts: true });
    expect(matrix.cells[1]?.offers.map((o) => o.initiativeId)).toEqual(['kurs']);
  });

  it('per 100,000 inhabitants counts FULL offers only', () => {
    const matrix = buildMatrix(input);
    expect(matrix.cells.map((c) => c.perHundredThousand)).toEqual([0, 4, 0, 2]);
    expect(buildMatrix({ ...input, population: null }).cells[1]?.perHundredThousand).toBeNull();
  });

  it('per-capita is null for an unknown or empty population', () => {
    expect(perHundredThousand(3, 300_000)).toBe(1);
    expect(perHundredThousand(3, null)).toBeNull();
    expect(perHundredThousand(3, 0)).toBeNull();
  });
});
