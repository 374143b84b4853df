// A write whose Bolt connection is lost at its commit, then run again by a client that could not know whether it
// had committed: exactly one copy exists afterwards, with exactly one audit entry. The admin API runs in-process
// against the test Neo4j through a TCP proxy (test/support/bolt-proxy.ts) that drops the connection either before
// Neo4j gets the COMMIT (nothing written) or after Neo4j has committed but before the driver hears of it — the
// case where the driver retries the transaction and a careless write would make a second copy. The protections:
// the create claims its client-given id under the uniqueness constraint, and `link` re-checks for the
// relationship inside its transaction with both ends locked.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Database } from '../../../server/db/database.ts';
import { readDocument } from '../../../server/store/read-document.ts';
import { startBoltProxy, type BoltProxy, type CommitCut } from '../../support/bolt-proxy.ts';
import { createTestApi, type TestApi } from '../../support/test-api.ts';
import { resetDatabase, testConnection } from '../../support/test-neo4j.ts';
import { loadSmallAtlas } from '../graphql/write/support/small-atlas.ts';
import { TESTER } from '../graphql/write/support/write-api.ts';

const CREATE = `mutation ($input: CreateActorInput!) { createActor(input: $input) { id status } }`;
const LINK = `mutation ($input: LinkInput!) { link(input: $input) { status } }`;
const AUDIT = `{ auditTrail(first: 100) { entries { action targetId } } }`;

const ACTOR = {
  id: 'auslaenderbehoerde-bergstrasse',
  kind: 'agency',
  name: 'Ausländerbehörde Bergstraße',
  sources: ['src-a'],
  lastVerified: '2026-11-21',
};
const MEMBERSHIP = {
  type: 'MEMBER_OF',
  from: 'einsamer-verein',
  to: 'ak-integration',
  role: 'member',
  sources: ['src-a'],
  lastVerified: '2026-11-21',
};
const MEMBERSHIP_ID = 'MEMBER_OF|einsamer-verein|ak-integration';

/** The outcome of one attempt: `CREATED`, or the error code the client got. */
function outcome(result: {
  data?: unknown;
  errors?: readonly { extensions?: { code?: unknown } }[];
}): string {
  if (result.errors?.length) return String(result.errors[0]?.extensions?.code);
  const answer = Object.values((result.data ?? {}) as Record<string, { status?: string }>)[0];
  return String(answer?.status);
}

describe('a write cut off at its commit, then run again', () => {
  let direct: Database;
  let proxy: BoltProxy;
  let proxied: Database;
  let admin: TestApi;

  beforeAll(async () => {
    // A generous transaction timeout for the fixture: loading it on a busy machine is slow.
    direct = await Database.connect(testConnection(), 120_000);
    proxy = await startBoltProxy(testConnection().uri);
    proxied = await Database.connect({ ...testConnection(), uri: proxy.uri });
    admin = await createTestApi(proxied, TESTER);
  });
  beforeEach(async () => {
    await resetDatabase(direct);
    await loadSmallAtlas(direct);
  });
  afterAll(async () => {
    await admin?.stop();
    await proxied?.close();
    await proxy?.close();
    await direct?.close();
  });

  async function auditEntries(targetId: string): Promise<number> {
    const trail = await createTestApi(direct, TESTER);
    try {
      const result = await trail.query<{ auditTrail: { entries: { targetId: string }[] } }>(AUDIT);
      return (result.data?.auditTrail.entries ?? []).filter((e) => e.targetId === targetId).length;
    } finally {
      await trail.stop();
    }
  }

  /** The mutation once with its commit cut at `where`, then once more as a client would retry it. */
  async function cutThenRerun(where: CommitCut, mutation: string, input: object): Promise<string[]> {
    const cut = proxy.cutNextCommit(where);
    const first = await admin.query(mutation, { input });
    await cut;
    const again = await admin.query(mutation, { input });
    return [outcome(first), outcome(again)];
  }

  for (const where of ['before-commit', 'after-commit'] as const) {
    it(`createActor, connection lost ${where}: one actor, one audit entry`, async () => {
      const outcomes = await cutThenRerun(where, CREATE, ACTOR);
      console.log(`createActor ${where}: ${outcomes.join(', then ')}`);
      // Whatever the first attempt answered, the second finds the actor there.
      expect(outcomes[1]).toBe('CONFLICT');
      const doc = await readDocument(direct);
      expect(doc.actors.filter((a) => a.id === ACTOR.id)).toHaveLength(1);
      expect(await auditEntries(ACTOR.id)).toBe(1);
    });

    it(`link, connection lost ${where}: one relationship, one audit entry`, async () => {
      const outcomes = await cutThenRerun(where, LINK, MEMBERSHIP);
      console.log(`link ${where}: ${outcomes.join(', then ')}`);
      expect(outcomes[1]).toBe('CONFLICT');
      const doc = await readDocument(direct);
      const links = doc.relationships.filter(
        (r) => r.type === MEMBERSHIP.type && r.from === MEMBERSHIP.from && r.to === MEMBERSHIP.to,
      );
      expect(links).toHaveLength(1);
      expect(await auditEntries(MEMBERSHIP_ID)).toBe(1);
    });
  }
});
