// The cap on exports running at once (ATLAS_MAX_CONCURRENT_EXPORTS). Exports read the real Neo4j, through a gate
// the test holds shut: an export waits at its first read until the test opens the gate, so "N exports are running"
// is a fact the test sets up, not a race it hopes to win. (A client that reads its answer slowly holds no slot:
// the slot covers the reading and rendering, and the answer is in the socket's hands by then.)
import type http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import { AppError } from '../../../server/errors/app-error.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { EXPORT_RETRY_AFTER_SECONDS, createExportHandler } from '../../../server/http/export-handler.ts';
import { createHttpServer, listen } from '../../../server/http/http-server.ts';
import { createLogger } from '../../../server/logging/logger.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { answer, codeOf } from './http-client.ts';

/** Where reads wait until the test lets them through (or fails them). */
class Gate {
  arrivals = 0;
  #promise!: Promise<void>;
  #open!: () => void;
  #fail!: (error: Error) => void;
  readonly #watchers = new Set<() => void>();

  constructor() {
    this.shut();
  }

  /** Reads arriving from now on wait. */
  shut(): void {
    this.#promise = new Promise<void>((resolve, reject) => {
      this.#open = resolve;
      this.#fail = reject;
    });
    this.#promise.catch(() => undefined);
  }

  pass(): Promise<void> {
    this.arrivals += 1;
    for (const watcher of [...this.#watchers]) watcher();
    return this.#promise;
  }

  /** Resolves once `n` reads in all have arrived. */
  arrived(n: number): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (this.arrivals < n) return;
        this.#watchers.delete(check);
        resolve();
      };
      this.#watchers.add(check);
      check();
    });
  }

  open(): void {
    this.#open();
  }

  fail(error: Error): void {
    this.#fail(error);
  }
}

/** The real database, every read of which passes the gate first. */
function gated(real: Database, gate: Gate): Database {
  return new Proxy(real, {
    get(target, property) {
      if (property === 'within') {
        return (...args: Parameters<Database['within']>) => gated(target.within(...args), gate);
      }
      if (property === 'read') {
        return async (...args: Parameters<Database['read']>) => {
          await gate.pass();
          return target.read(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('at most ATLAS_MAX_CONCURRENT_EXPORTS exports at once', () => {
  let db: Database;
  let gate: Gate;
  let server: http.Server | undefined;
  let base: string;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
  });
  afterAll(() => db?.close());
  afterEach(async () => {
    gate.open();
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      server?.closeAllConnections();
    });
  });

  async function start(maxConcurrentExports: number): Promise<void> {
    gate = new Gate();
    const handler = createExportHandler(gated(db, gate), 30_000, maxConcurrentExports);
    const unused = (_req: http.IncomingMessage, res: http.ServerResponse) => {
      res.end();
    };
    server = createHttpServer(
      { graphql: unused, explorer: unused, exports: handler, static: unused, live: unused },
      createLogger('error', () => undefined),
    );
    base = `http://127.0.0.1:${await listen(server, '127.0.0.1', 0)}`;
  }

  const get = (path: string, init?: RequestInit) => fetch(`${base}${path}`, init);

  it('refuses one more with 503 LIMIT_EXCEEDED, Retry-After and the limit; runs a later one', async () => {
    await start(2);
    const running = [get('/export/atlas.json'), get('/export/csv/actors.csv')];
    await gate.arrived(2);

    const refused = await answer(await get('/export/atlas.graphml'));
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe(String(EXPORT_RETRY_AFTER_SECONDS));
    expect(refused.body.errors?.[0]?.extensions).toEqual({
      code: ErrorCode.LIMIT_EXCEEDED,
      limit: 'maxConcurrentExports',
      setting: 'ATLAS_MAX_CONCURRENT_EXPORTS',
      maximum: 2,
    });
    // What is no export takes no slot and is answered as ever.
    expect((await get('/export/nope')).status).toBe(404);
    expect(gate.arrivals).toBe(2);

    gate.open();
    for (const response of await Promise.all(running)) {
      expect(response.status).toBe(200);
      await response.arrayBuffer();
    }
    const later = await get('/export/atlas.graphml');
    expect(later.status).toBe(200);
    expect(await later.text()).toContain('<graphml');
  });

  it.each([
    {
      name: 'the database is unavailable',
      error: new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'away'),
      status: 503,
    },
    { name: 'the export throws', error: new Error('broken'), status: 500 },
  ])('gives the slot back when $name', async ({ error, status }) => {
    await start(1);
    const failing = get('/export/atlas.json');
    await gate.arrived(1);
    gate.fail(error);
    const failed = await failing;
    expect(failed.status).toBe(status);
    expect(codeOf(await answer(failed))).not.toBe(ErrorCode.LIMIT_EXCEEDED);

    gate.shut();
    const next = get('/export/atlas.json');
    // The next export gets its slot: it reaches the database instead of being refused.
    await Promise.race([
      gate.arrived(2),
      next.then((r) => expect.fail(`the next export was answered ${r.status} before it read anything`)),
    ]);
    gate.open();
    expect((await next).status).toBe(200);
  });

  it('gives the slot back when the client goes away before its export is ready', async () => {
    await start(1);
    const leaving = new AbortController();
    const abandoned = get('/export/atlas.json', { signal: leaving.signal }).catch(() => 'aborted');
    await gate.arrived(1);
    leaving.abort();
    expect(await abandoned).toBe('aborted');

    // The gate stays shut: the abandoned export's read never finishes, yet its slot is free once the server has
    // seen the connection close. Until then a new export is refused at once (503); then it reaches the database.
    let held: Promise<Response> | undefined;
    await expect
      .poll(
        async () => {
          const attempt = get('/export/atlas.json');
          const outcome = await Promise.race([
            attempt.then(async (r) => `answered ${r.status} ${String(codeOf(await answer(r)))}`),
            gate.arrived(2).then(() => 'reading'),
          ]);
          if (outcome === 'reading') held = attempt;
          return outcome;
        },
        { timeout: 10_000, interval: 50 },
      )
      .toBe('reading');
    gate.open();
    expect((await held!).status).toBe(200);
  });
});
