// What an anonymous caller learns about the machinery behind the atlas: counts and the atlas's version, but not
// the database's software (its version and edition) nor its schema's migration ids — those are for admins. And
// when the database fails, neither its address nor file paths nor stack traces reach the caller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../server/db/database.ts';
import { connectTestDatabase, resetDatabase, testConnection } from '../../support/test-neo4j.ts';
import { post } from './http-client.ts';
import { ADMIN_TOKEN, startRoutesServer, type RoutesServer } from './routes-server.ts';

const HEALTH =
  '{ health { neo4jVersion neo4jEdition migrationLevel migrationCount nodeCount relationshipCount atlasVersion } }';

interface Health {
  neo4jVersion: string | null;
  neo4jEdition: string | null;
  migrationLevel: string | null;
  migrationCount: number;
  nodeCount: number;
  relationshipCount: number;
  atlasVersion: string;
}

describe('Query.health tells an anonymous caller nothing about the database software', () => {
  let db: Database;
  let server: RoutesServer;
  const endpoint = () => `${server.url}graphql`;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    server = await startRoutesServer(db);
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it('an admin gets the Neo4j version and edition and the newest migration id', async () => {
    const admin = await post(endpoint(), HEALTH, {}, { authorization: `Bearer ${ADMIN_TOKEN}` });
    expect(admin.body.errors).toBeUndefined();
    const health = admin.body.data?.health as Health;
    expect(health.neo4jVersion).toMatch(/^5\.\d+\.\d+/);
    expect(['community', 'enterprise']).toContain(health.neo4jEdition);
    expect(health.migrationLevel).toMatch(/^\d{4}_/);
  });

  it('an anonymous caller gets null for them, and the counts and the atlas version as an admin does', async () => {
    const admin = (await post(endpoint(), HEALTH, {}, { authorization: `Bearer ${ADMIN_TOKEN}` })).body.data
      ?.health as Health;
    const response = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: HEALTH }),
    });
    const text = await response.text();
    const { data, errors } = JSON.parse(text) as { data: { health: Health }; errors?: unknown };
    expect(errors).toBeUndefined();
    expect(data.health).toEqual({
      ...admin,
      neo4jVersion: null,
      neo4jEdition: null,
      migrationLevel: null,
    });
    expect(data.health.migrationCount).toBeGreaterThanOrEqual(1);
    // Not under another name either.
    expect(text).not.toContain(admin.neo4jVersion!);
    expect(text).not.toContain(admin.migrationLevel!);
  });
});

describe('errors an anonymous caller sees when the database fails', () => {
  let db: Database;
  let server: RoutesServer;
  const connection = testConnection();
  const host = new URL(connection.uri).host;

  beforeAll(async () => {
    db = await Database.connect(connection);
    server = await startRoutesServer(db);
    // The driver closed under the server: every statement now fails inside the driver.
    await db.close();
  });
  afterAll(() => server?.stop());

  const asText = async (response: Promise<Response>) => (await response).text();
  it.each([
    [
      'a GraphQL read',
      () =>
        asText(
          fetch(`${server.url}graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: HEALTH }),
          }),
        ),
    ],
    ['an export', () => asText(fetch(`${server.url}export/atlas.json`))],
  ])('%s fails without the database address, file paths or a stack trace', async (_name, request) => {
    const text = await request();
    expect(text).toMatch(/INTERNAL_SERVER_ERROR|DATABASE_UNAVAILABLE|DATABASE_ERROR/);
    expect(text).not.toContain(host);
    expect(text).not.toContain(connection.uri);
    expect(text).not.toMatch(/\/(work|tmp|home|root|usr)\//);
    expect(text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
    expect(text).not.toContain('stacktrace');
  });
});
