// Slow clients and crowds of connections, over raw sockets against the real HTTP server with small settings.
// Each slow client here would finish its request by itself after SLOW_CLIENT_GIVES_UP_MS — far later than the
// configured timeouts, far sooner than Node's own 30 s check interval — so each test tells "the server cut it off"
// from "the client got through" by what happened, not by a clock.
import type http from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer, listen } from '../../../server/http/http-server.ts';
import { createLiveHandler } from '../../../server/http/live-handler.ts';
import { readBody } from '../../../server/http/read-body.ts';
import { createLogger } from '../../../server/logging/logger.ts';
import { headerOf, RawConnection, type RawAnswer } from './raw-socket.ts';

const SETTINGS = { headersTimeoutMs: 300, requestTimeoutMs: 600, maxConnections: 1_000 };
/** How long a slow client keeps at it before it sends the rest of its request. */
const SLOW_CLIENT_GIVES_UP_MS = 8_000;
const TRICKLE_EVERY_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Answers with the number of body bytes it read: a handler that waits for the whole body, as /graphql does. */
function echoLength(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  return readBody(req, 1_000_000).then((body) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ bytes: body.length }));
  });
}

async function startServer(settings: typeof SETTINGS) {
  const live = createLiveHandler();
  const logged: string[] = [];
  const server = createHttpServer(
    { graphql: echoLength, explorer: live, exports: live, static: live, live },
    createLogger('info', (line) => logged.push(line)),
    settings,
  );
  const port = await listen(server, '127.0.0.1', 0);
  return {
    server,
    port,
    logged,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Sends `head` at once, then `trickle()` every TRICKLE_EVERY_MS until the server closes the connection or the
 * client gives up and sends `rest()`, which completes the request. `finished` tells whether it got to send the rest.
 */
async function slowClient(
  port: number,
  head: string,
  trickle: () => string,
  rest: () => string,
): Promise<{ answer: RawAnswer; finished: boolean; connection: RawConnection }> {
  const connection = await RawConnection.open(port);
  connection.write(head);
  const givesUpAt = Date.now() + SLOW_CLIENT_GIVES_UP_MS;
  let finished = false;
  const sending = (async () => {
    while (!connection.closed && Date.now() < givesUpAt) {
      await sleep(TRICKLE_EVERY_MS);
      const bytes = trickle();
      if (bytes !== '') connection.write(bytes);
    }
    finished = connection.write(rest());
  })();
  const answer = await connection.nextAnswer();
  await connection.untilClosed();
  await sending;
  connection.close();
  return { answer, finished, connection };
}

describe('slow clients are cut off at the configured timeouts', () => {
  let server: Awaited<ReturnType<typeof startServer>>;

  // A server per test: Node's own check (every 30 s from the server's start) must not fall inside a test either.
  beforeEach(async () => {
    server = await startServer(SETTINGS);
  });
  afterEach(() => server?.stop());

  it.each([
    {
      name: 'sends one header line now and then, never the end of its headers',
      trickle: () => 'X-Slow: a\r\n',
    },
    { name: 'sends half its headers, then nothing', trickle: () => '' },
  ])('a client that $name gets 408 and is closed', async ({ trickle }) => {
    const slow = slowClient(server.port, 'GET /healthz HTTP/1.1\r\nHost: x\r\n', trickle, () => '\r\n');
    const { answer, finished } = await slow;
    expect(finished).toBe(false);
    expect(answer.status).toBe(408);
    expect(headerOf(answer, 'x-content-type-options')).toBe('nosniff');
  });

  it('a client that sends its body a byte now and then gets 408 and is closed before it is done', async () => {
    const length = 100;
    let sent = 0;
    const { answer, finished } = await slowClient(
      server.port,
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`,
      () => {
        if (sent >= length - 1) return '';
        sent += 1;
        return ' ';
      },
      // Given up waiting: the rest of the body at once, and the request is complete.
      () => ' '.repeat(length - sent),
    );
    expect(finished).toBe(false);
    expect(answer.status).toBe(408);
    // The handler that was reading the body learns of it too: an abandoned request, not a server fault.
    await expect.poll(() => server.logged.join('\n')).toContain('request abandoned before its body arrived');
    expect(server.logged.filter((line) => line.includes('"error"'))).toEqual([]);
  });

  it('keeps answering other clients while slow ones hold their connections', async () => {
    const slow = Array.from({ length: 5 }, () =>
      slowClient(
        server.port,
        'GET /healthz HTTP/1.1\r\nHost: x\r\n',
        () => 'X-Slow: a\r\n',
        () => '\r\n',
      ),
    );
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('{"status":"ok"}');
    }
    for (const { answer, finished } of await Promise.all(slow)) {
      expect(finished).toBe(false);
      expect(answer.status).toBe(408);
    }
  });

  it('a client that sends its request promptly is answered, also on a keep-alive connection left idle for a while', async () => {
    const connection = await RawConnection.open(server.port);
    const body = '{"a":1}';
    const request = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    connection.write(request);
    expect((await connection.nextAnswer()).body).toBe('{"bytes":7}');
    // Idle between requests is the keep-alive timeout's business (5 s), not the request timeouts'.
    await sleep(4 * SETTINGS.requestTimeoutMs);
    expect(connection.write(request)).toBe(true);
    expect((await connection.nextAnswer()).body).toBe('{"bytes":7}');
    connection.close();
  });
});

describe('the connection cap (maxConnections)', () => {
  const CAP = 3;
  let server: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer({
      ...SETTINGS,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      maxConnections: CAP,
    });
  });
  afterAll(() => server?.stop());

  const REQUEST = 'GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n';

  it('closes the connection past the cap at once, and keeps serving the ones open', async () => {
    const open: RawConnection[] = [];
    for (let i = 0; i < CAP; i++) {
      const connection = await RawConnection.open(server.port);
      // Answered: the server has taken this connection, so it counts before the next one arrives.
      connection.write(REQUEST);
      expect((await connection.nextAnswer()).status).toBe(200);
      open.push(connection);
    }
    const extra = await RawConnection.open(server.port);
    extra.write(REQUEST);
    const refused = await extra.nextAnswer();
    expect(refused.status).toBeUndefined();
    expect(extra.closed).toBe(true);
    for (const connection of open) {
      expect(connection.write(REQUEST)).toBe(true);
      expect((await connection.nextAnswer()).status).toBe(200);
    }
    // One closed: a new connection is taken again.
    open.pop()?.close();
    await expect
      .poll(async () => {
        const next = await RawConnection.open(server.port);
        next.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
        const status = (await next.nextAnswer()).status;
        next.close();
        return status;
      })
      .toBe(200);
    for (const connection of open) connection.close();
  });
});
