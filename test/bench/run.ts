// `npm run bench`: imports, re-imports and exports a synthetic national-scale graph on a throwaway local Neo4j
// (or NEO4J_URI — which it wipes) and prints times and rates. Speed goals live here, never in timed tests.
// The graph is a tier of the benchmark data generator (docs/benchmark-data.md): BENCH_TIER, default L.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config/config.ts';
import { cypherFile } from '../../server/db/cypher-file.ts';
import { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { createLogger } from '../../server/logging/logger.ts';
import { startLocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';
import { findFreePort } from '../../server/neo4j-local/port-check.ts';
import { START_UP_DATASETS } from '../../server/config/curated-dataset.ts';
import { readPart } from '../../server/export/select-part.ts';
import { toJson } from '../../server/export/to-json.ts';
import { runImport } from '../../server/import/run-import.ts';
import { generateTier } from './generator/generate.ts';
import { isTierName } from './generator/tiers.ts';
import { writeDocument } from './generator/write.ts';

const DELETE_ALL = cypherFile('admin/delete-all-data');

async function timed<T>(label: string, rows: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  const ms = performance.now() - started;
  const rate = rows > 0 ? `  ${Math.round((rows / ms) * 1000)} rows/s` : '';
  console.log(`${label.padEnd(38)} ${(ms / 1000).toFixed(2).padStart(7)} s${rate}`);
  return result;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
  const local = config.external
    ? undefined
    : await startLocalNeo4j({ ...config.local, home, boltPort: await findFreePort() }, console.log);
  const db = await Database.connect(
    config.external ?? { ...config.neo4j, uri: local!.uri, user: local!.user, password: local!.password },
  );
  try {
    await migrate(db, createLogger('warn'));
    await db.runBatched(DELETE_ALL);
    await runImport(db, START_UP_DATASETS);
    const tier = (process.env.BENCH_TIER ?? 'L').toUpperCase();
    if (!isTierName(tier)) throw new Error(`BENCH_TIER must be S, M, L or XL, not "${tier}"`);
    const doc = generateTier(tier);
    const file = path.join(home, 'bench.json');
    writeDocument(doc, file);
    const rows =
      (doc.regions?.length ?? 0) +
      (doc.actors?.length ?? 0) +
      (doc.programs?.length ?? 0) +
      (doc.measures?.length ?? 0) +
      (doc.relationships?.length ?? 0);
    console.log(
      `Synthetic graph, tier ${tier}: ${rows} records (${doc.actors?.length} actors, ${doc.measures?.length} measures, ${doc.relationships?.length} relationships)`,
    );
    const first = await timed('import into the atlas', rows, () =>
      runImport(db, [file], { allowDuplicates: true }),
    );
    if (!first.ok) throw new Error('benchmark import refused');
    await timed('re-import (all unchanged)', rows, () => runImport(db, [file], { allowDuplicates: true }));
    await timed('dry run', rows, () => runImport(db, [file], { dryRun: true, allowDuplicates: true }));
    const exported = await timed('export the whole graph (JSON)', rows, async () =>
      toJson(await readPart(db)),
    );
    console.log(`export size: ${Math.round(exported.length / 1024)} KiB`);
    await timed('export one Land (de-05)', 0, async () => toJson(await readPart(db, { region: 'de-05' })));
  } finally {
    await db.close();
    await local?.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
