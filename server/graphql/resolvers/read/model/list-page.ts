// What every paged list shares: checking `first` and `after`, the parameters of the keyset, and turning the one
// row a list statement returns ({totalCount, page}) into a connection. A statement returns up to `take` =
// first + 1 nodes, so the extra one tells whether another page follows without a second query.
import type { Row } from '../../../../db/database.ts';
import { asInteger } from '../../../../db/integer.ts';
import type { AtlasContext } from '../../../context.ts';
import { requireIntInRange } from '../../../validate-args.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { stringOrNull, toEntityRecords, type EntityRecord } from './entity-record.ts';

export type ListOrder = 'NAME' | 'ID' | 'LAST_VERIFIED';

export interface PageArgs {
  readonly orderBy?: ListOrder | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

export interface Connection {
  readonly totalCount: number;
  readonly nodes: EntityRecord[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
}

const DEFAULT_PAGE_SIZE = 20;

/** The statement parameters of a page: $order, $afterKey, $afterId, $take. */
export function pageParams(args: PageArgs, ctx: AtlasContext) {
  const order = args.orderBy ?? 'NAME';
  const first = requireIntInRange('first', args.first ?? DEFAULT_PAGE_SIZE, 1, ctx.limits.maxPageSize);
  const after = args.after === null || args.after === undefined ? null : decodeCursor(order, args.after);
  return {
    first,
    params: {
      order,
      afterKey: after?.sortKey ?? null,
      afterId: after?.id ?? null,
      take: asInteger(first + 1),
    },
  };
}

export function toConnection(rows: readonly Row[], order: ListOrder, first: number): Connection {
  const row = rows[0];
  const found = toEntityRecords(row?.page);
  const nodes = found.slice(0, first);
  const last = nodes.at(-1);
  return {
    totalCount: typeof row?.totalCount === 'number' ? row.totalCount : 0,
    nodes,
    pageInfo: {
      hasNextPage: found.length > first,
      endCursor: last
        ? encodeCursor(order, { sortKey: stringOrNull(last.sortKey) ?? '', id: last.id })
        : null,
    },
  };
}
