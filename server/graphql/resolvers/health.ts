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

/**
 * Counts and the atlas' version for everyone; what names the database's software and schema (the Neo4j version
 * and edition, the newest migration's id) only for an admin: to anyone else it would say which published
 * weaknesses to try, and nobody else needs it.
 */
export async function health(_parent: unknown, _args: unknown, ctx: AtlasContext) {
  const [row] = (await ctx.db.read(HEALTH)) as unknown as HealthRow[];
  if (!row) throw new Error('dbms.components() returned no Neo4j Kernel row');
  const admin = ctx.viewer.role === 'admin';
  return {
    neo4jVersion: admin ? row.version : null,
    neo4jEdition: admin ? row.edition : null,
    nodeCount: row.nodes,
    relationshipCount: row.relationships,
    migrationLevel: admin ? row.migrationLevel : null,
    migrationCount: row.migrationCount,
    atlasVersion: ATLAS_VERSION,
  };
}
