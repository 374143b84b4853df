// Deterministic races for the write paths: a Database that runs `hook` (another writer's change, on the real
// database) just before its n-th write transaction starts — i.e. after an import or mutation has validated and
// planned outside the transaction, and before it writes — or throws there, as a process dying between two
// batches would stop the import.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AuditAuthor } from '../../../server/audit/audit-entry.ts';
import { readAuditTrail } from '../../../server/audit/read-audit-trail.ts';
import type { Database, Transaction } from '../../../server/db/database.ts';

export function beforeWriteTransaction(db: Database, n: number, hook: () => Promise<void>): Database {
  let calls = 0;
  return new Proxy(db, {
    get(target, property) {
      if (property === 'writeTransaction') {
        return async <T>(work: (tx: Transaction) => Promise<T>): Promise<T> => {
          calls += 1;
          if (calls === n) await hook();
          return target.writeTransaction(work);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface TrailEntry {
  readonly requestId: string;
  readonly action: string;
  readonly targetId: string | null;
  readonly before: unknown;
  readonly after: unknown;
  readonly detail: Record<string, unknown> | null;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

/** The whole audit trail, oldest first, with before/after/detail parsed. */
export async function trail(db: Database): Promise<TrailEntry[]> {
  const { entries } = await readAuditTrail(db, {
    subjectId: null,
    since: null,
    beforeSeq: null,
    first: 100_000,
  });
  return entries.reverse().map((e) => ({
    requestId: e.requestId,
    action: e.action,
    targetId: e.targetId,
    before: parse(e.before),
    after: parse(e.after),
    detail: parse(e.detail) as Record<string, unknown> | null,
  }));
}

export function author(requestId: string): AuditAuthor {
  return { changedBy: 'test:race', requestId };
}

/** Writes the document to a temporary JSON file (as `npm run seed` reads one); returns its path. */
export function importFile(doc: object): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-race-'));
  const file = path.join(dir, 'import.json');
  fs.writeFileSync(file, JSON.stringify(doc, null, 2));
  return file;
}

/** What a promise settled with: undefined when it resolved, the error when it rejected (never throws). */
export function outcome(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (err: unknown) => err,
  );
}

/** The audit entries one request wrote. */
export async function entriesOf(db: Database, requestId: string): Promise<TrailEntry[]> {
  return (await trail(db)).filter((e) => e.requestId === requestId);
}
