// Import: ours (parse, validate against the database, diff, write in batches, audit) against a bare batched
// UNWIND … MERGE of the same rows — the very statements our writer runs, fed rows prepared before the clock
// starts, 5,000 per transaction, nothing checked, compared or audited. Before every run the tier is taken out
// again, so both write into the same database: the curated data and the Kreise.
import { randomUUID } from 'node:crypto';
import { cypherFile } from '../../../server/db/cypher-file.ts';
import type { Database } from '../../../server/db/database.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { loadImportFiles } from '../../../server/parse/load-files.ts';
import { readActorClasses } from '../../../server/store/actor-classes.ts';
import { planSteps } from '../../../server/store/write-document.ts';
import { loadExistingGraph } from '../../../server/validate/load-existing.ts';
import { lookupKeys } from '../../../server/validate/lookup-keys.ts';
import { validateImport } from '../../../server/validate/validate-document.ts';
import type { AtlasDocumentInput } from '../../../server/domain/atlas-document.ts';
import type { BenchContext } from '../harness/bench-context.ts';
import { compare, measure, type Contender } from '../harness/compare.ts';
import type { RatioResult } from '../harness/report.ts';

const DELETE_ENTITIES = cypherFile('bench/delete-entities');
const DELETE_AUDIT_ENTRIES = cypherFile('bench/delete-audit-entries');
const COUNT_GRAPH = cypherFile('bench/count-graph');

/** The bare side's batch: ten times our writer's, as a loader tuned for speed alone would take. */
export const BARE_BATCH = 5000;
const AUTHOR = 'benchmark';

export interface TierFile {
  readonly doc: AtlasDocumentInput;
  readonly file: string;
  /** Records in the file (every section). */
  readonly records: number;
}

export function tierIds(doc: AtlasDocumentInput): string[] {
  return [
    ...(doc.sources ?? []),
    ...(doc.regions ?? []),
    ...(doc.actors ?? []),
    ...(doc.programs ?? []),
    ...(doc.measures ?? []),
  ].map((r) => r.id);
}

/** Takes the tier out: its nodes and relationships, and the benchmark's audit entries. */
export async function removeTier(db: Database, ids: readonly string[]): Promise<void> {
  await db.runBatched(DELETE_ENTITIES, { ids });
  await db.runBatched(DELETE_AUDIT_ENTRIES, { changedBy: AUTHOR });
}

export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read(COUNT_GRAPH);
  return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
}

function ours(db: Database, tier: TierFile, ids: readonly string[]): Contender {
  return {
    label: 'our import',
    before: () => removeTier(db, ids),
    run: async () => {
      const report = await runImport(db, [tier.file], {
        allowDuplicates: true,
        author: { changedBy: AUTHOR, requestId: randomUUID() },
      });
      if (!report.ok)
        throw new Error(`the import refused the tier: ${JSON.stringify(report.errors.slice(0, 3))}`);
    },
  };
}

/** The rows our writer would write for the tier, prepared once (parse, validate: not timed). */
async function bareRows(db: Database, tier: TierFile) {
  const parsed = await loadImportFiles([tier.file]);
  const validated = validateImport(parsed.records, await loadExistingGraph(db, lookupKeys(parsed.records)));
  const classOf = await readActorClasses(
    (statement, params) => db.read(statement, params),
    validated.document,
  );
  return planSteps(validated.document, classOf);
}

function bare(db: Database, steps: Awaited<ReturnType<typeof bareRows>>, ids: readonly string[]): Contender {
  return {
    label: `bare UNWIND … MERGE, ${BARE_BATCH} rows per transaction`,
    before: () => removeTier(db, ids),
    run: async () => {
      for (const step of steps) {
        for (let i = 0; i < step.rows.length; i += BARE_BATCH) {
          const rows = step.rows.slice(i, i + BARE_BATCH);
          await db.writeTransaction((tx) => tx.run(step.statement, { ...step.extra, rows }));
        }
      }
    },
  };
}

/** Ours / bare, `rounds` times each, interleaved; afterwards the database holds the tier as our import wrote it. */
export async function importVsBare(ctx: BenchContext, tier: TierFile): Promise<RatioResult> {
  const ids = tierIds(tier.doc);
  await removeTier(ctx.db, ids);
  const steps = await bareRows(ctx.db, tier);
  const a = ours(ctx.db, tier, ids);
  const b = bare(ctx.db, steps, ids);
  // Like with like: both must leave the same graph behind.
  await b.before!();
  await b.run();
  const bareGraph = await countGraph(ctx.db);
  await a.before!();
  await a.run();
  const ourGraph = await countGraph(ctx.db);
  if (bareGraph.nodes !== ourGraph.nodes || bareGraph.relationships !== ourGraph.relationships) {
    throw new Error(
      `the two imports differ: bare ${JSON.stringify(bareGraph)}, ours ${JSON.stringify(ourGraph)}`,
    );
  }
  const result = await compare({
    key: 'import_vs_bare_unwind',
    what: `importing tier ${ctx.tier} (${tier.records} records: ${ourGraph.nodes} nodes and ${ourGraph.relationships} relationships in the database afterwards, curated data included) / the same rows through a bare batched UNWIND … MERGE`,
    goal: 3,
    rounds: ctx.rounds,
    warmUp: 0, // the like-with-like check above ran both once
    a,
    b,
    progress: (round, aMs, bMs) =>
      ctx.say(`  import round ${round}: ours ${aMs.toFixed(0)} ms, bare ${bMs.toFixed(0)} ms`),
  });
  await a.before!();
  await a.run();
  return result;
}

/**
 * One point of the import's growth: our import of the tier, `rounds` times after `warmUp` (Neo4j plans the
 * statements on their first run); the tier stays in afterwards.
 */
export async function importPoint(ctx: BenchContext, tier: TierFile, rounds: number, warmUp: number) {
  const ids = tierIds(tier.doc);
  const a = ours(ctx.db, tier, ids);
  const timed = await measure(a, rounds, warmUp);
  return { size: tier.records, ...timed };
}
