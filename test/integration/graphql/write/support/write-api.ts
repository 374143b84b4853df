// The harness of the admin API tests: one database connection, the real schema in-process as an admin ("tester")
// and as an anonymous reader, a fresh graph per test file, and helpers that assert error codes (never messages)
// and prove that a refused mutation wrote nothing.
import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { Database } from '../../../../../server/db/database.ts';
import type { Viewer } from '../../../../../server/auth/viewer.ts';
import { readDocument } from '../../../../../server/store/read-document.ts';
import { createTestApi, type TestApi } from '../../../../support/test-api.ts';
import { cypherFile } from '../../../../../server/db/cypher-file.ts';
import { connectTestDatabase, resetDatabase } from '../../../../support/test-neo4j.ts';
import { loadSmallAtlas } from './small-atlas.ts';

export const TESTER: Viewer = { role: 'admin', name: 'tester' };

const CLEAR_AUDIT_TRAIL = cypherFile('fixtures/clear-audit-trail');

export interface WriteApi {
  db: Database;
  admin: TestApi;
  anonymous: TestApi;
}

/**
 * Registers the hooks: the APIs start once per file, and the data is reset and loaded again before every test, so
 * no test sees what another one wrote and each passes alone (`vitest -t`) as in the whole file.
 */
export function useWriteApi(load: (db: Database) => Promise<void> = loadSmallAtlas): WriteApi {
  const api = {} as WriteApi;
  beforeAll(async () => {
    api.db = await connectTestDatabase();
    api.admin = await createTestApi(api.db, TESTER);
    api.anonymous = await createTestApi(api.db);
  });
  beforeEach(async () => {
    await resetDatabase(api.db);
    await load(api.db);
    // The fixture import is audited like any import; the tests assert on the trail of their own changes only.
    await api.db.write(CLEAR_AUDIT_TRAIL);
  });
  afterAll(async () => {
    await api.admin?.stop();
    await api.anonymous?.stop();
    await api.db?.close();
  });
  return api;
}

export interface Result<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

/** The one error's code (and its extensions), failing if there is not exactly one error. */
export function errorOf(result: Result<unknown>): { code: unknown; extensions: Record<string, unknown> } {
  expect(result.errors, 'expected exactly one error').toHaveLength(1);
  const extensions = (result.errors?.[0]?.extensions ?? {}) as Record<string, unknown>;
  return { code: extensions.code, extensions };
}

export function issueCodes(result: Result<unknown>): unknown[] {
  const issues = (errorOf(result).extensions.issues ?? []) as { code: unknown }[];
  return issues.map((issue) => issue.code);
}

export function ok<T>(result: Result<T>): T {
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error('no data');
  return result.data;
}

/** Everything a write could change: all records, node and relationship counts, and the audit trail's length. */
export async function snapshot(api: WriteApi): Promise<unknown> {
  const health = await api.anonymous.query<{ health: { nodeCount: number; relationshipCount: number } }>(
    '{ health { nodeCount relationshipCount } }',
  );
  const audit = await api.admin.query<{ auditTrail: { entries: unknown[] } }>(
    '{ auditTrail(first: 100) { entries { seq } } }',
  );
  return {
    document: await readDocument(api.db),
    counts: health.data?.health,
    audit: audit.data?.auditTrail.entries.length,
  };
}

/** Runs a mutation that must fail, and proves it changed nothing. Returns its result for code assertions. */
export async function refused<T>(api: WriteApi, run: () => Promise<Result<T>>): Promise<Result<T>> {
  const before = await snapshot(api);
  const result = await run();
  expect(result.errors?.length ?? 0, 'expected the mutation to fail').toBeGreaterThan(0);
  expect(await snapshot(api)).toEqual(before);
  return result;
}

export interface AuditEntryView {
  seq: number;
  action: string;
  targetKind: string;
  targetId: string | null;
  subjectIds: string[];
  changedBy: string;
  requestId: string;
  before: string | null;
  after: string | null;
  detail: string | null;
}

/** The newest audit entries (newest first). */
export async function latestAudit(api: WriteApi, first = 10, targetId?: string): Promise<AuditEntryView[]> {
  const result = await api.admin.query<{ auditTrail: { entries: AuditEntryView[] } }>(
    `query ($first: Int!, $targetId: ID) {
      auditTrail(first: $first, targetId: $targetId) {
        entries { seq action targetKind targetId subjectIds changedBy requestId before after detail }
      }
    }`,
    { first, targetId },
  );
  return ok(result).auditTrail.entries;
}

export function json(text: string | null | undefined): unknown {
  return text === null || text === undefined ? null : JSON.parse(text);
}
