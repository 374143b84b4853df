// ATLAS_SERVER_TIMING: GraphQL answers say how many Cypher statements the request ran and how long they took
// (the benchmark's "statements per read operation"); off by default, since anonymous readers need not know.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import { baseDocument } from '../analysis/network-fixture.ts';
import { importDocument } from '../graphql/write/support/small-atlas.ts';
import { resetDatabase } from '../../support/test-neo4j.ts';
import { startTestServer } from '../../support/test-server.ts';

async function timingOf(atlas: AtlasHandle, query: string): Promise<string | null> {
  const res = await fetch(`${atlas.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  await res.text();
  return res.headers.get('server-timing');
}

function statements(header: string | null): number {
  const match = /^cypher;dur=(\d+(?:\.\d)?);desc="(\d+) statements?"$/.exec(header ?? '');
  if (!match) throw new Error(`not a Server-Timing entry of ours: ${header}`);
  return Number(match[2]);
}

describe('Server-Timing header', () => {
  let timed: AtlasHandle;
  let plain: AtlasHandle;
  beforeAll(async () => {
    [timed, plain] = await Promise.all([startTestServer({ ATLAS_SERVER_TIMING: 'true' }), startTestServer()]);
    await resetDatabase(timed.db);
    await importDocument(timed.db, baseDocument());
  });
  afterAll(async () => {
    await timed?.stop();
    await plain?.stop();
  });

  it('counts the statements of a request: one per root field that reads, none for a refused query', async () => {
    expect(statements(await timingOf(timed, '{ statistics { labels { name count } } }'))).toBe(1);
    expect(
      statements(
        await timingOf(timed, '{ a: statistics { labels { name count } } b: topic(id: "x") { id } }'),
      ),
    ).toBe(2);
    expect(statements(await timingOf(timed, '{ noSuchField }'))).toBe(0);
  });

  it('is not sent unless the operator asks for it', async () => {
    expect(await timingOf(plain, '{ statistics { labels { name count } } }')).toBeNull();
  });
});
