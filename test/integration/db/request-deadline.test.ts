// The request deadline in the database layer (Database.within): a transaction started after the deadline never
// reaches Neo4j, a running one gets only the time left as its timeout, and a transaction of several statements
// starts none after the request was stopped. Against the real test Neo4j, with statements made for the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCypherFile } from '../../../server/db/cypher-file.ts';
import { Database } from '../../../server/db/database.ts';
import { Deadline, DeadlineExceededError } from '../../../server/graphql/limits/deadline.ts';
import { testConnection } from '../../support/test-neo4j.ts';

const CREATE_PROBE = parseCypherFile('test/create-probe', 'CREATE (:DeadlineProbe) RETURN 1 AS created');
const COUNT_PROBES = parseCypherFile('test/count-probes', 'MATCH (p:DeadlineProbe) RETURN count(p) AS n');
const DELETE_PROBES = parseCypherFile('test/delete-probes', 'MATCH (p:DeadlineProbe) DELETE p');
/** Whether ENDLESS runs in Neo4j (this statement's own text names it too, so it leaves itself out). */
const RUNNING = parseCypherFile(
  'test/running',
  "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'UNWIND range' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
);
/** Ten billion rows: minutes of work, unless something ends it. */
const ENDLESS = parseCypherFile(
  'test/endless',
  'UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a + b < 0 RETURN count(*) AS n',
);

/** A deadline of ten minutes, begun so long ago that `leftMs` remain. */
function deadlineWithLeft(leftMs: number): Deadline {
  return new Deadline(600_000, performance.now() - 600_000 + leftMs);
}

describe('the request deadline in the database layer', () => {
  let db: Database;

  beforeAll(async () => {
    // An hour's transaction timeout: only the request's deadline can end a statement sooner.
    db = await Database.connect(testConnection(), 3_600_000);
    await db.write(DELETE_PROBES);
  });
  afterAll(async () => {
    await db?.write(DELETE_PROBES);
    await db?.close();
  });

  it('refuses a transaction started after the deadline, before anything reaches Neo4j', async () => {
    const deadline = deadlineWithLeft(0);
    await expect(db.within(deadline).write(CREATE_PROBE)).rejects.toBeInstanceOf(DeadlineExceededError);
    expect(await db.read(COUNT_PROBES)).toEqual([{ n: 0 }]);
    // A request's view cannot close the driver every other request uses.
    await expect(db.within(deadline).close()).rejects.toThrow();
    expect(await db.read(COUNT_PROBES)).toEqual([{ n: 0 }]);
    deadline.dispose();
  });

  it('gives a running transaction the time left as its timeout, not a fresh one', async () => {
    // Ten minutes' deadline with half a second left: a fresh timeout would let the statement run for minutes.
    const deadline = deadlineWithLeft(500);
    await expect(db.within(deadline).read(ENDLESS)).rejects.toBeInstanceOf(DeadlineExceededError);
    deadline.dispose();
  });

  it('ends a running transaction in Neo4j as soon as the request is stopped for another reason', async () => {
    const deadline = new Deadline(600_000);
    const stopped = new Error('stopped by the cost meter');
    const work = db.within(deadline).read(ENDLESS);
    work.catch(() => undefined);
    // Stopped once Neo4j runs the statement: an hour's timeout, ten minutes' deadline — only the stop can end it.
    while ((await db.read(RUNNING))[0]?.n !== 1) await new Promise((resolve) => setImmediate(resolve));
    deadline.stop(stopped);
    await expect(work).rejects.toBe(stopped);
    expect(await db.read(RUNNING)).toEqual([{ n: 0 }]);
    deadline.dispose();
  });

  it('starts no statement of a transaction after the request was stopped, and commits nothing', async () => {
    const deadline = new Deadline(600_000);
    const stopped = new Error('stopped by the cost meter');
    const work = db.within(deadline).writeTransaction(async (tx) => {
      await tx.run(CREATE_PROBE);
      deadline.stop(stopped);
      await tx.run(CREATE_PROBE);
    });
    await expect(work).rejects.toBe(stopped);
    expect(await db.read(COUNT_PROBES)).toEqual([{ n: 0 }]);
    deadline.dispose();
  });
});
