// SIGTERM / SIGINT while requests are under way (server/app/serve.ts, server/app/drain-http.ts): the server stops
// listening at once, lets the requests in flight finish within ATLAS_SHUTDOWN_GRACE_MS, answers requests that
// still arrive on open connections with 503 SHUTTING_DOWN, closes what is left after the grace and exits; a
// second signal exits at once. Each test runs the real `npm start` process (spawnAtlas) against the test Neo4j.
// The requests are written by hand on raw sockets, so "in flight at the signal" is a fact, not a race: the server
// has answered `100 Continue` (it has the request) and is still waiting for the rest of the body.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { connectRaw, graphqlPostHead } from '../../support/raw-http.ts';
import { spawnAtlas, type SpawnedAtlas } from '../../support/spawn-atlas.ts';
import { testServerEnv } from '../../support/test-neo4j.ts';

const QUERY = JSON.stringify({ query: '{ health { migrationCount } }' });

function start(env: NodeJS.ProcessEnv): SpawnedAtlas {
  // A request may hang far longer than any test here: only the grace (or a second signal) can end it.
  return spawnAtlas({ ...process.env, ...testServerEnv({ ATLAS_REQUEST_TIMEOUT_MS: '600000', ...env }) });
}

async function readyPort(atlas: SpawnedAtlas): Promise<number> {
  const [, url = ''] = await atlas.waitFor(/ready at (http:\/\/\S+?)\/? /);
  return Number(new URL(url).port);
}

/** A POST /graphql the server has received up to the middle of its body. */
async function halfSentRequest(port: number) {
  const connection = await connectRaw(port);
  connection.send(graphqlPostHead(Buffer.byteLength(QUERY)));
  await connection.waitFor('HTTP/1.1 100 Continue');
  connection.send(QUERY.slice(0, 10));
  return { ...connection, sendRest: () => connection.send(QUERY.slice(10)) };
}

function refused(port: number): Promise<string> {
  return connectRaw(port).then(
    (c) => {
      c.socket.destroy();
      return 'accepted';
    },
    (err: NodeJS.ErrnoException) => err.code ?? String(err),
  );
}

describe('stopping under load', () => {
  it('lets the request in flight finish, refuses new connections, answers late requests 503 and exits 0', async () => {
    const atlas = start({ ATLAS_SHUTDOWN_GRACE_MS: '20000' });
    const port = await readyPort(atlas);
    const inFlight = await halfSentRequest(port);
    // A kept-alive connection: one request answered, the next one's head begun when the signal comes.
    const kept = await connectRaw(port);
    kept.send('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    expect((await kept.nextResponse()).status).toBe(200);
    kept.send('GET /healthz HTTP/1.1\r\n');

    const signalled = Date.now();
    atlas.child.kill('SIGTERM');
    await atlas.waitFor(/Stopping \(SIGTERM\)/);
    expect(await refused(port)).toBe('ECONNREFUSED');

    kept.send('Host: localhost\r\n\r\n');
    const late = await kept.nextResponse();
    expect(late.status).toBe(503);
    expect(late.headers.connection).toBe('close');
    expect(JSON.parse(late.body)).toMatchObject({
      errors: [{ extensions: { code: ErrorCode.SHUTTING_DOWN } }],
    });

    inFlight.sendRest();
    const answer = await inFlight.nextResponse();
    expect(answer.status).toBe(200);
    expect(answer.headers.connection).toBe('close');
    const { data } = JSON.parse(answer.body) as { data?: { health?: { migrationCount?: unknown } } };
    expect(typeof data?.health?.migrationCount).toBe('number');
    await inFlight.closed;

    expect(await atlas.exited).toBe(0);
    expect(atlas.output()).toContain('Stopped.');
    console.log(
      `exit ${Date.now() - signalled} ms after SIGTERM (in-flight request completed, grace 20000 ms)`,
    );
  });

  it('does not wait past the grace for a request that never completes', async () => {
    const atlas = start({ ATLAS_SHUTDOWN_GRACE_MS: '1500' });
    const port = await readyPort(atlas);
    const hanging = await halfSentRequest(port);

    const signalled = Date.now();
    atlas.child.kill('SIGTERM');
    // Bounded by the test's timeout (60 s), far below ATLAS_REQUEST_TIMEOUT_MS (600 s): only the grace ends it.
    await hanging.closed;
    const cutAfter = Date.now() - signalled;
    expect(await atlas.exited).toBe(0);
    expect(atlas.output()).toContain('Stopped.');
    console.log(
      `hanging request cut ${cutAfter} ms, exit ${Date.now() - signalled} ms after SIGTERM (grace 1500 ms)`,
    );
  });

  it('exits at once, non-zero, on a second signal even with a request hanging and a long grace', async () => {
    const atlas = start({ ATLAS_SHUTDOWN_GRACE_MS: '300000' });
    const port = await readyPort(atlas);
    const hanging = await halfSentRequest(port);

    atlas.child.kill('SIGTERM');
    await atlas.waitFor(/Stopping \(SIGTERM\)/);
    const second = Date.now();
    atlas.child.kill('SIGINT');
    // Bounded by the test's timeout (30 s), far below the grace (300 s).
    expect(await atlas.exited).toBe(130);
    await hanging.closed;
    expect(atlas.output()).not.toContain('Stopped.');
    console.log(`exit ${Date.now() - second} ms after the second signal`);
  }, 30_000);
});
