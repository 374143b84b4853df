import { cypherFile } from '../../../db/cypher-file.ts';
import { asInteger } from '../../../db/integer.ts';
import type { AtlasContext } from '../../context.ts';
import { requireIntInRange } from '../../validate-args.ts';

const NETWORK = cypherFile('queries/network');

interface NetworkRow {
  nodes: { id: string; name: string; labels: string[] }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    role: string | null;
    kind: string | null;
  }[];
  total: number;
}

export async function network(_parent: unknown, args: { limit: number }, ctx: AtlasContext) {
  const limit = requireIntInRange('limit', args.limit, 1, 500);
  const [row] = (await ctx.db.read(NETWORK, { limit: asInteger(limit) })) as unknown as NetworkRow[];
  if (!row) return { nodes: [], edges: [], truncated: false };
  return { nodes: row.nodes, edges: row.edges, truncated: row.total > row.nodes.length };
}
