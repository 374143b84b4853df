import { cypherFile } from '../../db/cypher-file.ts';
import { ATLAS_VERSION } from '../../config/version.ts';
import type { AtlasContext } from '../context.ts';

const HEALTH = cypherFile('queries/health');

interface HealthRow {
  version: string;
  edition: string;
  nodes: number;
  relationships: number;
  migrationLevel: string | null;
  migrationCount: number;
}

export async function health(_parent: unknown, _args: unknown, ctx: AtlasContext) {
  const [row] = (await ctx.db.read(HEALTH)) as unknown as HealthRow[];
  if (!row) throw new Error('dbms.components() returned no Neo4j Kernel row');
  return {
    neo4jVersion: row.version,
    neo4jEdition: row.edition,
    nodeCount: row.nodes,
    relationshipCount: row.relationships,
    migrationLevel: row.migrationLevel,
    migrationCount: row.migrationCount,
    atlasVersion: ATLAS_VERSION,
  };
}
