import { cypherFile, type CypherStatement } from '../../../db/cypher-file.ts';
import { asInteger } from '../../../db/integer.ts';
import { AppError } from '../../../errors/app-error.ts';
import { ErrorCode } from '../../../errors/error-codes.ts';
import type { AtlasContext } from '../../context.ts';
import { requireIntInRange } from '../../validate-args.ts';
import { ENTITY_LABELS, type KindLabel } from '../../../domain/node-kinds.ts';
import { toNetworkEdges, toNetworkNodes, type NetworkEdge, type NetworkNode } from './model/network-shape.ts';
import { READABLE_RELATIONSHIP_TYPES } from '../../../domain/relationship-types.ts';

const WHOLE_GRAPH = cypherFile('queries/network');
const NEIGHBOURHOOD = cypherFile('queries/network-neighbourhood');

const MAX_FOCUS = 50;
/** `network`'s most nodes: an answer of objects, for reading. */
export const MAX_NETWORK_LIMIT = 500;

export interface NetworkArgs {
  readonly focus?: readonly string[] | null;
  readonly region?: string | null;
  readonly depth?: number | null;
  /** Labels: the EntityKind enum's internal values. */
  readonly kinds?: readonly KindLabel[] | null;
  readonly relationshipTypes?: readonly string[] | null;
  readonly activeAt?: string | null;
  readonly statedOnly?: boolean | null;
  readonly limit: number;
}

function badInput(argument: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { argument });
}

export interface FoundNetwork {
  readonly nodes: NetworkNode[];
  readonly edges: NetworkEdge[];
  readonly truncated: boolean;
}

/** Query.network: see readNetwork. */
export function network(_parent: unknown, args: NetworkArgs, ctx: AtlasContext): Promise<FoundNetwork> {
  return readNetwork(args, ctx, MAX_NETWORK_LIMIT);
}

/** The statement a network read runs, with its parameters: what `readNetwork` runs, and the benchmark too. */
export interface NetworkRead {
  readonly statement: CypherStatement;
  readonly params: Record<string, unknown>;
  /** The region asked for, if any (for the error when it does not exist). */
  readonly region: string | null;
}

/** Checks the arguments and chooses the statement: the whole graph, or a neighbourhood of focus or region. */
export function planNetworkRead(args: NetworkArgs, maxTraversalDepth: number, maxLimit: number): NetworkRead {
  const limit = requireIntInRange('limit', args.limit, 1, maxLimit);
  const focus = args.focus ? [...new Set(args.focus)] : null;
  const region = args.region ?? null;
  if (focus && region !== null) throw badInput('region', 'Give either "focus" or "region", not both.');
  if (focus && (focus.length === 0 || focus.length > MAX_FOCUS)) {
    throw badInput('focus', `Argument "focus" must hold 1 to ${MAX_FOCUS} ids.`);
  }
  const labels = args.kinds ?? ENTITY_LABELS.filter((label) => label !== 'Source');
  const types =
    args.relationshipTypes ?? READABLE_RELATIONSHIP_TYPES.filter((type) => type !== 'SOURCED_FROM');
  const activeAt = args.activeAt ?? null;
  const statedOnly = args.statedOnly ?? false;

  if (!focus && region === null) {
    if (args.depth !== null && args.depth !== undefined) {
      throw badInput('depth', 'Argument "depth" needs "focus" or "region" to start from.');
    }
    return {
      statement: WHOLE_GRAPH,
      params: { labels, types, statedOnly, activeAt, limit: asInteger(limit) },
      region: null,
    };
  }
  const minDepth = focus ? 1 : 0;
  const depth = requireIntInRange('depth', args.depth ?? minDepth, minDepth, maxTraversalDepth);
  return {
    statement: NEIGHBOURHOOD,
    params: {
      focus,
      region,
      depth: asInteger(depth),
      labels,
      types,
      statedOnly,
      activeAt,
      limit: asInteger(limit),
      cap: asInteger(limit + 1),
    },
    region,
  };
}

/**
 * The sub-graph of `network` and `networkDrawing`, in one statement per call — the whole graph, or the
 * neighbourhood of focus nodes or of what is placed in a region. Sources and SOURCED_FROM are left out unless
 * asked for: every node cites a source, so they would tie everything to everything.
 */
export async function readNetwork(
  args: NetworkArgs,
  ctx: AtlasContext,
  maxLimit: number,
): Promise<FoundNetwork> {
  const read = planNetworkRead(args, ctx.limits.maxTraversalDepth, maxLimit);
  const [row] = await ctx.db.read(read.statement, read.params);
  const missing = Array.isArray(row?.missing) ? (row.missing as unknown[]).map(String) : [];
  if (missing.length > 0) {
    throw new AppError(ErrorCode.NOT_FOUND, `No entity with id ${missing.join(', ')} to focus on.`, {
      argument: 'focus',
      ids: missing,
    });
  }
  if (row?.regionFound === false) {
    throw new AppError(ErrorCode.NOT_FOUND, `No region with id ${read.region}.`, { argument: 'region' });
  }
  return {
    nodes: toNetworkNodes(row?.nodes),
    edges: toNetworkEdges(row?.edges),
    truncated: row?.truncated === true,
  };
}
