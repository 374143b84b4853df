// The benchmark's suites on tier S, one round each, against the real server: `npm run bench` is not part of
// `npm test`, so this keeps its code from rotting — and checks what the suites check before they time anything:
// both imports write the same graph, the API and its statement return the same network, every client operation
// has variables and answers, with the statements counted by the server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import { START_UP_DATASETS } from '../../../server/config/curated-dataset.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { generateTier } from '../../bench/generator/generate.ts';
import { writeDocument } from '../../bench/generator/write.ts';
import type { BenchContext } from '../../bench/harness/bench-context.ts';
import { coverageAllVsOne } from '../../bench/suites/coverage.ts';
import { countGraph, importVsBare, removeTier, tierIds } from '../../bench/suites/import.ts';
import { networkApiVsRawCypher, networkPoint } from '../../bench/suites/network.ts';
import { sampleIds, statementsPerRead } from '../../bench/suites/statements.ts';
import { resetDatabase, testConnection } from '../../support/test-neo4j.ts';
import { startTestServer } from '../../support/test-server.ts';

describe('benchmark suites on tier S', () => {
  let atlas: AtlasHandle;
  let ctx: BenchContext;
  let scratch: string;
  let file: string;
  const doc = generateTier('S');

  beforeAll(async () => {
    atlas = await startTestServer({ ATLAS_SERVER_TIMING: 'true' });
    await resetDatabase(atlas.db);
    await runImport(atlas.db, START_UP_DATASETS);
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-test-'));
    file = path.join(scratch, 'tier-S.json');
    writeDocument(doc, file);
    // Every test finds the tier in (the import test takes it out and puts it back itself).
    const imported = await runImport(atlas.db, [file], { allowDuplicates: true });
    if (!imported.ok) throw new Error('tier S did not import');
    ctx = {
      rounds: 1,
      say: () => undefined,
      db: atlas.db,
      connection: testConnection(),
      serverUrl: atlas.url.replace(/\/$/, ''),
      tier: 'S',
      scratch,
    };
  }, 240_000);
  afterAll(async () => {
    await atlas?.stop();
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('imports the tier ours and bare alike, and leaves it in as our import wrote it', async () => {
    const withTier = await countGraph(atlas.db);
    const result = await importVsBare(ctx, { doc, file, records: 1 });
    expect(result.a.rounds).toBe(1);
    expect(result.ratio).toBeGreaterThan(0);
    expect(await countGraph(atlas.db)).toEqual(withTier);
    await removeTier(atlas.db, tierIds(doc));
    const without = await countGraph(atlas.db);
    expect(withTier.nodes - without.nodes).toBe(tierIds(doc).length);
    expect(withTier.relationships - without.relationships).toBeGreaterThanOrEqual(doc.relationships!.length);
    await runImport(atlas.db, [file], { allowDuplicates: true });
  }, 240_000);

  it('compares the network over HTTP with its statement, and sizes a growth point', async () => {
    const ratio = await networkApiVsRawCypher(ctx, 'de-05562');
    expect(ratio.what).toMatch(/\d+ nodes, \d+ edges/);
    const point = await networkPoint(ctx, 'de-05562');
    expect(point.nodes).toBeGreaterThan(200);
    expect(point.size).toBe(point.nodes + point.edges);
  }, 120_000);

  it('compares all Kreise of a Land with one', async () => {
    const ratio = await coverageAllVsOne(ctx, 'de-05');
    expect(ratio.a.label).toBe('all 53 Kreise of de-05');
  }, 120_000);

  it('counts the statements of every client operation', async () => {
    const figure = await statementsPerRead(ctx, await sampleIds(ctx.serverUrl, 'de-05'));
    expect(figure.value).toBeGreaterThanOrEqual(1);
    expect(figure.note).toMatch(/NetworkDrawing 1 \(1\)/);
  }, 240_000);
});
