import { cypherFile } from '../../../db/cypher-file.ts';
import type { AtlasContext } from '../../context.ts';

const STATISTICS = cypherFile('queries/statistics');

interface Count {
  readonly name: string;
  readonly count: number;
}

function counts(value: unknown): Count[] {
  if (!Array.isArray(value)) return [];
  return (value as { name: unknown; count: unknown }[]).map((c) => ({
    name: String(c.name),
    count: Number(c.count),
  }));
}

/** Query.statistics: nodes per label, relationships per type, actors per kind. */
export async function statistics(_parent: unknown, _args: unknown, ctx: AtlasContext) {
  const [row] = await ctx.db.read(STATISTICS);
  return {
    labels: counts(row?.labels),
    relationshipTypes: counts(row?.relationshipTypes),
    actorKinds: counts(row?.actorKinds),
  };
}
