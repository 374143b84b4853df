// Query.networkDrawing: `network`'s sub-graph in columns, up to 20,000 nodes, laid out by the server above
// SERVER_LAYOUT_FROM nodes (the positions are computed only when `x` or `y` is asked for, and kept by shape).
import { layoutOf } from '../../../drawing/layout-cache.ts';
import type { Positions } from '../../../drawing/force-layout.ts';
import type { AtlasContext } from '../../context.ts';
import { edgeColumns, nodeColumns, type EdgeColumns, type NodeColumns } from './model/network-columns.ts';
import { readNetwork, type NetworkArgs } from './network.ts';

/** A whole country (the benchmark's national tier has 12,000 nodes) fits. */
export const MAX_DRAWING_LIMIT = 20_000;

/**
 * From here on the browser's layouts take seconds on the main thread (fCoSE on 1,000 nodes: ~2 s in headless
 * Chromium on 2 CPUs), while ForceAtlas2 on the server takes about as long once and is then kept.
 */
export const SERVER_LAYOUT_FROM = 1000;

interface DrawingNodes extends NodeColumns {
  /** The layout, computed on first use. */
  readonly positions: () => Promise<Positions | null>;
}

export async function networkDrawing(_parent: unknown, args: NetworkArgs, ctx: AtlasContext) {
  const found = await readNetwork(args, ctx, MAX_DRAWING_LIMIT);
  const nodes = nodeColumns(found.nodes);
  const edges = edgeColumns(found.edges, nodes.id);
  const positioned = nodes.id.length > SERVER_LAYOUT_FROM;
  let layout: Promise<Positions | null> | undefined;
  const positions = () => {
    layout ??= positioned
      ? ctx.deadline.race(layoutOf(nodes.id, edges.source, edges.target))
      : Promise.resolve(null);
    return layout;
  };
  return {
    nodes: { ...nodes, positions } satisfies DrawingNodes,
    edges: edges satisfies EdgeColumns,
    truncated: found.truncated,
    positioned,
    serverLayoutFrom: SERVER_LAYOUT_FROM,
  };
}

function coordinates(offset: 0 | 1) {
  return async (parent: DrawingNodes): Promise<number[] | null> => {
    const positions = await parent.positions();
    if (positions === null) return null;
    const values = new Array<number>(positions.length / 2);
    for (let i = 0; i < values.length; i += 1) values[i] = positions[2 * i + offset]!;
    return values;
  };
}

/** The field resolvers of NodeColumns that are not plain properties. */
export const NODE_COLUMNS_RESOLVERS = { x: coordinates(0), y: coordinates(1) };
