// `npm run bench` (run.ts loads it): the atlas at national scale, measured as ratios of two things run side by side (docs/
// performance.md). A throwaway local Neo4j (or NEO4J_URI — which it wipes) gets the curated data and the Kreise,
// then each generated tier in turn (docs/benchmark-data.md); an atlas server in its own process serves each tier.
// `-- --json` prints one JSON object on stdout (progress goes to stderr); `-- --help` lists the options.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { START_UP_DATASETS } from '../../server/config/curated-dataset.ts';
import { loadConfig, type Neo4jConnection } from '../../server/config/config.ts';
import { cypherFile } from '../../server/db/cypher-file.ts';
import { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { runImport } from '../../server/import/run-import.ts';
import { createLogger } from '../../server/logging/logger.ts';
import { startLocalNeo4j } from '../../server/neo4j-local/local-neo4j.ts';
import { findFreePort } from '../../server/neo4j-local/port-check.ts';
import { generateTier } from './generator/generate.ts';
import { TIER_NAMES, TIERS, type TierName } from './generator/tiers.ts';
import { writeDocument } from './generator/write.ts';
import type { BenchContext } from './harness/bench-context.ts';
import { machineFacts } from './harness/machine.ts';
import { toJson, toTable, type Result } from './harness/report.ts';
import { startBenchServer } from './harness/atlas-server.ts';
import { growthExponent } from './harness/stats.ts';
import { clientFirstFrameSuite } from './suites/client-first-frame.ts';
import { coverageAllVsOne, coveragePoint } from './suites/coverage.ts';
import { importPoint, importVsBare, removeTier, tierIds, type TierFile } from './suites/import.ts';
import { neo4jGraphqlSuite } from './suites/neo4j-graphql.ts';
import {
  networkApiVsRawCypher,
  networkPoint,
  networkResponseBytes,
  networkSerialiseVsStringify,
} from './suites/network.ts';
import { secondStart } from './suites/second-start.ts';
import { sampleIds, statementsPerRead } from './suites/statements.ts';

const DELETE_ALL = cypherFile('admin/delete-all-data');
/** The largest Land, whose network and Kreise the per-Land ratios use. */
const LARGEST_LAND = 'de-05';

const USAGE = `Usage: npm run bench [-- --json] [--rounds N] [--xl-rounds N] [--tiers S,M,L,XL] [--no-browser] [--no-start]
  --json         one JSON object on stdout (progress lines on stderr)
  --rounds N     counted rounds per comparison and growth point (default 15; a published run needs 15 or more)
  --xl-rounds N  rounds of tier XL's import, the longest (default 5)
  --tiers LIST   the tiers to load (default all four; the ratios need L, the growth exponents two or more)
  --no-browser   leave out the headless Chromium comparison
  --no-start     leave out the timing of a second npm start`;

interface Options {
  json: boolean;
  rounds: number;
  xlRounds: number;
  tiers: TierName[];
  browser: boolean;
  start: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      rounds: { type: 'string', default: '15' },
      'xl-rounds': { type: 'string', default: '5' },
      tiers: { type: 'string', default: TIER_NAMES.join(',') },
      'no-browser': { type: 'boolean', default: false },
      'no-start': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const count = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`--${name} must be a whole number of at least 1, not "${text}"`);
    return n;
  };
  const tiers = values.tiers.split(',').map((t) => t.trim().toUpperCase());
  const unknown = tiers.filter((t) => !(TIER_NAMES as readonly string[]).includes(t));
  if (unknown.length > 0) throw new Error(`--tiers: unknown tier ${unknown.join(', ')} (S, M, L, XL)`);
  return {
    json: values.json,
    rounds: count('rounds', values.rounds),
    xlRounds: count('xl-rounds', values['xl-rounds']),
    tiers: TIER_NAMES.filter((t) => tiers.includes(t)),
    browser: !values['no-browser'],
    start: !values['no-start'],
  };
}

/** Where the explorer would draw each tier: its Kreis, its Land, the country; XL's country is beyond the limit. */
const DRAWN_REGION: Record<TierName, string> = { S: 'de-05562', M: 'de-05', L: 'de', XL: LARGEST_LAND };

async function main(): Promise<void> {
  const options = readOptions();
  const say = (line: string) => process.stderr.write(line + '\n');
  const startedAt = new Date();
  const config = loadConfig();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
  const results: Result[] = [];
  const local = config.external
    ? undefined
    : await startLocalNeo4j(
        { ...config.local, home: path.join(scratch, 'neo4j'), boltPort: await findFreePort() },
        say,
      );
  const connection: Neo4jConnection = config.external ?? {
    ...config.neo4j,
    uri: local!.uri,
    user: local!.user,
    password: local!.password,
  };
  const db = await Database.connect(connection, 600_000);
  let neo4jVersion = 'unknown';
  try {
    neo4jVersion = (await db.serverInfo()).agent;
    await migrate(db, createLogger('warn'));
    await db.runBatched(DELETE_ALL);
    await runImport(db, START_UP_DATASETS);
    const growth = { import: [] as Point[], network: [] as Point[], coverage: [] as Point[] };
    for (const tier of options.tiers) {
      say(`— tier ${tier}: ${TIERS[tier].represents}`);
      const doc = generateTier(tier);
      const file = path.join(scratch, `tier-${tier}.json`);
      writeDocument(doc, file);
      const records = recordCount(doc);
      const tierFile: TierFile = { doc, file, records };
      const ctx: BenchContext = { rounds: options.rounds, say, db, connection, serverUrl: '', tier, scratch };
      if (tier === 'L') {
        const ratio = await importVsBare(ctx, tierFile);
        results.push(ratio);
        growth.import.push({
          label: `tier L`,
          size: records,
          ms: ratio.a.median,
          p90: ratio.a.p90,
          rounds: ratio.a.rounds,
        });
      } else {
        // XL, the longest, comes last: the statements are planned by then.
        const point =
          tier === 'XL'
            ? await importPoint(ctx, tierFile, options.xlRounds, 0)
            : await importPoint(ctx, tierFile, options.rounds, 1);
        growth.import.push({
          label: `tier ${tier}`,
          size: records,
          ms: point.median,
          p90: point.p90,
          rounds: point.rounds,
        });
      }
      say(`  imported ${records} records: median ${growth.import.at(-1)!.ms.toFixed(0)} ms`);
      const server = await startBenchServer(connection);
      try {
        const served = { ...ctx, serverUrl: server.url };
        const network = await networkPoint(served, DRAWN_REGION[tier]);
        growth.network.push({
          label: `tier ${tier}, network of ${DRAWN_REGION[tier]} (${network.nodes} nodes, ${network.edges} edges)`,
          size: network.size,
          ms: network.median,
          p90: network.p90,
          rounds: network.rounds,
        });
        const coverage = await coveragePoint(served);
        growth.coverage.push({
          label: `tier ${tier}, all Kreise of Germany`,
          size: records,
          ms: coverage.median,
          p90: coverage.p90,
          rounds: coverage.rounds,
        });
        if (tier === 'L') {
          results.push(await networkApiVsRawCypher(served, LARGEST_LAND));
          results.push(await networkSerialiseVsStringify(served));
          results.push(await coverageAllVsOne(served, LARGEST_LAND));
          results.push(...(await neo4jGraphqlSuite(served)));
          if (options.browser) results.push(...(await clientFirstFrameSuite(served)));
          results.push(await networkResponseBytes(served));
          results.push(await statementsPerRead(served, await sampleIds(server.url, LARGEST_LAND)));
          const peak = server.peakRssBytes();
          results.push(
            peak === null
              ? {
                  kind: 'skipped',
                  key: 'server_peak_rss_bytes',
                  what: 'the server’s peak memory',
                  reason: 'no /proc here',
                }
              : {
                  kind: 'figure',
                  key: 'server_peak_rss_bytes',
                  what: 'the atlas server’s peak resident memory (VmHWM) over the whole tier-L run: every request above',
                  value: peak,
                  unit: 'bytes',
                  note: `${(peak / 2 ** 20).toFixed(0)} MiB`,
                },
          );
        }
      } finally {
        await server.stop();
      }
      await removeTier(db, tierIds(doc));
    }
    results.push(...growthResults(growth));
  } finally {
    await db.close();
    await local?.stop();
  }
  if (options.start) results.push(await secondStart(scratch, 3, say));
  fs.rmSync(scratch, { recursive: true, force: true });
  const info = {
    startedAt: startedAt.toISOString(),
    durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
    machine: {
      ...machineFacts(),
      neo4j: neo4jVersion,
      neo4jUri: config.external ? 'NEO4J_URI' : 'local, throwaway',
    },
    options: { ...options },
  };
  if (options.json) console.log(toJson(info, results));
  else console.log(`\n${toTable(results)}\n\nRan ${info.durationS} s on ${JSON.stringify(info.machine)}`);
}

function recordCount(doc: ReturnType<typeof generateTier>): number {
  const sections = [
    doc.sources,
    doc.terms,
    doc.regions,
    doc.actors,
    doc.programs,
    doc.measures,
    doc.relationships,
  ];
  return sections.reduce((n, list) => n + (list?.length ?? 0), 0);
}

interface Point {
  label: string;
  size: number;
  ms: number;
  p90: number;
  rounds: number;
}

function growthResults(growth: Record<'import' | 'network' | 'coverage', Point[]>): Result[] {
  const what = {
    import: 'import time against records imported, one point per tier',
    network:
      "the explorer's network request against nodes + edges answered, one point per tier (layout cached)",
    coverage: 'the national Kreis coverage (400 Kreise) against records in the tier',
  };
  return (['import', 'network', 'coverage'] as const).map((name) =>
    growth[name].length < 2
      ? {
          kind: 'skipped',
          key: `growth_${name}`,
          what: what[name],
          reason: 'needs two tiers or more (--tiers)',
        }
      : {
          kind: 'growth',
          key: `growth_${name}`,
          what: what[name],
          goal: 1.2,
          exponent: growthExponent(growth[name]),
          points: growth[name],
        },
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  if (err instanceof Error && err.stack) console.error(err.stack);
  process.exit(1);
});
