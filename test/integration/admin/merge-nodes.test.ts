import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherFile } from '../../../server/db/cypher-file.ts';
import type { Database } from '../../../server/db/database.ts';
import { isAppError } from '../../../server/errors/app-error.ts';
import { mergeNodes } from '../../../server/admin/merge-nodes.ts';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { readDocument } from '../../../server/store/read-document.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

const FACT = cypherFile('fixtures/fact-check');
const AUTHOR = { changedBy: 'tester', requestId: 'merge-nodes' };

describe('merging two duplicates of the curated data', () => {
  let db: Database;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-merge-'));
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    expect((await runImport(db, [CURATED_DATASET])).ok).toBe(true);
    // A second Jobcenter entry, imported on purpose despite the duplicate warning.
    const actors = path.join(dir, 'actors.csv');
    fs.writeFileSync(
      actors,
      'id,kind,name,sources,lastVerified\njobcenter-copy,jobcenter,Jobcenter Landkreis,doc-001,2026-11-21\n',
    );
    const rels = path.join(dir, 'relationships.csv');
    fs.writeFileSync(
      rels,
      [
        'type,from,to,role,kind,sources,lastVerified',
        'MEMBER_OF,jobcenter-copy,ak-integration-doc-004,member,,doc-001,2026-11-21',
        'COOPERATES_WITH,jobcenter-copy,wir-koordination-doc-001,,referral,doc-001,2026-11-21',
      ].join('\n'),
    );
    const report = await runImport(db, [actors, rels], { allowDuplicates: true });
    expect(report.ok).toBe(true);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps all relationships and sources, records the old name as an alias, deletes the duplicate', async () => {
    const result = await mergeNodes({ db, author: AUTHOR }, 'jobcenter-doc-004', 'jobcenter-copy');
    expect(result).toMatchObject({ moved: 2, folded: 1, linksRemoved: 0, contactsMoved: 0 });
    const doc = await readDocument(db, ['jobcenter-doc-004', 'jobcenter-copy']);
    expect(doc.actors.map((a) => a.id)).toEqual(['jobcenter-doc-004']);
    expect(doc.actors[0]?.aliases).toContain('Jobcenter Landkreis');
    expect(doc.actors[0]?.sources).toEqual(['doc-001', 'doc-004']);
    const member = await db.read(FACT, {
      type: 'MEMBER_OF',
      from: 'jobcenter-doc-004',
      to: 'ak-integration-doc-004',
    });
    expect(member[0]).toMatchObject({ found: true, sources: ['doc-001', 'doc-004'] });
    const coop = await db.read(FACT, {
      type: 'COOPERATES_WITH',
      from: 'jobcenter-doc-004',
      to: 'wir-koordination-doc-001',
    });
    expect(coop[0]).toMatchObject({ found: true, kind: 'referral' });
  });

  it('refuses unknown ids and different kinds with typed errors, changing nothing', async () => {
    await expect(mergeNodes({ db, author: AUTHOR }, 'bamf', 'no-such-node')).rejects.toSatisfy(
      (e) => isAppError(e) && e.code === 'NOT_FOUND',
    );
    await expect(mergeNodes({ db, author: AUTHOR }, 'bamf', 'bepart')).rejects.toSatisfy(
      (e) => isAppError(e) && e.code === 'BAD_USER_INPUT',
    );
    expect((await readDocument(db, ['bamf', 'bepart'])).measures.map((m) => m.id)).toEqual(['bepart']);
  });
});
