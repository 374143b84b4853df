// Query.overlaps on a small hand-made graph whose answers are stated in advance: one scenario per Kreis of a
// Land, two counselling measures in each, so that `region` isolates a scenario and the whole graph ranks them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { createTestApi, type TestApi } from '../../support/test-api.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { errorCodes, queryData } from '../graphql/read/read-api.ts';
import { importDocument } from '../graphql/write/support/small-atlas.ts';

const fact = { sources: ['src'], lastVerified: '2026-11-21' };
const stated = { ...fact, claim: 'stated', locator: 'S. 1' };

const term = (vocabulary: string, key: string) => ({
  vocabulary,
  key,
  labelDe: key,
  labelEn: key,
  definition: `The ${vocabulary} ${key}.`,
});
const rel = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  type,
  from,
  to,
  ...stated,
  ...extra,
});

/** Kreise de-06431 … de-06439, one scenario each. */
const kreis = (n: number) => `de-0643${n}`;

interface Side {
  topic?: string;
  targetGroup?: string;
  reach?: string;
  until?: string;
  addresses?: Record<string, unknown>;
}

/** Two measures `k<n>-a` and `k<n>-b` in Kreis n, by providers `p<n>-a` and `p<n>-b`. */
function scenario(n: number, a: Side = {}, b: Side = {}) {
  const measures = [];
  const actors = [];
  const relationships = [];
  for (const [side, s] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const m = `k${n}-${side}`;
    const p = `p${n}-${side}`;
    actors.push({ id: p, kind: 'welfareOrganisation', name: `Träger ${n}${side}`, ...stated });
    measures.push({
      id: m,
      kind: 'counselling',
      name: `Beratung ${n}${side}`,
      ...(s.until ? { since: '2015', until: s.until } : {}),
      ...stated,
    });
    relationships.push(
      rel('PROVIDES', p, m, { role: 'provider' }),
      rel('ADDRESSES', m, s.topic ?? 'beratung', s.addresses ?? {}),
      rel('TARGETS', m, s.targetGroup ?? 'gefluechtete'),
      rel('ACTIVE_IN', m, kreis(n), { reach: s.reach ?? 'whole' }),
    );
  }
  return { measures, actors, relationships };
}

const scenarios = [
  scenario(1),
  scenario(2),
  scenario(3),
  scenario(4, {}, { targetGroup: 'frauen' }),
  scenario(5, {}, { until: '2020' }),
  scenario(6, {}, { addresses: { claim: 'inferred', locator: undefined, reasoning: 'From the name.' } }),
  scenario(7, {}, { topic: 'asylberatung' }),
  scenario(8),
  scenario(9, { reach: 'unknownPlaces' }),
];

const DOCUMENT = {
  format: 'integration-atlas/1',
  sources: [{ id: 'src', title: 'Hand-made', published: '2025', dateRead: '2026-11-21' }],
  terms: [
    term('actorKind', 'welfareOrganisation'),
    term('actorKind', 'body'),
    term('bodyKind', 'workingGroup'),
    ...['state', 'land', 'kreis'].map((k) => term('regionLevel', k)),
    term('measureKind', 'counselling'),
    term('membershipRole', 'member'),
    term('cooperationKind', 'referral'),
    term('provisionRole', 'provider'),
  ],
  topics: [
    { id: 'beratung', labelDe: 'Beratung', labelEn: 'Counselling', definition: 'Counselling.', ...fact },
    {
      id: 'asylberatung',
      labelDe: 'Asylverfahrensberatung',
      labelEn: 'Asylum counselling',
      definition: 'Counselling on the asylum procedure.',
      broader: 'beratung',
      ...fact,
    },
  ],
  targetGroups: [
    { id: 'gefluechtete', labelDe: 'Geflüchtete', labelEn: 'Refugees', definition: 'Refugees.', ...fact },
    { id: 'frauen', labelDe: 'Frauen', labelEn: 'Women', definition: 'Women.', ...fact },
  ],
  regions: [
    { id: 'de', name: 'Deutschland', level: 'state', country: 'DE', code: null, partOf: null, ...fact },
    { id: 'de-06', name: 'Hessen', level: 'land', country: 'DE', code: '06', partOf: 'de', ...fact },
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => ({
      id: kreis(n),
      name: `Kreis ${n}`,
      level: 'kreis',
      country: 'DE',
      code: `0643${n}`,
      partOf: 'de-06',
      ...fact,
    })),
  ],
  actors: [
    ...scenarios.flatMap((s) => s.actors),
    { id: 'ak-k3', kind: 'body', bodyKind: 'workingGroup', name: 'Arbeitskreis Integration 3', ...stated },
  ],
  measures: scenarios.flatMap((s) => s.measures),
  relationships: [
    ...scenarios.flatMap((s) => s.relationships),
    rel('COOPERATES_WITH', 'p2-a', 'p2-b', { kind: 'referral' }),
    rel('MEMBER_OF', 'p3-a', 'ak-k3', { role: 'member' }),
    rel('MEMBER_OF', 'p3-b', 'ak-k3', { role: 'member' }),
    rel('PART_OF', 'k8-b', 'k8-a'),
  ],
};

const AT = '2026-11-30';

interface Found {
  measures: { id: string }[];
  score: number;
  coordinated: boolean;
}

const FIELDS = `measures { id } score coordinated`;

describe('Query.overlaps on a graph with known answers', () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    await importDocument(db, DOCUMENT);
    api = await createTestApi(db);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.close();
  });

  const inKreis = async (n: number, args = '') =>
    (
      await queryData<{ overlaps: Found[] }>(
        api,
        `{ overlaps(region: "${kreis(n)}", at: "${AT}" ${args}) { ${FIELDS} } }`,
      )
    ).overlaps;

  it('flags two counselling services for refugees in one Kreis by untied providers, with reasons', async () => {
    const { overlaps } = await queryData<{ overlaps: unknown[] }>(
      api,
      `{ overlaps(region: "${kreis(1)}", at: "${AT}") {
           measures { id } score topicSimilarity targetGroupSimilarity coordinated
           sharedTopics { topic { id } otherTopic { id } relation }
           sharedTargetGroups { targetGroup { id } relation }
           reach { kind factor region { id } firstReach secondReach }
           period { since until factor stale { id } }
           providers { measure { id } actor { id } collective }
           ties { kind } untiedProviders { first { id } second { id } } reasons
           reasonsEn: reasons(language: EN) } }`,
    );
    expect(overlaps).toEqual([
      {
        measures: [{ id: 'k1-a' }, { id: 'k1-b' }],
        score: 1,
        topicSimilarity: 1,
        targetGroupSimilarity: 1,
        coordinated: false,
        sharedTopics: [{ topic: { id: 'beratung' }, otherTopic: { id: 'beratung' }, relation: 'SAME' }],
        sharedTargetGroups: [{ targetGroup: { id: 'gefluechtete' }, relation: 'SAME' }],
        reach: {
          kind: 'SAME_REGION',
          factor: 1,
          region: { id: kreis(1) },
          firstReach: 'WHOLE',
          secondReach: 'WHOLE',
        },
        period: { since: null, until: null, factor: 1, stale: [] },
        providers: [
          { measure: { id: 'k1-a' }, actor: { id: 'p1-a' }, collective: false },
          { measure: { id: 'k1-b' }, actor: { id: 'p1-b' }, collective: false },
        ],
        ties: [],
        untiedProviders: [{ first: { id: 'p1-a' }, second: { id: 'p1-b' } }],
        reasons: [
          'Gemeinsame Themen: Beratung',
          'Gemeinsame Zielgruppen: Geflüchtete',
          'Beide erreichen ganz Kreis 1 (ganz in Kreis 1; ganz in Kreis 1)',
          'Beide laufen seit unbekanntem Beginn mit unbekanntem Ende',
          'Die Träger Träger 1a und Träger 1b kooperieren nicht und sitzen in keinem gemeinsamen Gremium',
        ],
        reasonsEn: [
          'shared topics: Counselling',
          'shared target groups: Refugees',
          'both reach all of Kreis 1 (whole in Kreis 1; whole in Kreis 1)',
          'both active from an unknown start to an unknown end',
          'providers Träger 1a and Träger 1b neither cooperate nor share a body',
        ],
      },
    ]);
  });

  it('reports cooperating providers and providers in one Arbeitskreis as coordinated, naming the tie', async () => {
    const [cooperating] = (
      await queryData<{ overlaps: { reasons: string[] }[] }>(
        api,
        `{ overlaps(region: "${kreis(2)}", at: "${AT}") { reasons } }`,
      )
    ).overlaps;
    expect(cooperating?.reasons.at(-1)).toBe('Abgestimmt: Träger 2a und Träger 2b kooperieren (referral)');
    const query = (n: number) =>
      `{ overlaps(region: "${kreis(n)}", at: "${AT}") { coordinated
           ties { kind first { id } second { id } via { id } cooperationKind { key } } untiedProviders { first { id } } } }`;
    expect((await queryData<{ overlaps: unknown[] }>(api, query(2))).overlaps).toEqual([
      {
        coordinated: true,
        ties: [
          {
            kind: 'COOPERATION',
            first: { id: 'p2-a' },
            second: { id: 'p2-b' },
            via: null,
            cooperationKind: { key: 'referral' },
          },
        ],
        untiedProviders: [],
      },
    ]);
    expect((await queryData<{ overlaps: unknown[] }>(api, query(3))).overlaps).toEqual([
      {
        coordinated: true,
        ties: [
          {
            kind: 'COMMON_BODY',
            first: { id: 'p3-a' },
            second: { id: 'p3-b' },
            via: { id: 'ak-k3' },
            cooperationKind: null,
          },
        ],
        untiedProviders: [],
      },
    ]);
    expect(await inKreis(2, 'includeCoordinated: false')).toEqual([]);
    expect(await inKreis(3, 'includeCoordinated: false')).toEqual([]);
  });

  it('does not flag different target groups, an ended measure, or an umbrella and its part', async () => {
    expect(await inKreis(4, 'minScore: 0')).toEqual([]);
    expect(await inKreis(5, 'minScore: 0')).toEqual([]);
    expect(await inKreis(8, 'minScore: 0')).toEqual([]);
  });

  it('flags the ended measure on a day it was still running', async () => {
    const found = await queryData<{ overlaps: Found[] }>(
      api,
      `{ overlaps(region: "${kreis(5)}", at: "2019-06-01") { ${FIELDS} period { until } } }`,
    );
    expect(found.overlaps).toEqual([
      {
        measures: [{ id: 'k5-a' }, { id: 'k5-b' }],
        score: 1,
        coordinated: false,
        period: { until: '2020-12-31' },
      },
    ]);
  });

  it('counts an inferred ADDRESSES only when inferred facts are asked for', async () => {
    expect(await inKreis(6)).toHaveLength(1);
    expect(await inKreis(6, 'statedOnly: true, minScore: 0')).toEqual([]);
  });

  it('flags a narrower topic at a lower score', async () => {
    const { overlaps } = await queryData<{ overlaps: unknown[] }>(
      api,
      `{ overlaps(region: "${kreis(7)}", at: "${AT}") { score topicSimilarity sharedTopics { topic { id } otherTopic { id } relation } } }`,
    );
    expect(overlaps).toEqual([
      {
        score: 0.75,
        topicSimilarity: 0.5,
        sharedTopics: [
          { topic: { id: 'beratung' }, otherTopic: { id: 'asylberatung' }, relation: 'NARROWER' },
        ],
      },
    ]);
  });

  it('ranks the whole graph by score, uncoordinated first at equal score, and cuts by minScore and first', async () => {
    const all = await queryData<{ overlaps: Found[] }>(
      api,
      `{ overlaps(at: "${AT}", minScore: 0) { ${FIELDS} } }`,
    );
    expect(all.overlaps.map((o) => [o.measures[0]?.id, o.score, o.coordinated])).toEqual([
      ['k1-a', 1, false],
      ['k6-a', 1, false],
      ['k2-a', 1, true],
      ['k3-a', 1, true],
      ['k9-a', 0.8, false],
      ['k7-a', 0.75, false],
    ]);
    const cut = await queryData<{ overlaps: Found[] }>(
      api,
      `{ overlaps(at: "${AT}", minScore: 0.76, includeCoordinated: false, first: 2) { ${FIELDS} } }`,
    );
    expect(cut.overlaps.map((o) => o.measures[0]?.id)).toEqual(['k1-a', 'k6-a']);
  });

  it('refuses a bad page size or score, and names an unknown region', async () => {
    expect(await errorCodes(api, `{ overlaps(first: 0) { score } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(api, `{ overlaps(first: 201) { score } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(api, `{ overlaps(minScore: 1.5) { score } }`)).toEqual(['BAD_USER_INPUT']);
    expect(await errorCodes(api, `{ overlaps(region: "de-nowhere") { score } }`)).toEqual(['NOT_FOUND']);
  });
});

describe('Query.overlaps with providers limited to regions (PROVIDES regions)', () => {
  // A Land program for young people with two operators, op-north serving Kreis 1 and op-south Kreis 2; a local
  // youth counselling in Kreis 1 whose provider cooperates with op-south only.
  const document = {
    ...DOCUMENT,
    targetGroups: [
      {
        id: 'jugendliche',
        labelDe: 'Jugendliche',
        labelEn: 'Young people',
        definition: 'Young people.',
        ...fact,
      },
    ],
    regions: DOCUMENT.regions.slice(0, 4),
    actors: ['op-north', 'op-south', 'youth-provider'].map((id) => ({
      id,
      kind: 'welfareOrganisation',
      name: id,
      ...stated,
    })),
    measures: ['land-program', 'youth-1'].map((id) => ({ id, kind: 'counselling', name: id, ...stated })),
    relationships: [
      rel('ACTIVE_IN', 'land-program', 'de-06'),
      rel('PROVIDES', 'op-north', 'land-program', { role: 'provider', regions: [kreis(1)] }),
      rel('PROVIDES', 'op-south', 'land-program', { role: 'provider', regions: [kreis(2)] }),
      rel('ACTIVE_IN', 'youth-1', kreis(1)),
      rel('PROVIDES', 'youth-provider', 'youth-1', { role: 'provider' }),
      ...['land-program', 'youth-1'].flatMap((m) => [
        rel('ADDRESSES', m, 'beratung'),
        rel('TARGETS', m, 'jugendliche'),
      ]),
      rel('COOPERATES_WITH', 'youth-provider', 'op-south', { kind: 'referral' }),
    ],
  };
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    await importDocument(db, document);
    api = await createTestApi(db);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.close();
  });

  it('counts only the operator serving the Kreis, so a tie to the other operator does not coordinate it', async () => {
    const { overlaps } = await queryData<{ overlaps: unknown[] }>(
      api,
      `{ overlaps(region: "${kreis(1)}", at: "${AT}") {
           measures { id } coordinated providers { actor { id } } untiedProviders { first { id } second { id } } } }`,
    );
    expect(overlaps).toEqual([
      {
        measures: [{ id: 'land-program' }, { id: 'youth-1' }],
        coordinated: false,
        providers: [{ actor: { id: 'op-north' } }, { actor: { id: 'youth-provider' } }],
        untiedProviders: [{ first: { id: 'op-north' }, second: { id: 'youth-provider' } }],
      },
    ]);
  });
});
