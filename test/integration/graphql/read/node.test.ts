// Query.node and the lookups by id (actor, program, measure, region, topic, targetGroup, source) on the curated
// dataset: the right concrete type, plain fields as stored, null for unknown ids and for ids of another kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadFixture, queryData, type ReadFixture } from './read-api.ts';

describe('lookups by id', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  it('node(id) resolves each label to its GraphQL type', async () => {
    const ids = [
      'bamf',
      'awo',
      'ak-integration-doc-004',
      'wir-hessen',
      'bepart',
      'jugendliche',
      'de-05',
      'doc-004',
    ];
    const query = `{ ${ids.map((id, i) => `n${i}: node(id: "${id}") { __typename id name labels }`).join(' ')} }`;
    const data = await queryData<Record<string, { __typename: string; id: string; labels: string[] }>>(
      fx.api,
      query,
    );
    expect(Object.values(data).map((n) => n.__typename)).toEqual([
      'Agency',
      'WelfareOrganisation',
      'Body',
      'Program',
      'Measure',
      'TargetGroup',
      'Region',
      'Source',
    ]);
    expect(data.n0?.labels).toEqual(expect.arrayContaining(['Entity', 'Actor', 'Agency']));
  });

  it('an actor carries its stored fields, its kind as a term and its sources', async () => {
    const data = await queryData<{ actor: Record<string, unknown> }>(
      fx.api,
      `{ actor(id: "bamf") { id name shortName aliases description website unnamed lastVerified
           period { since until sinceDate untilDate }
           kind { vocabulary key labelDe labelEn definition }
           sources { id title dateRead } } }`,
    );
    expect(data.actor).toMatchObject({
      id: 'bamf',
      name: 'Bundesamt für Migration und Flüchtlinge',
      shortName: 'BAMF',
      unnamed: false,
      lastVerified: '2026-11-21',
      period: { since: null, until: null, sinceDate: null, untilDate: null },
      kind: { vocabulary: 'actorKind', key: 'federalOffice', labelEn: 'Federal authority' },
      sources: [{ id: 'doc-004', dateRead: '2026-11-21' }],
    });
    expect(data.actor.aliases).toEqual(expect.any(Array));
  });

  it('an unnamed actor says so; a period keeps the form the source gives and its comparable dates', async () => {
    const data = await queryData<{ actor: { unnamed: boolean }; measure: { period: object } }>(
      fx.api,
      `{ actor(id: "kreisverwaltung-landkreis-doc-004") { unnamed }
         measure(id: "arnsberger-integrationsdialog-auftakt-2012") { period { since until sinceDate untilDate } } }`,
    );
    expect(data.actor.unnamed).toBe(true);
    expect(data.measure.period).toEqual({
      since: '2012-06-25',
      until: '2012-06-25',
      sinceDate: '2012-06-25',
      untilDate: '2012-06-25',
    });
  });

  it('a year-only period becomes the first day of that year', async () => {
    const data = await queryData<{ program: { period: object } }>(
      fx.api,
      '{ program(id: "arbeitsprogramm-integration-doc-000") { period { since until sinceDate untilDate } } }',
    );
    expect(data.program.period).toEqual({
      since: '2016',
      until: null,
      sinceDate: '2016-01-01',
      untilDate: null,
    });
  });

  it('each typed lookup finds its own kind', async () => {
    const data = await queryData<Record<string, { id: string } | null>>(
      fx.api,
      `{ program(id: "wir-hessen") { id } measure(id: "bepart") { id } region(id: "de-059") { id }
         topic(id: "sprache-und-bildung") { id } targetGroup(id: "frauen") { id } source(id: "doc-002") { id } }`,
    );
    expect(Object.values(data).map((v) => v?.id)).toEqual([
      'wir-hessen',
      'bepart',
      'de-059',
      'sprache-und-bildung',
      'frauen',
      'doc-002',
    ]);
  });

  it('answers null for an unknown id, and for an id of another kind', async () => {
    const data = await queryData<Record<string, unknown>>(
      fx.api,
      `{ unknown: node(id: "no-such-id") { id } measureAsActor: actor(id: "bepart") { id }
         actorAsRegion: region(id: "bamf") { id } regionAsTopic: topic(id: "de") { id }
         sourceAsProgram: program(id: "doc-004") { id } topicAsGroup: targetGroup(id: "beteiligung") { id }
         groupAsSource: source(id: "frauen") { id } programAsMeasure: measure(id: "wir-hessen") { id } }`,
    );
    expect(Object.values(data)).toEqual(Array(8).fill(null));
  });

  it('a topic, a target group, a region and a source carry their own fields', async () => {
    const data = await queryData<Record<string, Record<string, unknown>>>(
      fx.api,
      `{ topic(id: "interkulturelle-oeffnung") { name labelDe labelEn crossCutting napField }
         targetGroup(id: "frauen") { labelEn definition }
         region(id: "de-05913000") { name country code unnamed level { key labelDe } }
         unnamedRegion: region(id: "de-landkreis-doc-004") { code unnamed note }
         source(id: "doc-002") { title publisher url file language } }`,
    );
    expect(data.topic).toMatchObject({
      name: 'Interkulturelle Öffnung',
      crossCutting: true,
      napField: 'Interkulturelle Öffnung',
    });
    expect(data.targetGroup?.labelEn).toEqual(expect.any(String));
    expect(data.region).toMatchObject({
      country: 'DE',
      code: '05913000',
      unnamed: false,
      level: { key: 'gemeinde' },
    });
    expect(data.unnamedRegion).toMatchObject({
      code: null,
      unnamed: true,
      note: expect.any(String) as string,
    });
    expect(data.source).toMatchObject({
      title: 'Integrationskonzept (2012)',
      publisher: 'Bezirksregierung Arnsberg',
      url: 'https://www.bra.nrw.de/1698107',
      language: 'de',
    });
  });
});
