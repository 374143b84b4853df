import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherFile } from '../../../server/db/cypher-file.ts';
import type { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { createTestApi, type TestApi } from '../../support/test-api.ts';

describe('Query.health against a real Neo4j', () => {
  let db: Database;
  let api: TestApi;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    // The deployment's details are for admins; anonymous callers get null (test/integration/http/anonymous-disclosure).
    api = await createTestApi(db, { role: 'admin', name: 'test' });
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('reports version, edition, counts and the migration level read from the database', async () => {
    const { data, errors } = await api.query<{ health: Record<string, unknown> }>(
      '{ health { neo4jVersion neo4jEdition nodeCount relationshipCount migrationLevel migrationCount } }',
    );
    expect(errors).toBeUndefined();
    expect(data?.health.neo4jVersion).toMatch(/^5\.\d+\.\d+/);
    expect(['community', 'enterprise']).toContain(data?.health.neo4jEdition);
    expect(data?.health.nodeCount).toBe(0);
    expect(data?.health.migrationLevel).toMatch(/^\d{4}_/);
    expect(data?.health.migrationCount).toBeGreaterThanOrEqual(1);
  });

  it('counts what was written through the real database', async () => {
    await db.write(cypherFile('fixtures/create-pair'), { a: 'health-a', b: 'health-b' });
    const { data } = await api.query<{ health: { nodeCount: number; relationshipCount: number } }>(
      '{ health { nodeCount relationshipCount } }',
    );
    expect(data?.health).toEqual({ nodeCount: 2, relationshipCount: 1 });
  });

  it('answers network() from the same data, and rejects an out-of-range limit with BAD_USER_INPUT', async () => {
    const ok = await api.query<{ network: { nodes: { id: string }[]; edges: { type: string }[] } }>(
      '{ network(limit: 10) { nodes { id } edges { type } } }',
    );
    expect(ok.data?.network.nodes.map((n) => n.id)).toEqual(['health-a', 'health-b']);
    expect(ok.data?.network.edges.map((e) => e.type)).toEqual(['COOPERATES_WITH']);
    const bad = await api.query('{ network(limit: 501) { truncated } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
  });
});
