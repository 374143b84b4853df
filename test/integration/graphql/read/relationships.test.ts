// The relationship fields of the types, on the curated dataset: every relationship type reachable as an edge
// object with its properties, from both ends, with kinds and roles as terms — and batched, not one statement per
// item of a list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../../server/db/database.ts';
import { createTestApi } from '../../../support/test-api.ts';
import { openReadFixture, queryData, type ReadFixture } from './read-api.ts';

const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('relationship fields', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  it('Body.members and Actor.memberships are the same MEMBER_OF edges, with role terms and sources', async () => {
    const data = await queryData<{
      actor: {
        members: { member: { id: string }; body: { id: string }; role: { key: string; labelDe: string } }[];
      };
      bund: { memberships: { type: string; body: { id: string }; role: { key: string }; note: string }[] };
    }>(
      fx.api,
      `{ actor(id: "bundeskonferenz-integrationsbeauftragte") { ... on Body { bodyKind { key }
           members { type member { id } body { id } role { key labelDe } sources { id } lastVerified } } }
         bund: actor(id: "integrationsbeauftragte-bund") {
           memberships { type body { id } role { key } note } } }`,
    );
    expect(data.actor.members.map((m) => [m.member.id, m.role.key])).toEqual([
      ['integrationsbeauftragte-bund', 'chair'],
      ['integrationsbeauftragte-der-kommunen', 'member'],
      ['integrationsbeauftragte-der-laender', 'member'],
    ]);
    expect(data.actor.members[0]).toMatchObject({
      type: 'MEMBER_OF',
      body: { id: 'bundeskonferenz-integrationsbeauftragte' },
      role: { labelDe: 'Vorsitz / Einladende' },
      sources: [{ id: 'doc-003' }],
      lastVerified: '2026-11-21',
    });
    expect(data.bund.memberships).toEqual([
      {
        type: 'MEMBER_OF',
        body: { id: 'bundeskonferenz-integrationsbeauftragte' },
        role: { key: 'chair' },
        note: expect.any(String) as string,
      },
    ]);
  });

  it('Actor.cooperations reads the mutual relationship from both sides', async () => {
    const data = await queryData<
      Record<string, { cooperations: { partner: { id: string }; kind: { key: string } }[] }>
    >(
      fx.api,
      `{ stored: actor(id: "beirat-fuer-integration-bra") { cooperations { partner { id } kind { key labelEn } } }
         other: actor(id: "bezirksregierung-arnsberg") { cooperations { partner { id } kind { key } period { since } } } }`,
    );
    expect(data.stored?.cooperations).toEqual([
      {
        partner: { id: 'bezirksregierung-arnsberg' },
        kind: { key: 'informationExchange', labelEn: expect.any(String) as string },
      },
    ]);
    expect(data.other?.cooperations).toEqual([
      {
        partner: { id: 'beirat-fuer-integration-bra' },
        kind: { key: 'informationExchange' },
        period: { since: '2012' },
      },
    ]);
  });

  it('PROVIDES, FUNDS and RUNS from the actor and from the measure or program', async () => {
    const data = await queryData<{
      bund: {
        funds: { initiative: { id: string; __typename: string } }[];
        runs: { initiative: { id: string }; role: { key: string } }[];
      };
      bepart: {
        providers: { provider: { id: string }; role: { key: string } }[];
        funders: { funder: { id: string } }[];
      };
      minor: { provides: { measure: { id: string } }[] };
      konzept: {
        runners: { runner: { id: string }; role: { key: string }; period: { since: string | null } }[];
      };
    }>(
      fx.api,
      `{ bund: actor(id: "integrationsbeauftragte-bund") {
           funds { initiative { __typename id } } runs { initiative { id } role { key } } }
         bepart: measure(id: "bepart") { providers { provider { id } role { key } } funders { funder { id } } }
         minor: actor(id: "minor-projektkontor") { provides { measure { id } } }
         konzept: program(id: "integrationskonzept-fortschreibung-doc-004") {
           runners { runner { id } role { key } period { since } } } }`,
    );
    expect(data.bund.funds.map((f) => `${f.initiative.__typename}:${f.initiative.id}`).sort()).toEqual([
      'Measure:bepart',
      'Measure:kommunales-integrationsmonitoring-difu',
      'Measure:start-with-a-friend',
      'Program:foerderschwerpunkt-engagement-integrationsbeauftragte',
      'Program:projektfoerderung-integrationsbeauftragte',
    ]);
    expect(data.bund.runs.map((r) => [r.initiative.id, r.role.key]).sort()).toEqual([
      ['projektfoerderung-integrationsbeauftragte', 'lead'],
      ['weltoffene-kommune', 'lead'],
    ]);
    expect(data.bepart.providers).toEqual([
      { provider: { id: 'minor-projektkontor' }, role: { key: 'provider' } },
    ]);
    expect(data.bepart.funders).toEqual([{ funder: { id: 'integrationsbeauftragte-bund' } }]);
    expect(data.minor.provides).toEqual([{ measure: { id: 'bepart' } }]);
    expect(data.konzept.runners.map((r) => [r.runner.id, r.role.key, r.period.since])).toEqual([
      ['kreisverwaltung-landkreis-doc-004', 'lead', '2021'],
      ['steuerungsgruppe-integration-doc-004', 'steering', '2021'],
    ]);
  });

  it('PART_OF between actors as partOf and units; LOCATED_IN and ACTIVE_IN as placements', async () => {
    const data = await queryData<{
      awo: { units: { unit: { id: string }; parent: { id: string } }[] };
      meb: { partOf: { parent: { id: string } }[] };
      bra: {
        locatedIn: { type: string; region: { id: string } }[];
        activeIn: { type: string; region: { id: string } }[];
      };
    }>(
      fx.api,
      `{ awo: actor(id: "awo") { units { unit { id } parent { id } } }
         meb: actor(id: "awo-doc-004") { partOf { parent { id } } }
         bra: actor(id: "bezirksregierung-arnsberg") { locatedIn { type region { id } } activeIn { type region { id } } } }`,
    );
    expect(data.awo.units).toEqual([{ unit: { id: 'awo-doc-004' }, parent: { id: 'awo' } }]);
    expect(data.meb.partOf).toEqual([{ parent: { id: 'awo' } }]);
    expect(data.bra.locatedIn).toEqual([{ type: 'LOCATED_IN', region: { id: 'de-059' } }]);
    expect(data.bra.activeIn).toEqual([{ type: 'ACTIVE_IN', region: { id: 'de-059' } }]);
  });

  it('programs: parts, partOf, all measures through focal points, basedOn and basisOf', async () => {
    const data = await queryData<{
      wir: { parts: { part: { id: string; __typename: string } }[]; measures: { id: string }[] };
      focal: { partOf: { program: { id: string }; period: { since: string } }[] };
      charta: { basisOf: { initiative: { id: string }; basis: { id: string } }[] };
      fort: { basedOn: { basis: { id: string } }[] };
      sprachpool: { programs: { program: { id: string } }[] };
    }>(
      fx.api,
      `{ wir: program(id: "wir-hessen") { parts { part { __typename id } } measures { id } }
         focal: program(id: "wir-schwerpunkt-willkommenskultur") { partOf { program { id } period { since } } }
         charta: program(id: "charta-zusammenleben-in-vielfalt") { basisOf { initiative { id } basis { id } } }
         fort: program(id: "integrationskonzept-fortschreibung-doc-004") { basedOn { basis { id } } }
         sprachpool: measure(id: "sprachpool-doc-001") { programs { program { id } } } }`,
    );
    expect(data.wir.parts.map((p) => `${p.part.__typename}:${p.part.id}`).sort()).toEqual([
      'Measure:angebotsueberblick-was-ist-wo-doc-001',
      'Measure:integreat-app-doc-001',
      'Measure:regionales-integrationsmanagement-doc-001',
      'Program:wir-schwerpunkt-interkulturelle-oeffnung',
      'Program:wir-schwerpunkt-willkommenskultur',
    ]);
    // The four measures under the focal points count too.
    expect(ids(data.wir.measures)).toHaveLength(7);
    expect(ids(data.wir.measures)).toContain('sprachpool-doc-001');
    expect(data.focal.partOf).toEqual([{ program: { id: 'wir-hessen' }, period: { since: '2014' } }]);
    expect(data.charta.basisOf.map((b) => b.initiative.id).sort()).toEqual([
      'arbeitsprogramm-integration-doc-000',
      'schwerpunkt-integration-diversitaet-doc-000',
    ]);
    expect(data.charta.basisOf[0]?.basis.id).toBe('charta-zusammenleben-in-vielfalt');
    expect(data.fort.basedOn).toEqual([{ basis: { id: 'integrationskonzept-landkreis-doc-004' } }]);
    expect(data.sprachpool.programs).toEqual([
      { program: { id: 'wir-schwerpunkt-interkulturelle-oeffnung' } },
    ]);
  });

  it('topics, target groups and regions of a measure, and the measures of a topic and a target group', async () => {
    const data = await queryData<{
      kurs: {
        topics: { topic: { id: string } }[];
        targetGroups: { targetGroup: { id: string }; note: string | null }[];
        regions: { region: { id: string } }[];
      };
      topic: {
        measureCount: number;
        measures: { initiative: { id: string } }[];
        programs: { initiative: { id: string } }[];
      };
      group: { measureCount: number; measures: { initiative: { id: string } }[] };
    }>(
      fx.api,
      `{ kurs: measure(id: "frauenintegrationskurse-doc-004") {
           topics { topic { id } } targetGroups { targetGroup { id } note } regions { region { id } } }
         topic: topic(id: "sprache-und-bildung") { measureCount measures { initiative { id } } programs { initiative { id } } }
         group: targetGroup(id: "frauen") { measureCount measures { initiative { id } } } }`,
    );
    expect(data.kurs.topics).toEqual([{ topic: { id: 'sprache-und-bildung' } }]);
    expect(data.kurs.targetGroups.map((t) => t.targetGroup.id).sort()).toEqual(['frauen', 'neuzugewanderte']);
    expect(data.kurs.regions).toEqual([{ region: { id: 'de-landkreis-doc-004' } }]);
    expect(data.topic.measureCount).toBe(6);
    expect(data.topic.measures).toHaveLength(6);
    expect(data.topic.programs).toEqual([
      { initiative: { id: 'integrationskonzept-fortschreibung-doc-004' } },
    ]);
    expect(data.group).toEqual({
      measureCount: 1,
      measures: [{ initiative: { id: 'frauenintegrationskurse-doc-004' } }],
    });
  });

  it('the region tree: parent, children, ancestors, and what is placed in a region', async () => {
    const data = await queryData<{
      dortmund: {
        parent: { id: string };
        ancestors: { id: string }[];
        measures: { subject: { id: string } }[];
      };
      nrw: { children: { id: string }[]; parent: { id: string } };
      bund: { parent: null; actors: { type: string; subject: { id: string } }[] };
      arnsberg: {
        actors: { type: string; subject: { id: string } }[];
        programs: { subject: { id: string } }[];
      };
    }>(
      fx.api,
      `{ dortmund: region(id: "de-05913000") { parent { id } ancestors { id } measures { subject { id } } }
         nrw: region(id: "de-05") { children { id } parent { id } }
         bund: region(id: "de") { parent { id } actors { type subject { id } } }
         arnsberg: region(id: "de-059") { actors { type subject { id } } programs { subject { id } } } }`,
    );
    expect(data.dortmund.parent.id).toBe('de-05913');
    expect(ids(data.dortmund.ancestors)).toEqual(['de-05913', 'de-059', 'de-05', 'de']);
    expect(data.dortmund.measures).toEqual([
      { subject: { id: 'arnsberger-integrationsdialog-auftakt-2012' } },
    ]);
    expect(ids(data.nrw.children).sort()).toEqual(['de-051', 'de-053', 'de-055', 'de-057', 'de-059']);
    expect(data.nrw.parent.id).toBe('de');
    expect(data.bund.parent).toBeNull();
    expect(data.bund.actors.map((a) => a.subject.id).sort()).toEqual([
      'bamf',
      'bundeskonferenz-integrationsbeauftragte',
      'integrationsbeauftragte-bund',
      'integrationsbeauftragte-der-kommunen',
      'integrationsbeauftragte-der-laender',
    ]);
    expect(data.arnsberg.actors.map((a) => `${a.type}:${a.subject.id}`).sort()).toEqual([
      'ACTIVE_IN:bezirksregierung-arnsberg',
      'LOCATED_IN:bezirksregierung-arnsberg',
    ]);
    expect(data.arnsberg.programs).toEqual([
      { subject: { id: 'integrationskonzept-vielfalt-in-der-region' } },
    ]);
  });

  it('Source.citedBy lists the entities citing a source; terms have their sources', async () => {
    const data = await queryData<{ source: { citedBy: { id: string; __typename: string }[] } }>(
      fx.api,
      '{ source(id: "doc-002") { citedBy { __typename id } } }',
    );
    const cited = data.source.citedBy.map((e) => e.id);
    expect(cited).toContain('bezirksregierung-arnsberg');
    expect(cited).toContain('de-05');
    expect(data.source.citedBy.every((e) => e.__typename !== 'Source')).toBe(true);
  });

  it('batches nested fields: a list of 20 actors with memberships, kinds and sources costs a handful of statements', async () => {
    let statements = 0;
    const counting = {
      read: (...args: Parameters<Database['read']>) => {
        statements += 1;
        return fx.db.read(...args);
      },
      // Each operation binds the database to its deadline; the bound copy counts the same way.
      within: () => counting,
    } as unknown as Database;
    const api = await createTestApi(counting);
    try {
      const { data, errors } = await api.query<{ actors: { nodes: unknown[] } }>(
        `{ actors(first: 20) { nodes { name kind { labelDe } sources { id }
             memberships { role { labelEn } body { name kind { labelEn } } } } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data?.actors.nodes).toHaveLength(20);
      // actors; kinds (terms); sources (nodes); memberships (links); roles and the bodies' kinds (terms).
      expect(statements).toBeLessThanOrEqual(6);
    } finally {
      await api.stop();
    }
  });
});
