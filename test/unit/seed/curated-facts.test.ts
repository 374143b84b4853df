// The curated data is fit to count: every fact says whether a source states it or a curator inferred it, every
// ACTIVE_IN says how far it reaches, time-limited facts end, and nothing is counted twice.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import { atlasDocumentSchema } from '../../../server/domain/atlas-document.ts';

const doc = atlasDocumentSchema.parse(JSON.parse(fs.readFileSync(CURATED_DATASET, 'utf8')));
const named = [...doc.actors, ...doc.programs, ...doc.measures];
const link = (type: string, from: string, to: string) =>
  doc.relationships.find((r) => r.type === type && r.from === from && r.to === to);

describe('the curated dataset', () => {
  it('marks every relationship and every actor, program and measure as stated or inferred', () => {
    const unmarked = [...doc.relationships, ...named].filter((r) => r.claim === null);
    expect(unmarked).toEqual([]);
    const stated = doc.relationships.filter((r) => r.claim === 'stated');
    const inferred = doc.relationships.filter((r) => r.claim === 'inferred');
    // Both occur in numbers: a curator's inference is common (a topic the text never names), not an exception.
    expect(stated.length).toBeGreaterThan(100);
    expect(inferred.length).toBeGreaterThan(50);
    for (const r of stated) expect(r.locator?.length ?? 0).toBeLessThanOrEqual(200);
  });

  it('says how far every ACTIVE_IN reaches; the model project at "über 30 Kommunen" does not cover Germany', () => {
    const placements = doc.relationships.filter((r) => r.type === 'ACTIVE_IN');
    expect(placements.filter((r) => r.reach === null)).toEqual([]);
    expect(link('ACTIVE_IN', 'weltoffene-kommune', 'de')?.reach).toBe('unknownPlaces');
    expect(link('ACTIVE_IN', 'weltoffene-kommune-selbstchecks', 'de')?.reach).toBe('unknownPlaces');
    expect(link('ACTIVE_IN', 'integrationsbeauftragte-bund', 'de')?.reach).toBe('whole');
    const program = doc.programs.find((p) => p.id === 'weltoffene-kommune');
    expect(program?.quantities).toEqual([expect.objectContaining({ kind: 'municipalityCount', value: 30 })]);
  });

  it('ends what the sources limit in time: the focus "für das Jahr 2018" and the one-off survey', () => {
    const byId = new Map(named.map((r) => [r.id, r]));
    expect(byId.get('schwerpunkt-integration-diversitaet-doc-000')).toMatchObject({
      since: '2018',
      until: '2018',
    });
    expect(byId.get('bedarfsabfrage-integrationskonzept-doc-004')?.until).not.toBeNull();
    expect(byId.get('arnsberger-integrationsdialog-auftakt-2012')?.until).toBe('2012-06-25');
  });

  it('counts nothing twice: one node per counselling service, course types inside their umbrella, no topic "Frauen"', () => {
    const services = doc.actors.filter((a) => a.id.includes('migrationserstberatung'));
    expect(services).toEqual([]);
    expect(link('MEMBER_OF', 'awo-doc-004', 'ak-integration-doc-004')).toBeDefined();
    expect(link('PROVIDES', 'awo-doc-004', 'migrationserstberatung-awo-doc-004')).toBeDefined();
    expect(link('PART_OF', 'frauenintegrationskurse-doc-004', 'integrationskurse-doc-004')).toBeDefined();
    expect(link('PART_OF', 'jugendintegrationskurse-doc-004', 'integrationskurse-doc-004')).toBeDefined();
    expect(doc.topics.map((t) => t.id)).not.toContain('thema-frauen');
    const nested = Object.fromEntries(
      doc.topics.filter((t) => t.broader !== null).map((t) => [t.id, t.broader]),
    );
    expect(nested).toEqual({
      'behoerdenzusammenarbeit-interkulturelle-oeffnung': 'interkulturelle-oeffnung',
      antidiskriminierung: 'antidiskriminierung-teilhabe-empowerment',
    });
  });

  it('marks the actors that stand for many organisations as collective', () => {
    const collective = doc.actors.filter((a) => a.collective).map((a) => a.id);
    expect(collective).toEqual(
      expect.arrayContaining(['integrationsbeauftragte-der-laender', 'integrationsbeauftragte-der-kommunen']),
    );
    expect(collective).not.toContain('bamf');
  });

  it('gives every public authority the narrowest agency kind, so bodies can be compared by their members', () => {
    const agencyKinds = doc.terms
      .filter((t) => t.vocabulary === 'actorKind' && t.broader === 'agency')
      .map((t) => t.key);
    expect(agencyKinds).toEqual(
      expect.arrayContaining(['federalOffice', 'regionalGovernment', 'localAdministration', 'jobcenter']),
    );
    const kindOf = Object.fromEntries(doc.actors.map((a) => [a.id, a.kind]));
    expect(kindOf).toMatchObject({
      bamf: 'federalOffice',
      'bamf-regionalkoordination-doc-004': 'federalOffice',
      'bezirksregierung-arnsberg': 'regionalGovernment',
      'kompetenzzentrum-integration-bra': 'regionalGovernment',
      'kreisverwaltung-landkreis-doc-004': 'localAdministration',
      'kreisverwaltung-landkreis-doc-001': 'localAdministration',
      'fachdienst-migration-asyl-doc-001': 'localAdministration',
      'wir-koordination-doc-001': 'localAdministration',
      'auslaenderbehoerde-doc-004': 'immigrationOffice',
      'jobcenter-doc-004': 'jobcenter',
    });
    // Plain `agency` is for an authority no narrower kind fits; none of the seed documents has one.
    expect(doc.actors.filter((a) => a.kind === 'agency').map((a) => a.id)).toEqual([]);
  });

  it('gives every seed document its publication date where the text shows one', () => {
    const published = Object.fromEntries(doc.sources.map((s) => [s.id, s.published]));
    expect(published).toMatchObject({ 'doc-002': '2012', 'doc-000': '2018', 'doc-003': null });
  });
});
