import { cypherFile } from '../../../db/cypher-file.ts';
import { asInteger } from '../../../db/integer.ts';
import { AppError } from '../../../errors/app-error.ts';
import { ErrorCode } from '../../../errors/error-codes.ts';
import type { AtlasContext } from '../../context.ts';
import { requireIntInRange } from '../../validate-args.ts';
import { toNetworkEdges, toNetworkNodes } from './model/network-shape.ts';

const PATH = cypherFile('queries/path');

/** The statement's variable-length bound; raising it means editing path.cypher too. */
const MAX_LENGTH = 6;
const MAX_PATHS = 25;

interface PathArgs {
  readonly from: string;
  readonly to: string;
  readonly maxLength?: number | null;
}

/** Query.path: all shortest cooperation/membership paths between two actors, each as nodes and edges. */
export async function path(_parent: unknown, args: PathArgs, ctx: AtlasContext) {
  const maxLength = requireIntInRange('maxLength', args.maxLength ?? 4, 1, MAX_LENGTH);
  if (args.from === args.to) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      'Arguments "from" and "to" must name two different actors.',
      {
        argument: 'to',
      },
    );
  }
  const [row] = await ctx.db.read(PATH, {
    from: args.from,
    to: args.to,
    maxLength: asInteger(maxLength),
    maxPaths: asInteger(MAX_PATHS),
  });
  for (const [argument, found] of [
    ['from', row?.fromFound],
    ['to', row?.toFound],
  ] as const) {
    if (found !== true) {
      throw new AppError(
        ErrorCode.NOT_FOUND,
        `No actor with id ${args[argument]} (argument "${argument}").`,
        {
          argument,
        },
      );
    }
  }
  const paths = Array.isArray(row?.paths) ? (row.paths as Record<string, unknown>[]) : [];
  return paths.map((p) => {
    const edges = toNetworkEdges(p.edges);
    return { length: edges.length, nodes: toNetworkNodes(p.nodes), edges };
  });
}
