// A small hand-made graph with known answers for the admin API tests: a Hessian Kreis with one Gemeinde, a
// working group with two members, a counselling measure in a funding program, and records that nothing uses
// (so they can be deleted without detach).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../../../../server/db/database.ts';
import { runImport } from '../../../../../server/import/run-import.ts';

const verified = { sources: ['src-a'], lastVerified: '2026-11-21' };

const term = (vocabulary: string, key: string) => ({
  vocabulary,
  key,
  labelDe: key,
  labelEn: key,
  definition: `The ${vocabulary} ${key}.`,
});

const region = (id: string, name: string, level: string, code: string | null, partOf: string | null) => ({
  id,
  name,
  level,
  country: 'DE',
  code,
  partOf,
  ...verified,
});

const rel = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  type,
  from,
  to,
  ...verified,
  ...extra,
});

type Loose = Record<string, unknown>;

/** Loosely typed on purpose: tests add records to it, some of them invalid. */
export interface FixtureDocument {
  format: string;
  sources: Loose[];
  terms: Loose[];
  topics: Loose[];
  targetGroups: Loose[];
  regions: Loose[];
  actors: Loose[];
  programs: Loose[];
  measures: Loose[];
  relationships: Loose[];
}

export function smallAtlas(): FixtureDocument {
  return {
    format: 'integration-atlas/1',
    sources: [
      { id: 'src-a', title: 'Source A', dateRead: '2026-11-01' },
      { id: 'src-b', title: 'Source B', dateRead: '2026-11-02' },
      { id: 'src-c', title: 'Source C (cited by nothing)', dateRead: '2026-11-03' },
    ],
    terms: [
      ...['agency', 'welfareOrganisation', 'civilSocietyOrganisation', 'body'].map((k) =>
        term('actorKind', k),
      ),
      ...['state', 'land', 'kreis', 'gemeinde'].map((k) => term('regionLevel', k)),
      term('bodyKind', 'workingGroup'),
      term('programKind', 'fundingProgram'),
      { ...term('measureKind', 'counselling'), sources: ['src-a'] },
      term('measureKind', 'training'),
      term('membershipRole', 'member'),
      term('membershipRole', 'chair'),
      term('cooperationKind', 'referral'),
      term('cooperationKind', 'jointProject'),
      term('provisionRole', 'provider'),
      term('runRole', 'lead'),
      term('quantityKind', 'participantCount'),
    ],
    topics: [
      { id: 'sprache', labelDe: 'Sprache', labelEn: 'Language', definition: 'Learning German.', ...verified },
      { id: 'arbeit', labelDe: 'Arbeit', labelEn: 'Work', definition: 'Jobs and training.', ...verified },
    ],
    targetGroups: [
      { id: 'frauen', labelDe: 'Frauen', labelEn: 'Women', definition: 'Women.', ...verified },
      {
        id: 'jugend',
        labelDe: 'Jugendliche',
        labelEn: 'Young people',
        definition: 'Young people.',
        ...verified,
      },
    ],
    regions: [
      region('de', 'Deutschland', 'state', null, null),
      region('de-05', 'Nordrhein-Westfalen', 'land', '05', 'de'),
      region('de-06', 'Hessen', 'land', '06', 'de'),
      region('de-06431', 'Landkreis Bergstraße', 'kreis', '06431', 'de-06'),
      region('de-06431001', 'Abtsteinach', 'gemeinde', '06431001', 'de-06431'),
    ],
    actors: [
      { id: 'jobcenter-bergstrasse', kind: 'agency', name: 'Jobcenter Bergstraße', ...verified },
      {
        id: 'caritas-bergstrasse',
        kind: 'welfareOrganisation',
        name: 'Caritasverband Bergstraße',
        aliases: ['Caritas Bergstraße'],
        ...verified,
      },
      {
        id: 'ak-integration',
        kind: 'body',
        bodyKind: 'workingGroup',
        name: 'Arbeitskreis Integration Bergstraße',
        ...verified,
      },
      { id: 'einsamer-verein', kind: 'civilSocietyOrganisation', name: 'Einsamer Verein', ...verified },
    ],
    programs: [
      { id: 'wir-hessen', kind: 'fundingProgram', name: 'WIR – Vielfalt und Teilhabe', ...verified },
      { id: 'altes-programm', kind: 'fundingProgram', name: 'Altes Programm', ...verified },
    ],
    measures: [
      { id: 'migrationsberatung', kind: 'counselling', name: 'Migrationsberatung Bergstraße', ...verified },
      { id: 'alte-massnahme', kind: 'counselling', name: 'Alte Maßnahme', ...verified },
    ],
    relationships: [
      rel('MEMBER_OF', 'jobcenter-bergstrasse', 'ak-integration', { role: 'member' }),
      rel('MEMBER_OF', 'caritas-bergstrasse', 'ak-integration', { role: 'chair', sources: ['src-b'] }),
      rel('COOPERATES_WITH', 'jobcenter-bergstrasse', 'caritas-bergstrasse', { kind: 'referral' }),
      rel('RUNS', 'jobcenter-bergstrasse', 'wir-hessen', { role: 'lead' }),
      rel('LOCATED_IN', 'jobcenter-bergstrasse', 'de-06431'),
      rel('ACTIVE_IN', 'caritas-bergstrasse', 'de-06431001'),
      rel('PROVIDES', 'caritas-bergstrasse', 'migrationsberatung', { role: 'provider' }),
      rel('PART_OF', 'migrationsberatung', 'wir-hessen'),
      rel('ADDRESSES', 'migrationsberatung', 'sprache'),
      rel('TARGETS', 'migrationsberatung', 'frauen'),
      rel('ACTIVE_IN', 'migrationsberatung', 'de-06431'),
    ],
  };
}

/** Imports a document through the real importer (from a temporary file, as `npm run seed` reads it). */
export async function importDocument(db: Database, doc: object, options = {}): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-write-test-'));
  try {
    const file = path.join(dir, 'fixture.json');
    fs.writeFileSync(file, JSON.stringify(doc, null, 2));
    const report = await runImport(db, [file], options);
    if (!report.ok) throw new Error(`fixture import failed: ${JSON.stringify(report)}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function loadSmallAtlas(db: Database): Promise<void> {
  return importDocument(db, smallAtlas());
}

/**
 * The small atlas's Caritas and its cooperation with the Jobcenter as another document restates them, citing
 * `sources` (the cooperation's ends in the other order: COOPERATES_WITH is mutual, so it is the stored fact).
 */
export function restatedCaritas(sources: string[], name = 'Caritasverband Bergstraße'): object {
  const verified = { sources, lastVerified: '2026-11-21' };
  return {
    format: 'integration-atlas/1',
    actors: [
      {
        id: 'caritas-bergstrasse',
        kind: 'welfareOrganisation',
        name,
        aliases: ['Caritas Bergstraße'],
        ...verified,
      },
    ],
    relationships: [
      {
        type: 'COOPERATES_WITH',
        from: 'caritas-bergstrasse',
        to: 'jobcenter-bergstrasse',
        kind: 'referral',
        ...verified,
      },
    ],
  };
}
