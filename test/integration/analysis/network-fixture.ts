// Hand-made documents for the network analyses' integration tests, and the set-up that loads one and opens the
// API in-process. The answers each test expects are worked out from these records by hand.
import { runImport } from '../../../server/import/run-import.ts';
import type { Database } from '../../../server/db/database.ts';
import { writeFiles } from '../../support/import-fixtures.ts';
import { createTestApi, type TestApi } from '../../support/test-api.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

const FACT = { sources: ['doc-net'], lastVerified: '2026-11-21' };
const STATED = { claim: 'stated', locator: 'S. 1', ...FACT };
const INFERRED = { claim: 'inferred', locator: undefined, reasoning: 'Concluded from the context.', ...FACT };

const LABELS: Record<string, [string, string]> = {
  agency: ['Behörde', 'Public agency'],
  jobcenter: ['Jobcenter', 'Jobcentre'],
  immigrationOffice: ['Ausländerbehörde', 'Immigration office'],
  workingGroup: ['Arbeitskreis', 'Working group'],
};

const term = (vocabulary: string, key: string, broader: string | null = null) => ({
  vocabulary,
  key,
  labelDe: LABELS[key]?.[0] ?? key,
  labelEn: LABELS[key]?.[1] ?? key,
  definition: `The ${vocabulary} ${key}.`,
  broader,
});

const region = (id: string, level: string, code: string | null, partOf: string | null) => ({
  id,
  name: id,
  level,
  country: 'DE',
  code,
  partOf,
  ...FACT,
});

export const actor = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind,
  name: id,
  ...STATED,
  ...extra,
});

export const rel = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  type,
  from,
  to,
  ...STATED,
  ...extra,
});

/**
 * Terms (jobcenter and immigrationOffice nest under agency), regions (de ⊃ de-06 ⊃ kreis-a, kreis-b), a topic and
 * a target group every document shares.
 */
export function baseDocument(): Record<string, unknown[] | string> {
  return {
    format: 'integration-atlas/1',
    sources: [{ id: 'doc-net', title: 'Network fixture', dateRead: '2026-11-01' }],
    terms: [
      ...['agency', 'welfareOrganisation', 'civilSocietyOrganisation', 'commissioner', 'body'].map((key) =>
        term('actorKind', key),
      ),
      term('actorKind', 'jobcenter', 'agency'),
      term('actorKind', 'immigrationOffice', 'agency'),
      term('bodyKind', 'workingGroup'),
      term('membershipRole', 'member'),
      term('cooperationKind', 'networking'),
      term('provisionRole', 'provider'),
      term('measureKind', 'counselling'),
      ...['state', 'land', 'kreis'].map((key) => term('regionLevel', key)),
    ],
    topics: [{ id: 'sprache', labelDe: 'Sprache', labelEn: 'Language', definition: 'Language.', ...FACT }],
    targetGroups: [
      { id: 'gefluechtete', labelDe: 'Geflüchtete', labelEn: 'Refugees', definition: 'Refugees.', ...FACT },
    ],
    regions: [
      region('de', 'state', null, null),
      region('de-06', 'land', '06', 'de'),
      region('kreis-a', 'kreis', '06431', 'de-06'),
      region('kreis-b', 'kreis', '06432', 'de-06'),
    ],
  };
}

export interface Fixture {
  readonly db: Database;
  readonly api: TestApi;
  close(): Promise<void>;
}

export async function openFixture(document: Record<string, unknown>): Promise<Fixture> {
  const db = await connectTestDatabase();
  await resetDatabase(db);
  const { paths } = writeFiles({ 'network.json': JSON.stringify(document) });
  const report = await runImport(db, [paths['network.json'] ?? '']);
  if (!report.ok) throw new Error(`fixture import failed: ${JSON.stringify(report)}`);
  const api = await createTestApi(db);
  return {
    db,
    api,
    async close() {
      await api.stop();
      await db.close();
    },
  };
}

export { INFERRED, STATED };
