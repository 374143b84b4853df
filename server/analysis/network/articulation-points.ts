// Articulation points (cut vertices) with what their removal cuts off. graphology has connected components but no
// biconnectivity, so this is Tarjan's low-point algorithm (Hopcroft–Tarjan 1973), iterative so that a long chain of
// actors cannot overflow the stack. One depth-first pass, O(n + m).
import type { UndirectedGraph } from 'graphology';

export interface ArticulationPoint {
  readonly node: string;
  /** How many pieces the node's component falls into without it. */
  readonly piecesAfter: number;
  /** Nodes no longer connected to the largest remaining piece: all pieces but the largest, summed. */
  readonly nodesCutOff: number;
}

interface Frame {
  readonly node: string;
  readonly neighbours: readonly string[];
  next: number;
}

/** Every articulation point of an undirected graph, in the order the search finishes them. */
export function articulationPoints(graph: UndirectedGraph): ArticulationPoint[] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const size = new Map<string, number>();
  const parent = new Map<string, string | null>();
  /** Per node: sizes of the child subtrees that hang on it alone (low[child] >= order[node]). */
  const separated = new Map<string, number[]>();
  const found: ArticulationPoint[] = [];
  let counter = 0;

  graph.forEachNode((root) => {
    if (order.has(root)) return;
    const rootStart = counter;
    const stack: Frame[] = [];
    const enter = (node: string, from: string | null) => {
      order.set(node, counter);
      low.set(node, counter);
      counter += 1;
      size.set(node, 1);
      parent.set(node, from);
      separated.set(node, []);
      stack.push({ node, neighbours: graph.neighbors(node), next: 0 });
    };
    enter(root, null);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next < frame.neighbours.length) {
        const next = frame.neighbours[frame.next]!;
        frame.next += 1;
        if (!order.has(next)) enter(next, frame.node);
        else if (next !== parent.get(frame.node)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, order.get(next)!));
        }
        continue;
      }
      stack.pop();
      const from = parent.get(frame.node);
      if (from === null || from === undefined) continue;
      low.set(from, Math.min(low.get(from)!, low.get(frame.node)!));
      size.set(from, size.get(from)! + size.get(frame.node)!);
      if (low.get(frame.node)! >= order.get(from)!) separated.get(from)!.push(size.get(frame.node)!);
    }
    const componentSize = counter - rootStart;
    // The search order within this component: every node entered since rootStart.
    for (const [node, pieces] of separated) {
      const isRoot = node === root;
      if (order.get(node)! < rootStart) continue;
      // The root cuts only when it has two or more children; any other node when one child hangs on it alone.
      if (isRoot ? pieces.length < 2 : pieces.length < 1) continue;
      const rest = componentSize - 1 - pieces.reduce((sum, piece) => sum + piece, 0);
      const all = rest > 0 ? [...pieces, rest] : pieces;
      const largest = Math.max(...all);
      found.push({
        node,
        piecesAfter: all.length,
        nodesCutOff: all.reduce((sum, piece) => sum + piece, 0) - largest,
      });
    }
    for (const node of [...separated.keys()]) if (order.get(node)! >= rootStart) separated.delete(node);
  });
  return found;
}
