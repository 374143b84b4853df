// The start-up warm-up asks the server the explorer's first questions over HTTP, so the analyses are planned and
// cached before a person asks: afterwards the same question is a cache hit. It stops when the server stops.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analysisCache } from '../../../server/analysis/analysis-cache.ts';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import { WARM_UP_QUERIES, warmUp } from '../../../server/app/warm-up.ts';
import { createLogger } from '../../../server/logging/logger.ts';
import { baseDocument } from '../analysis/network-fixture.ts';
import { importDocument } from '../graphql/write/support/small-atlas.ts';
import { resetDatabase } from '../../support/test-neo4j.ts';
import { startTestServer } from '../../support/test-server.ts';

const TODAY = '2026-11-30';

function capture() {
  const lines: string[] = [];
  return { lines, log: createLogger('info', (line) => lines.push(line)) };
}

async function post(atlas: AtlasHandle, query: string) {
  const res = await fetch(`${atlas.url}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: unknown; errors?: unknown[] };
}

describe('warm-up after start', () => {
  let atlas: AtlasHandle;
  beforeAll(async () => {
    atlas = await startTestServer();
    await resetDatabase(atlas.db);
    await importDocument(atlas.db, baseDocument());
  });
  afterAll(() => atlas?.stop());

  it('answers every warm-up question, and the explorer’s first question is then served from the cache', async () => {
    const { lines, log } = capture();
    const result = await warmUp(`${atlas.url}graphql`, log, new AbortController().signal, TODAY);
    expect(result).toMatchObject({ answered: WARM_UP_QUERIES.length + 1, failed: 0 });
    expect(lines.some((line) => line.includes('"warm-up done"'))).toBe(true);

    const before = analysisCache.stats();
    const answer = await post(atlas, `{ overlaps(at: "${TODAY}", first: 1) { score reasons } }`);
    expect(answer.errors).toBeUndefined();
    const after = analysisCache.stats();
    expect(after.misses).toBe(before.misses);
    expect(after.hits).toBeGreaterThan(before.hits);
  });

  it('asks the per-region questions about a Kreis of the database and its Land', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    let seen: string[] = [];
    try {
      await warmUp(`${atlas.url}graphql`, capture().log, new AbortController().signal, TODAY);
      seen = spy.mock.calls.map(([, init]) => (typeof init?.body === 'string' ? init.body : ''));
    } finally {
      spy.mockRestore();
    }
    const variables = seen.slice(1).map((body) => (JSON.parse(body) as { variables: unknown }).variables);
    expect(new Set(variables.map((v) => JSON.stringify(v)))).toEqual(
      new Set([JSON.stringify({ at: TODAY, kreis: 'kreis-a', land: 'de-06' })]),
    );
  });

  it('sends nothing once the server is stopping', async () => {
    const stopping = new AbortController();
    stopping.abort();
    const result = await warmUp(`${atlas.url}graphql`, capture().log, stopping.signal, TODAY);
    expect(result.answered).toBe(0);
  });
});

describe('a server started with the warm-up on', () => {
  it('stops at once, even while warming up', async () => {
    const atlas = await startTestServer({ ATLAS_WARM_UP: 'true' });
    await expect(atlas.stop()).resolves.toBeUndefined();
  });
});
