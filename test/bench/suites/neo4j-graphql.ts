// network_ours_vs_neo4j_graphql (issue 11): our network of a whole Land against the same sub-graph fetched
// through @neo4j/graphql, the generic GraphQL-to-Cypher library, on the same database and in the same Node
// process (each side through an in-process Apollo, its answer serialised to JSON as an HTTP server would send it).
// Goal: ours takes at most half the time.
//
// The two queries are not the same question. Ours finds the Land's nodes itself (everything placed in it or its
// sub-regions, by walking PART_OF) and then the edges among them. Theirs is handed the node ids of our answer —
// taken once, outside the timing — and only fetches those nodes and their relationships within that set; our
// region logic is spared it, which can only favour it. Both must return the same nodes and the same edges, which
// is checked before any round is counted. What else differs: ours answers in columns (edges refer to nodes by
// index), theirs as the library shapes it, a node object per node with a connection per relationship type (about
// 2.5 times the JSON); ours names a node's kind by our EntityKind, theirs by its label; ours coalesces a missing
// name and ACTIVE_IN reach, theirs returns the stored values; ours carries each edge's id, theirs none. Ours runs
// through the atlas's Apollo with its limits and cost plugins, theirs through a plain Apollo.
import { compare } from '../harness/compare.ts';
import type { BenchContext, Suite } from '../harness/bench-context.ts';
import type { RatioResult, Result } from '../harness/report.ts';
import {
  answerProblem,
  assertSameSubGraph,
  ourSubGraph,
  theirSubGraph,
  type SubGraph,
} from './neo4j-graphql/answers.ts';
import { LAND, startOurSide, type OurSide } from './neo4j-graphql/our-side.ts';
import { DRAWN_TYPES, fieldOf, startTheirSide, type TheirSide } from './neo4j-graphql/their-side.ts';

const KEY = 'network_ours_vs_neo4j_graphql';
const GOAL = 0.5;

function what(graph: SubGraph | null): string {
  const size = graph ? ` (${graph.nodes.length} nodes, ${graph.edges.length} edges)` : '';
  return `our networkDrawing of ${LAND.name}${size} / the same nodes and edges through @neo4j/graphql`;
}

/**
 * Starts the other side and asks it once. A failure — thrown, or errors in the answer (a Neo4j the library does
 * not support answers so) — means the library cannot run here, and says why.
 */
async function tryTheirSide(
  start: () => Promise<TheirSide>,
  ids: readonly string[],
): Promise<{ side: TheirSide; json: string } | { reason: string }> {
  let side: TheirSide | undefined;
  try {
    side = await start();
    const json = await side.fetch(ids);
    const problem = answerProblem(json);
    if (problem !== null) throw new Error(problem);
    return { side, json };
  } catch (err) {
    await side?.stop().catch(() => undefined);
    return {
      reason: `@neo4j/graphql could not run here: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
}

/** Proves both sides fetch the same sub-graph, then times them side by side. */
async function race(
  ctx: BenchContext,
  ours: OurSide,
  ourGraph: SubGraph,
  theirs: { side: TheirSide; json: string },
): Promise<RatioResult> {
  const fields = new Map(DRAWN_TYPES.map((type) => [type, fieldOf(type)]));
  assertSameSubGraph(ourGraph, theirSubGraph(theirs.json, fields));
  ctx.say(`${KEY}: ${ourGraph.nodes.length} nodes, ${ourGraph.edges.length} edges on both sides`);
  return compare({
    key: KEY,
    what: what(ourGraph),
    goal: GOAL,
    rounds: ctx.rounds,
    a: { label: 'ours (networkDrawing)', run: () => ours.fetch() },
    b: { label: '@neo4j/graphql', run: () => theirs.side.fetch(ourGraph.nodes) },
    progress: (round, aMs, bMs) =>
      ctx.say(`${KEY} round ${round}/${ctx.rounds}: ours ${aMs.toFixed(0)} ms, theirs ${bMs.toFixed(0)} ms`),
  });
}

export const neo4jGraphqlSuite: Suite = async (ctx): Promise<Result[]> => {
  const ours = await startOurSide(ctx.db, ctx.say);
  try {
    const ourGraph = ourSubGraph(await ours.fetch());
    const theirs = await tryTheirSide(() => startTheirSide(ctx.connection), ourGraph.nodes);
    if ('reason' in theirs) return [{ kind: 'skipped', key: KEY, what: what(null), reason: theirs.reason }];
    try {
      return [await race(ctx, ours, ourGraph, theirs)];
    } finally {
      await theirs.side.stop();
    }
  } finally {
    await ours.stop();
  }
};
