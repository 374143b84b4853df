import { cypherFile } from '../../../db/cypher-file.ts';
import type { AtlasContext } from '../../context.ts';
import { toEntityRecords } from './model/entity-record.ts';

const TOPICS = cypherFile('queries/topics');

/** Query.topics: the whole (small) vocabulary of topics, optionally only the cross-cutting ones or the others. */
export async function topics(_parent: unknown, args: { crossCutting?: boolean | null }, ctx: AtlasContext) {
  const rows = await ctx.db.read(TOPICS, { crossCutting: args.crossCutting ?? null });
  return toEntityRecords(rows.map((row) => row.topic));
}
