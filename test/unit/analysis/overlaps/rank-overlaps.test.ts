import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../../server/analysis/overlaps/candidate-pairs.ts';
import { namesOf, type MeasureFacts, type ProviderTies } from '../../../../server/analysis/overlaps/facts.ts';
import { cutOverlaps, rankOverlaps } from '../../../../server/analysis/overlaps/rank-overlaps.ts';
import { reasonsOf } from '../../../../server/analysis/overlaps/reasons.ts';
import { scorePair, type PairContext } from '../../../../server/analysis/overlaps/score-pair.ts';
import { at, BROADER, measure } from './fixtures.ts';

const ctx = (ties: Record<string, ProviderTies> = {}, stale: string[] = []): PairContext => ({
  broader: BROADER,
  ties: new Map(Object.entries(ties)),
  isStale: (m: MeasureFacts) => stale.includes(m.id),
});

describe('scoring a pair', () => {
  it('identical offers in one Kreis by untied providers: score 1, uncoordinated, with reasons', () => {
    const found = scorePair(measure('b'), measure('a'), ctx());
    expect(found).toMatchObject({
      measures: ['a', 'b'],
      score: 1,
      topicSimilarity: 1,
      targetGroupSimilarity: 1,
      coordinated: false,
      untied: [{ first: 'provider-a', second: 'provider-b' }],
      reach: { relation: 'SAME_REGION', region: 'de-06431' },
      period: { since: null, until: null, stale: [], factor: 1 },
    });
    const names = {
      records: namesOf([measure('a'), measure('b')], new Map()),
      terms: new Map(),
      cooperationKinds: new Map(),
    };
    expect(found && reasonsOf(found, names)).toContain(
      'Die Träger Provider a und Provider b kooperieren nicht und sitzen in keinem gemeinsamen Gremium',
    );
  });

  it('multiplies similarity, reach and period factors', () => {
    // topics {sprache, bildung} vs {bildung} = 0.5; groups 1; covers 0.8; one stale 0.5
    const found = scorePair(
      measure('a', { topics: ['sprache'], placements: [at('de-06')] }),
      measure('b', { topics: ['bildung'], sinceDate: '2020-01-01', untilDate: '2030-12-31' }),
      ctx({}, ['a']),
    );
    expect(found).toMatchObject({
      score: 0.3,
      sharedTopics: [{ first: 'sprache', second: 'bildung', relation: 'BROADER' }],
      period: { since: '2020-01-01', until: '2030-12-31', stale: ['a'], factor: 0.5 },
    });
  });

  it('no overlap: disjoint target groups, sibling topics, neighbouring Kreise, umbrella and part', () => {
    expect(scorePair(measure('a'), measure('b', { targetGroups: ['frauen'] }), ctx())).toBeNull();
    expect(
      scorePair(measure('a', { topics: ['sprache'] }), measure('b', { topics: ['mathe'] }), ctx()),
    ).toBeNull();
    expect(scorePair(measure('a'), measure('b', { placements: [at('de-06432')] }), ctx())).toBeNull();
    expect(scorePair(measure('a'), measure('b', { umbrellas: ['a'] }), ctx())).toBeNull();
  });
});

describe('ranking', () => {
  const measures = [
    measure('same'),
    measure('same-too'),
    measure('more-topics', { topics: ['beratung', 'sprache'] }),
    measure('elsewhere', { placements: [at('de-06432')] }),
    measure('coordinated', { providers: [{ id: 'provider-same', name: 'P', collective: false }] }),
  ];

  it('only pairs sharing a region chain and a topic family are candidates', () => {
    const ids = candidatePairs(measures, BROADER).map(([i, j]) => `${measures[i]?.id}+${measures[j]?.id}`);
    expect(ids).toEqual([
      'same+same-too',
      'same+more-topics',
      'same+coordinated',
      'same-too+more-topics',
      'same-too+coordinated',
      'more-topics+coordinated',
    ]);
  });

  it('orders by score, uncoordinated first at equal score, and cuts', () => {
    const ranked = rankOverlaps(measures, ctx());
    expect(ranked.map((f) => [f.measures.join('+'), f.score, f.coordinated])).toEqual([
      ['coordinated+same-too', 1, false],
      ['same+same-too', 1, false],
      ['coordinated+same', 1, true],
      // topics {beratung, sprache, bildung} against {beratung}: (1/3 + 1) / 2
      ['coordinated+more-topics', 0.6667, false],
      ['more-topics+same', 0.6667, false],
      ['more-topics+same-too', 0.6667, false],
    ]);
    expect(cutOverlaps(ranked, { minScore: 0.8, includeCoordinated: false, first: 50 })).toHaveLength(2);
    expect(cutOverlaps(ranked, { minScore: 0, includeCoordinated: true, first: 1 })).toHaveLength(1);
  });
});

describe('providers limited to regions (PROVIDES/RUNS regions)', () => {
  // A Land program with two operators, each serving one Kreis; a local offer in de-06431 by `local`.
  const program = measure('program', {
    placements: [at('de-06')],
    providers: [
      {
        id: 'op-north',
        name: 'Op North',
        collective: false,
        regions: [{ id: 'de-06431', ancestors: ['de-06', 'de'] }],
      },
      {
        id: 'op-south',
        name: 'Op South',
        collective: false,
        regions: [{ id: 'de-06432', ancestors: ['de-06', 'de'] }],
      },
    ],
  });
  const local = measure('local', { providers: [{ id: 'local', name: 'Local', collective: false }] });
  const cooperates = (partner: string): Record<string, ProviderTies> => ({
    local: { partners: [{ id: partner, kind: null }], bodies: [] },
  });

  it('counts only the operator serving the shared Kreis as a provider there', () => {
    const found = scorePair(program, local, ctx());
    expect(found?.providers.map((p) => p.actor)).toEqual(['local', 'op-north']);
    expect(found?.untied).toEqual([{ first: 'local', second: 'op-north' }]);
  });

  it('a tie with the operator of another Kreis does not coordinate the offer here', () => {
    expect(scorePair(program, local, ctx(cooperates('op-south')))?.coordinated).toBe(false);
    expect(scorePair(program, local, ctx(cooperates('op-north')))?.coordinated).toBe(true);
    const unlimited = measure('program', {
      placements: [at('de-06')],
      providers: program.providers.map(({ regions: _regions, ...p }) => p),
    });
    expect(scorePair(unlimited, local, ctx(cooperates('op-south')))?.coordinated).toBe(true);
  });

  it('keeps every provider when none serves the shared region (offered there by someone)', () => {
    const elsewhere = measure('program', {
      placements: [at('de-06')],
      providers: [program.providers[1]!],
    });
    expect(scorePair(elsewhere, local, ctx())?.providers.map((p) => p.actor)).toEqual(['local', 'op-south']);
  });
});
