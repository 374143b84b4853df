// A small valid document with the awkward values exports must survive (delimiters, quotes, line breaks, umlauts,
// leading zeros), listed out of order on purpose; and the round trip through the real readers and validation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { atlasDocumentSchema, type AtlasDocument } from '../../../server/domain/atlas-document.ts';
import { loadImportFiles } from '../../../server/parse/load-files.ts';
import { EMPTY_GRAPH } from '../../../server/validate/in-memory-graph.ts';
import type { ImportIssue } from '../../../server/errors/issues.ts';
import { validateImport } from '../../../server/validate/validate-document.ts';

const CURATED = path.join(import.meta.dirname, '../../../seed/curated/atlas.json');
const verified = { sources: ['doc-b', 'doc-a'], lastVerified: '2026-11-21' };
const term = (vocabulary: string, key: string) => ({
  vocabulary,
  key,
  labelDe: `${key} (de)`,
  labelEn: key,
  definition: `the ${key}`,
});

export function sampleDocument(): AtlasDocument {
  return atlasDocumentSchema.parse({
    format: 'integration-atlas/1',
    sources: [
      { id: 'doc-b', title: 'Integrationskonzept, Fortschreibung', dateRead: '2026-11-21', language: 'de' },
      {
        id: 'doc-a',
        title: 'Förderrichtlinie "WIR"',
        publisher: 'Hessisches Ministerium für Soziales; Integration',
        url: 'https://example.org/wir?teil=1,2',
        file: '001_wir.txt',
        dateRead: '2026-11-20',
        note: 'Zeile eins\nZeile zwei\n\nnach einer Leerzeile',
      },
    ],
    terms: [
      ...['body', 'agency'].map((key) => term('actorKind', key)),
      { ...term('bodyKind', 'workingGroup'), sources: ['doc-a'], lastVerified: '2026-11-21' },
      term('programKind', 'fundingProgram'),
      term('measureKind', 'course'),
      term('membershipRole', 'member'),
      term('cooperationKind', 'informationExchange'),
      term('runRole', 'coordinator'),
      ...['state', 'land', 'kreis'].map((key) => term('regionLevel', key)),
    ],
    topics: [
      {
        id: 'sprache',
        labelDe: 'Sprache',
        labelEn: 'Language',
        definition: 'Deutsch lernen, "Sprachkurse"',
        crossCutting: true,
        napField: 'Sprache, Bildung',
        ...verified,
      },
      { id: 'arbeit', labelDe: 'Arbeit', labelEn: 'Work', definition: 'Arbeitsmarkt', ...verified },
    ],
    targetGroups: [
      {
        id: 'gefluechtete',
        labelDe: 'Geflüchtete',
        labelEn: 'Refugees',
        definition: 'Asyl; Schutz',
        ...verified,
      },
    ],
    regions: [
      {
        id: 'lahn-dill',
        name: 'Lahn-Dill-Kreis',
        level: 'kreis',
        country: 'DE',
        code: '06532',
        partOf: 'hessen',
        ...verified,
      },
      { id: 'de', name: 'Deutschland', level: 'state', country: 'DE', ...verified },
      { id: 'hessen', name: 'Hessen', level: 'land', country: 'DE', code: '06', partOf: 'de', ...verified },
    ],
    actors: [
      {
        id: 'ak-integration',
        kind: 'body',
        name: 'Arbeitskreis "Integration", Lahn-Dill; Gießen',
        aliases: ['AK Integration', 'Runder Tisch, Ärzte & Öffentlichkeit'],
        description: 'Koordiniert\nalle Kursarten',
        bodyKind: 'workingGroup',
        since: '2016',
        until: '2023-02',
        unnamed: true,
        ...verified,
      },
      {
        id: 'bamf',
        kind: 'agency',
        name: 'Bundesamt für Migration und Flüchtlinge',
        shortName: 'BAMF',
        website: 'https://www.bamf.de/',
        sources: ['doc-a'],
        lastVerified: '2026-11-21',
      },
    ],
    programs: [
      { id: 'wir', kind: 'fundingProgram', name: 'WIR – Vielfalt', since: '2014-05-01', ...verified },
    ],
    measures: [
      { id: 'sprachkurs', kind: 'course', name: 'Sprachkurs „Deutsch“', note: '"quoted"', ...verified },
    ],
    relationships: [
      { type: 'TARGETS', from: 'sprachkurs', to: 'gefluechtete', ...verified },
      {
        type: 'MEMBER_OF',
        from: 'bamf',
        to: 'ak-integration',
        role: 'member',
        note: 'seit 2016, beratend',
        ...verified,
      },
      { type: 'ADDRESSES', from: 'sprachkurs', to: 'sprache', ...verified },
      {
        type: 'COOPERATES_WITH',
        from: 'bamf',
        to: 'ak-integration',
        kind: 'informationExchange',
        ...verified,
      },
      { type: 'PART_OF', from: 'sprachkurs', to: 'wir', since: '2017', ...verified },
      { type: 'RUNS', from: 'bamf', to: 'wir', role: 'coordinator', ...verified },
      { type: 'LOCATED_IN', from: 'ak-integration', to: 'lahn-dill', ...verified },
    ],
  });
}

export interface Reimported {
  readonly document: AtlasDocument;
  /** Read and validation problems together: a faithful export has none. */
  readonly errors: readonly ImportIssue[];
}

/** Writes the files into a fresh temp directory and imports that directory as an admin would. */
export async function reimport(files: ReadonlyMap<string, string>): Promise<Reimported> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-export-'));
  for (const [name, content] of files) fs.writeFileSync(path.join(dir, name), content, 'utf8');
  const loaded = await loadImportFiles([dir]);
  const result = validateImport(loaded.records, EMPTY_GRAPH);
  return { document: result.document, errors: [...loaded.issues, ...result.errors] };
}

/** The curated dataset as the JSON reader and validation hand it on. */
export async function curatedDocument(): Promise<AtlasDocument> {
  const loaded = await loadImportFiles([CURATED]);
  const { document, errors } = validateImport(loaded.records, EMPTY_GRAPH);
  if (loaded.issues.length + errors.length > 0) throw new Error('the curated dataset does not validate');
  return document;
}
