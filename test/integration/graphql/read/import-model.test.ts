// The extended import model through the reading API, on a small hand-made document (not the curated data): claim
// status, freshness, quantities, broader terms and actor classes, the generic `relations`, and which programs and
// measures reach a region (Region.offers) depending on how far their ACTIVE_IN reaches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../server/db/database.ts';
import { createTestApi, type TestApi } from '../../../support/test-api.ts';
import { connectTestDatabase, resetDatabase } from '../../../support/test-neo4j.ts';
import { importDocument } from '../write/support/small-atlas.ts';
import { queryData } from './read-api.ts';

const fresh = { sources: ['src-new'], lastVerified: '2026-11-21' };
const old = { sources: ['src-old'], lastVerified: '2026-11-21' };

const term = (vocabulary: string, key: string, broader?: string) => ({
  vocabulary,
  key,
  labelDe: key,
  labelEn: key,
  definition: `The ${vocabulary} ${key}.`,
  ...(broader ? { broader } : {}),
});

const region = (id: string, level: string, code: string | null, partOf: string | null) => ({
  id,
  name: id,
  level,
  country: 'DE',
  code,
  partOf,
  ...fresh,
});

const measure = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'counselling',
  name: id,
  ...fresh,
  ...extra,
});

const activeIn = (from: string, to: string, extra: Record<string, unknown> = {}) => ({
  type: 'ACTIVE_IN',
  from,
  to,
  ...fresh,
  ...extra,
});

const DOCUMENT = {
  format: 'integration-atlas/1',
  sources: [
    { id: 'src-new', title: 'New source', dateRead: '2026-11-01' },
    { id: 'src-old', title: 'Old report', published: '2012', edition: '2. Auflage', dateRead: '2026-11-01' },
  ],
  terms: [
    term('actorKind', 'agency'),
    term('actorKind', 'civilSocietyOrganisation'),
    term('actorKind', 'foundation', 'civilSocietyOrganisation'),
    ...['state', 'land', 'kreis', 'gemeinde'].map((k) => term('regionLevel', k)),
    term('measureKind', 'counselling'),
    term('measureKind', 'course'),
    term('quantityKind', 'budget'),
    term('programKind', 'agreement'),
    term('partyRole', 'signatory'),
  ],
  topics: [
    { id: 'bildung', labelDe: 'Bildung', labelEn: 'Education', definition: 'Education.', ...fresh },
    {
      id: 'sprache',
      labelDe: 'Sprache',
      labelEn: 'Language',
      definition: 'Language.',
      broader: 'bildung',
      ...fresh,
    },
  ],
  regions: [
    region('de', 'state', null, null),
    region('de-06', 'land', '06', 'de'),
    region('de-06431', 'kreis', '06431', 'de-06'),
    region('de-06431001', 'gemeinde', '06431001', 'de-06431'),
  ],
  actors: [
    {
      id: 'stiftung',
      kind: 'foundation',
      name: 'Stiftung Integration',
      claim: 'stated',
      locator: 'S. 4: "die Stiftung Integration"',
      languages: ['ar', 'prs'],
      quantities: [{ kind: 'budget', value: 50000, unit: 'EUR', per: 'year', since: '2024' }],
      ...fresh,
    },
    {
      id: 'amt',
      kind: 'agency',
      name: 'Integrationsamt',
      claim: 'inferred',
      reasoning: 'The report names its head.',
      collective: true,
      email: 'integration@kreis.de',
      ...old,
    },
  ],
  programs: [{ id: 'vereinbarung', kind: 'agreement', name: 'Integrationsvereinbarung', ...fresh }],
  measures: [
    measure('bund-ganz', { otherKinds: ['course'] }),
    measure('bund-irgendwo'),
    measure('gemeinde-angebot'),
    measure('beendet', { since: '2010', until: '2015' }),
  ],
  relationships: [
    { type: 'FOUNDED', from: 'amt', to: 'stiftung', claim: 'stated', locator: 'S. 2', ...fresh },
    {
      type: 'FUNDS',
      from: 'amt',
      to: 'bund-ganz',
      quantities: [{ kind: 'budget', value: 1000, unit: 'EUR', per: 'total' }],
      ...fresh,
    },
    { type: 'PARTY_TO', from: 'stiftung', to: 'vereinbarung', role: 'signatory', ...fresh },
    { type: 'PART_OF', from: 'gemeinde-angebot', to: 'bund-ganz', ...fresh },
    activeIn('bund-ganz', 'de', { claim: 'stated', locator: 'S. 1' }),
    activeIn('bund-irgendwo', 'de', { reach: 'unknownPlaces' }),
    activeIn('gemeinde-angebot', 'de-06431001', { claim: 'inferred', reasoning: 'Its address.' }),
    activeIn('beendet', 'de-06431'),
  ],
};

describe('the extended import model through the reading API', () => {
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

  it('serves the claim of actors and relationships, and actor and source details', async () => {
    const data = await queryData<Record<string, unknown>>(
      api,
      `{ stiftung: actor(id: "stiftung") { claim locator reasoning kind { key } actorClass { key }
           languages quantities { kind { key } value unit per period { since sinceDate } } collective }
         amt: actor(id: "amt") { claim reasoning collective email }
         source(id: "src-old") { published edition dateRead asOf }
         measure(id: "bund-ganz") { otherKinds { key } regions { claim locator reach }
           funders { funder { id } quantities { value unit per } claim } } }`,
    );
    expect(data).toEqual({
      stiftung: {
        claim: 'STATED',
        locator: 'S. 4: "die Stiftung Integration"',
        reasoning: null,
        kind: { key: 'foundation' },
        actorClass: { key: 'civilSocietyOrganisation' },
        languages: ['ar', 'prs'],
        quantities: [
          {
            kind: { key: 'budget' },
            value: 50000,
            unit: 'EUR',
            per: 'YEAR',
            period: { since: '2024', sinceDate: '2024-01-01' },
          },
        ],
        collective: false,
      },
      amt: {
        claim: 'INFERRED',
        reasoning: 'The report names its head.',
        collective: true,
        email: 'integration@kreis.de',
      },
      source: { published: '2012', edition: '2. Auflage', dateRead: '2026-11-01', asOf: '2012-01-01' },
      measure: {
        otherKinds: [{ key: 'course' }],
        regions: [{ claim: 'STATED', locator: 'S. 1', reach: 'WHOLE' }],
        funders: [
          { funder: { id: 'amt' }, quantities: [{ value: 1000, unit: 'EUR', per: 'TOTAL' }], claim: null },
        ],
      },
    });
  });

  it('status: ENDED, CURRENT and STALE, on entities and relationships', async () => {
    const data = await queryData<Record<string, { status: string; activeIn?: { status: string }[] }>>(
      api,
      `{ ended: measure(id: "beendet") { status(at: "2026-12-01") }
         notStarted: measure(id: "beendet") { status(at: "2009-06-01") }
         current: actor(id: "stiftung") { status(at: "2026-12-01") }
         stale: actor(id: "amt") { status(at: "2026-12-01") }
         staleLater: actor(id: "amt") { status(at: "2026-12-01", staleAfterYears: 20) }
         link: measure(id: "bund-ganz") { status: status(at: "2040-01-01") } }`,
    );
    expect(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.status]))).toEqual({
      ended: 'ENDED',
      notStarted: 'NOT_STARTED',
      current: 'CURRENT',
      stale: 'STALE',
      staleLater: 'CURRENT',
      link: 'STALE',
    });
  });

  it('relations() gives a FOUNDED link from both ends, with direction and the other end', async () => {
    const data = await queryData<Record<string, { relations: unknown[] }>>(
      api,
      `{ amt: actor(id: "amt") { relations(types: [FOUNDED]) { type direction other { id } claim locator } }
         stiftung: actor(id: "stiftung") { relations(types: [FOUNDED], direction: IN) { type direction other { id } } }
         none: actor(id: "stiftung") { relations(types: [FOUNDED], direction: OUT) { type } } }`,
    );
    expect(data).toEqual({
      amt: {
        relations: [
          { type: 'FOUNDED', direction: 'OUT', other: { id: 'stiftung' }, claim: 'STATED', locator: 'S. 2' },
        ],
      },
      stiftung: { relations: [{ type: 'FOUNDED', direction: 'IN', other: { id: 'amt' } }] },
      none: { relations: [] },
    });
  });

  it('typed PARTY_TO and measure-in-measure links, from both ends', async () => {
    const data = await queryData<Record<string, unknown>>(
      api,
      `{ program(id: "vereinbarung") { parties { type party { id } role { key } program { id } } }
         stiftung: actor(id: "stiftung") { partyTo { program { id } role { key } } }
         whole: measure(id: "bund-ganz") { parts { part { id } whole { id } } partOf { whole { id } } }
         part: measure(id: "gemeinde-angebot") { partOf { whole { id } } programs { program { id } } } }`,
    );
    expect(data).toEqual({
      program: {
        parties: [
          {
            type: 'PARTY_TO',
            party: { id: 'stiftung' },
            role: { key: 'signatory' },
            program: { id: 'vereinbarung' },
          },
        ],
      },
      stiftung: { partyTo: [{ program: { id: 'vereinbarung' }, role: { key: 'signatory' } }] },
      whole: { parts: [{ part: { id: 'gemeinde-angebot' }, whole: { id: 'bund-ganz' } }], partOf: [] },
      part: { partOf: [{ whole: { id: 'bund-ganz' } }], programs: [] },
    });
  });

  it('actors(kinds: [class]) finds an actor whose kind lies below the class', async () => {
    const data = await queryData<{
      byClass: { nodes: { id: string }[] };
      byKind: { nodes: { id: string }[] };
    }>(
      api,
      `{ byClass: actors(kinds: ["civilSocietyOrganisation"]) { nodes { id } }
         byKind: actors(kinds: ["foundation"]) { nodes { id } } }`,
    );
    expect(data.byClass.nodes).toEqual([{ id: 'stiftung' }]);
    expect(data.byKind.nodes).toEqual([{ id: 'stiftung' }]);
  });

  it('broader and narrower of terms and topics', async () => {
    const data = await queryData<Record<string, unknown>>(
      api,
      `{ vocabulary(name: "actorKind") { terms { key broader { key } narrower { key } } }
         topic(id: "sprache") { broader { id } narrower { id } }
         top: topic(id: "bildung") { broader { id } narrower { id } } }`,
    );
    expect(data).toEqual({
      vocabulary: {
        terms: [
          { key: 'agency', broader: null, narrower: [] },
          { key: 'civilSocietyOrganisation', broader: null, narrower: [{ key: 'foundation' }] },
          { key: 'foundation', broader: { key: 'civilSocietyOrganisation' }, narrower: [] },
        ],
      },
      topic: { broader: { id: 'bildung' }, narrower: [] },
      top: { broader: null, narrower: [{ id: 'sprache' }] },
    });
  });

  it('Region.offers: whole reach from above is FULL, unknown places above are nothing, a Gemeinde offer is PARTIAL', async () => {
    type Offers = {
      offers: { initiative: { id: string }; coverage: string; via: { id: string }; reach: string }[];
    };
    // One region per request: an unpaged list of offers is counted at its assumed size (ATLAS_MAX_COST).
    const offers = async (region: string, args = '') => {
      const data = await queryData<{ region: Offers }>(
        api,
        `query ($region: ID!) { region(id: $region) {
           offers${args} { initiative { id } coverage via { id } reach } } }`,
        { region },
      );
      return data.region.offers.map((x) => [x.initiative.id, x.coverage, x.via.id, x.reach]);
    };
    expect(await offers('de-06431')).toEqual([
      ['beendet', 'FULL', 'de-06431', 'WHOLE'],
      ['bund-ganz', 'FULL', 'de', 'WHOLE'],
      ['gemeinde-angebot', 'PARTIAL', 'de-06431001', 'WHOLE'],
    ]);
    expect(await offers('de-06431', '(activeAt: "2026-12-01")')).toEqual([
      ['bund-ganz', 'FULL', 'de', 'WHOLE'],
      ['gemeinde-angebot', 'PARTIAL', 'de-06431001', 'WHOLE'],
    ]);
    expect(await offers('de-06431', '(statedOnly: true)')).toEqual([['bund-ganz', 'FULL', 'de', 'WHOLE']]);
    expect(await offers('de-06431', '(fromAbove: false)')).toEqual([
      ['beendet', 'FULL', 'de-06431', 'WHOLE'],
      ['gemeinde-angebot', 'PARTIAL', 'de-06431001', 'WHOLE'],
    ]);
    expect(await offers('de')).toEqual([
      ['beendet', 'PARTIAL', 'de-06431', 'WHOLE'],
      ['bund-ganz', 'FULL', 'de', 'WHOLE'],
      ['bund-irgendwo', 'PARTIAL', 'de', 'UNKNOWN_PLACES'],
      ['gemeinde-angebot', 'PARTIAL', 'de-06431001', 'WHOLE'],
    ]);
  });

  it('network edges carry claim and reach', async () => {
    const data = await queryData<{
      network: { edges: { source: string; target: string; claim: string | null; reach: string | null }[] };
    }>(
      api,
      `{ network(focus: ["bund-irgendwo", "bund-ganz"], depth: 1, relationshipTypes: [ACTIVE_IN, FUNDS]) {
           edges { source target claim reach } } }`,
    );
    expect(data.network.edges).toEqual(
      expect.arrayContaining([
        { source: 'bund-ganz', target: 'de', claim: 'STATED', reach: 'WHOLE' },
        { source: 'bund-irgendwo', target: 'de', claim: null, reach: 'UNKNOWN_PLACES' },
        { source: 'amt', target: 'bund-ganz', claim: null, reach: null },
      ]),
    );
  });
});
