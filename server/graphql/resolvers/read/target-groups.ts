import { cypherFile } from '../../../db/cypher-file.ts';
import type { AtlasContext } from '../../context.ts';
import { toEntityRecords } from './model/entity-record.ts';

const TARGET_GROUPS = cypherFile('queries/target-groups');

/** Query.targetGroups: the whole (small) vocabulary of target groups. */
export async function targetGroups(_parent: unknown, _args: unknown, ctx: AtlasContext) {
  const rows = await ctx.db.read(TARGET_GROUPS);
  return toEntityRecords(rows.map((row) => row.targetGroup));
}
