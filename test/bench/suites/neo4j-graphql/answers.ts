// Reading the two answers, outside the timing: the node ids our side found (the other side is then asked for
// exactly those), and the proof that both fetched the same sub-graph — same nodes, same edges — before any round
// is counted.

/** The one result of an operation (neither side uses @defer or @stream, so an answer is never incremental). */
export function singleResult(
  body: { kind: 'single'; singleResult: unknown } | { kind: 'incremental' },
): unknown {
  if (body.kind !== 'single') throw new Error('an incremental answer, though no side uses @defer or @stream');
  return body.singleResult;
}

/** A sub-graph reduced to what both answers carry: node ids and edges as "source type target". */
export interface SubGraph {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

interface Answer<T> {
  readonly data?: T | null;
  readonly errors?: readonly { readonly message: string }[];
}

/** What went wrong, when an answer carries errors or no data; null for a good answer. */
export function answerProblem(json: string): string | null {
  const answer = JSON.parse(json) as Answer<unknown>;
  if (answer.errors?.length) return answer.errors.map((e) => e.message).join('; ');
  return answer.data ? null : 'no data';
}

function dataOf<T>(side: string, json: string): T {
  const problem = answerProblem(json);
  if (problem !== null) throw new Error(`${side} answered with errors: ${problem}`);
  return (JSON.parse(json) as Answer<T>).data!;
}

interface OurData {
  readonly networkDrawing: {
    readonly nodes: { readonly id: string[] };
    readonly edges: { readonly source: number[]; readonly target: number[]; readonly type: string[] };
    readonly truncated: boolean;
  };
}

/** Our columns: edges refer to their end nodes by index into `nodes.id`. */
export function ourSubGraph(json: string): SubGraph {
  const { nodes, edges, truncated } = dataOf<OurData>('networkDrawing', json).networkDrawing;
  if (truncated) throw new Error('networkDrawing cut the Land short: raise its limit before comparing');
  const key = (i: number) => `${nodes.id[edges.source[i]!]} ${edges.type[i]} ${nodes.id[edges.target[i]!]}`;
  return { nodes: nodes.id, edges: edges.type.map((_type, i) => key(i)) };
}

type TheirEntity = { readonly id: string } & Record<string, unknown>;

interface Connection {
  readonly edges: readonly { readonly node: { readonly id: string } }[];
}

/** Theirs: a list of nodes, each with one connection per relationship type (`memberOfConnection`, …). */
export function theirSubGraph(json: string, fieldOfType: ReadonlyMap<string, string>): SubGraph {
  const { entities } = dataOf<{ entities: TheirEntity[] }>('@neo4j/graphql', json);
  const edges: string[] = [];
  for (const entity of entities) {
    for (const [type, field] of fieldOfType) {
      const connection = entity[`${field}Connection`] as Connection;
      for (const edge of connection.edges) edges.push(`${entity.id} ${type} ${edge.node.id}`);
    }
  }
  return { nodes: entities.map((e) => e.id), edges };
}

/**
 * Throws unless both fetched the same sub-graph: first the counts (the figures a reader checks), then the nodes
 * and edges themselves, compared as sorted lists since neither side promises the other's order.
 */
export function assertSameSubGraph(ours: SubGraph, theirs: SubGraph): void {
  for (const part of ['nodes', 'edges'] as const) {
    if (ours[part].length !== theirs[part].length) {
      throw new Error(
        `not the same sub-graph: ${ours[part].length} ${part} ours, ${theirs[part].length} theirs`,
      );
    }
    const a = [...ours[part]].sort();
    const b = [...theirs[part]].sort();
    const differs = a.findIndex((item, i) => item !== b[i]);
    if (differs >= 0) {
      throw new Error(
        `not the same sub-graph: ${part} differ, e.g. "${a[differs]}" ours, "${b[differs]}" theirs`,
      );
    }
  }
}
