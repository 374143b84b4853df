// Cached analysis results live exactly as long as the data they were computed from: every audited write (an
// import, a mutation, a merge) and every emptied-and-reloaded database gives a new data version.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisCache, dataVersion } from '../../../server/analysis/analysis-cache.ts';
import type { Database } from '../../../server/db/database.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { writeFiles } from '../../support/import-fixtures.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

const source = (title: string) =>
  JSON.stringify({
    format: 'integration-atlas/1',
    sources: [{ id: 'doc-cache', title, dateRead: '2026-11-21' }],
  });

describe('AnalysisCache', () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(() => db.close());

  it('computes once per data version and again after any audited write or a reload', async () => {
    await resetDatabase(db);
    expect(await dataVersion(db)).toBe('none');
    const { paths } = writeFiles({ 'one.json': source('One'), 'two.json': source('Two') });
    expect((await runImport(db, [paths['one.json'] ?? ''])).ok).toBe(true);

    const cache = new AnalysisCache();
    let computed = 0;
    const compute = () => Promise.resolve((computed += 1));
    expect(await cache.get(db, 'matrix', compute)).toBe(1);
    expect(await cache.get(db, 'matrix', compute)).toBe(1);
    expect(await cache.get(db, 'other', compute)).toBe(2);

    expect((await runImport(db, [paths['two.json'] ?? ''])).ok).toBe(true);
    expect(await cache.get(db, 'matrix', compute)).toBe(3);

    // An emptied database reloaded with the same number of writes must not bring the old results back.
    const before = await dataVersion(db);
    await resetDatabase(db);
    expect((await runImport(db, [paths['one.json'] ?? ''])).ok).toBe(true);
    expect((await runImport(db, [paths['two.json'] ?? ''])).ok).toBe(true);
    const after = await dataVersion(db);
    expect(after.split(':')[1]).toBe(before.split(':')[1]);
    expect(after).not.toBe(before);
    expect(await cache.get(db, 'matrix', compute)).toBe(4);
    expect(cache.stats()).toMatchObject({ hits: 1, misses: 4 });
  });

  it('shares one computation between concurrent requests and forgets a failed one', async () => {
    const cache = new AnalysisCache();
    let computed = 0;
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve((computed += 1)), 50));
    expect(await Promise.all([cache.get(db, 'k', slow), cache.get(db, 'k', slow)])).toEqual([1, 1]);
    await expect(cache.get(db, 'failing', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get(db, 'failing', () => Promise.resolve('fine'))).toBe('fine');
  });
});
