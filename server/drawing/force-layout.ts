// Positions for a network too large to lay out in the browser: ForceAtlas2 (graphology-layout-forceatlas2) with
// the Barnes–Hut approximation, started from seeded positions so the same network always gets the same picture.
// The iterations run in slices with a yield to the event loop in between, so a layout of thousands of nodes never
// holds up the other requests of the server.
import { UndirectedGraph } from 'graphology';
import forceAtlas2Import from 'graphology-layout-forceatlas2';
import { cjsDefault } from '../analysis/network/cjs-default.ts';
import { seededRandom } from '../analysis/network/seeded-random.ts';

const forceAtlas2 = cjsDefault(forceAtlas2Import);

export interface LayoutOptions {
  /** Total ForceAtlas2 iterations. */
  readonly iterations: number;
  /** Iterations between two yields to the event loop. */
  readonly slice: number;
}

/**
 * About 3 s of work whatever the size (an iteration costs ~10 µs per node on the machines here): 200 iterations up
 * to 1,500 nodes, fewer above, but at least 50 (a national network of 12,000 nodes: ~6 s, once).
 */
export function defaultLayout(count: number): LayoutOptions {
  return { iterations: Math.max(50, Math.min(200, Math.round(300_000 / Math.max(count, 1)))), slice: 1 };
}

/** x and y of node i at 2i and 2i+1. */
export type Positions = Float64Array;

/** Units of room per node (a node is drawn 22 units wide, its label up to 130). */
const ROOM = 70;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lays out `count` nodes tied by `edges` (pairs of node indices; direction, loops and repeats do not matter).
 * Nodes without ties are placed by the same forces (gravity pulls them in), so nothing lands far away.
 */
export async function forceLayout(
  count: number,
  edges: Iterable<readonly [number, number]>,
  options: LayoutOptions = defaultLayout(count),
): Promise<Positions> {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  const random = seededRandom(count);
  const side = Math.sqrt(count) * 10;
  for (let i = 0; i < count; i += 1) {
    graph.addNode(i, { x: random() * side, y: random() * side });
  }
  for (const [a, b] of edges) {
    if (a !== b && a >= 0 && b >= 0 && a < count && b < count) graph.mergeEdge(a, b);
  }
  // Hubs (a Land every actor is placed in, an umbrella organisation) would pull everything into one ball: their
  // attraction is spread over their ties (outbound attraction distribution).
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: count > 500,
    outboundAttractionDistribution: true,
  };
  for (let done = 0; done < options.iterations; done += options.slice) {
    forceAtlas2.assign(graph, { iterations: Math.min(options.slice, options.iterations - done), settings });
    await yieldToEventLoop();
  }
  const positions = new Float64Array(count * 2);
  graph.forEachNode((key, attributes) => {
    const i = Number(key);
    positions[2 * i] = attributes.x as number;
    positions[2 * i + 1] = attributes.y as number;
  });
  return scaleToRoom(positions, ROOM);
}

/**
 * Scales positions about their centre so that each node has about `spacing` × `spacing` units of room: the nodes
 * spread over a disc of area count × spacing², measured by their root-mean-square distance from the centre (for an
 * even spread over a disc of radius R that is R / √2). At zoom 1 neighbours are then far enough apart for labels.
 */
export function scaleToRoom(positions: Positions, spacing: number): Positions {
  const count = positions.length / 2;
  if (count < 2) return positions;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < count; i += 1) {
    cx += positions[2 * i]!;
    cy += positions[2 * i + 1]!;
  }
  cx /= count;
  cy /= count;
  let squares = 0;
  for (let i = 0; i < count; i += 1) {
    squares += (positions[2 * i]! - cx) ** 2 + (positions[2 * i + 1]! - cy) ** 2;
  }
  const rms = Math.sqrt(squares / count);
  if (rms === 0 || !Number.isFinite(rms)) return positions;
  const factor = (spacing * Math.sqrt(count / Math.PI)) / Math.SQRT2 / rms;
  for (let i = 0; i < count; i += 1) {
    positions[2 * i] = Math.round((positions[2 * i]! - cx) * factor * 10) / 10;
    positions[2 * i + 1] = Math.round((positions[2 * i + 1]! - cy) * factor * 10) / 10;
  }
  return positions;
}
