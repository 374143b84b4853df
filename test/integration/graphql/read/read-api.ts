// Set-up shared by the reading API's integration tests: a clean database with the curated dataset (and, where a
// test needs facts the curated data lacks, a small hand-made import file), and the API called in-process.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphQLFormattedError } from 'graphql';
import { expect } from 'vitest';
import type { Database } from '../../../../server/db/database.ts';
import { CURATED_DATASET } from '../../../../server/config/curated-dataset.ts';
import { runImport } from '../../../../server/import/run-import.ts';
import { createTestApi, type TestApi } from '../../../support/test-api.ts';
import { connectTestDatabase, resetDatabase } from '../../../support/test-neo4j.ts';

export interface ReadFixture {
  readonly db: Database;
  readonly api: TestApi;
  close(): Promise<void>;
}

/** Writes an import document (format integration-atlas/1) to a temporary file and returns its path. */
export function fixtureFile(name: string, document: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-read-'));
  const file = path.join(dir, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify({ format: 'integration-atlas/1', ...document }, null, 2));
  return file;
}

/** Resets the shared test database and loads the curated dataset plus the given import files. */
export async function openReadFixture(extraFiles: readonly string[] = []): Promise<ReadFixture> {
  const db = await connectTestDatabase();
  await resetDatabase(db);
  const report = await runImport(db, [CURATED_DATASET, ...extraFiles]);
  if (!report.ok) throw new Error(`fixture import failed: ${JSON.stringify(report.errors ?? report)}`);
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

/** The data of a query that must succeed. */
export async function queryData<T>(
  api: TestApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { data, errors } = await api.query<T>(query, variables);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data;
}

/** The codes of a query's errors (tests assert codes, never messages). */
export async function errorCodes(
  api: TestApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<unknown[]> {
  const { errors } = await api.query(query, variables);
  return (errors ?? []).map((e: GraphQLFormattedError) => e.extensions?.code);
}

/** Common facts for hand-made fixture records. */
export const FACT = { sources: ['doc-004'], lastVerified: '2026-11-21' } as const;
