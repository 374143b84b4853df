import path from 'node:path';
import type { Config } from '../config/config.ts';
import { projectRoot } from '../config/project-root.ts';
import { Database } from '../db/database.ts';
import { migrate } from '../db/migrate.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { createAuthenticator } from '../auth/authenticate.ts';
import { createApollo } from '../graphql/apollo.ts';
import { createExplorerHandler } from '../http/explorer-page.ts';
import { createExportHandler } from '../http/export-handler.ts';
import { createGraphqlHandler } from '../http/graphql-handler.ts';
import { createHttpServer, listen } from '../http/http-server.ts';
import { createLiveHandler } from '../http/live-handler.ts';
import { createStaticHandler } from '../http/static-files.ts';
import type { Logger } from '../logging/logger.ts';
import type { LocalNeo4j } from '../neo4j-local/local-neo4j.ts';
import { connectNeo4j } from './connect-neo4j.ts';
import { drainable } from './drain-http.ts';
import { seedOnStart, type SeedSummary } from './seed-on-start.ts';
import { warmUp } from './warm-up.ts';

/** Transaction timeout of start-up seeding: generous, it runs before anyone is served. */
const SEED_TRANSACTION_TIMEOUT_MS = 300_000;

export const CLIENT_DIST = path.join(projectRoot, 'client', 'dist');

export interface AtlasHandle {
  readonly url: string;
  readonly port: number;
  readonly db: Database;
  readonly local: LocalNeo4j | undefined;
  readonly neo4jVersion: string;
  readonly seed: SeedSummary;
  stop(): Promise<void>;
}

/** Database, schema, data, API and client, in that order; anything started is stopped again if a later step fails. */
export async function startAtlas(
  config: Config,
  say: (line: string) => void,
  log: Logger,
): Promise<AtlasHandle> {
  const cleanup: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    // Reverse order: stop taking requests, then Apollo, then the driver, then Neo4j. A failing step must not
    // keep the later ones (above all the Neo4j child) from stopping.
    for (const step of [...cleanup].reverse()) {
      await step().catch((err: unknown) => log.warn('stop step failed', { message: String(err) }));
    }
    cleanup.length = 0;
  };
  try {
    const target = await connectNeo4j(config, say);
    if (target.local) cleanup.push(() => target.local!.stop());
    const db = await Database.connect(target.connection, config.limits.deadlineMs);
    cleanup.push(() => db.close());
    const migrations = await migrate(db, log);
    // Seeding is no request: on a busy machine the curated data and the Kreise take longer than a request's deadline
    // (the transaction timeout of `db`), so they get a connection of their own with a timeout for imports.
    const seeding = await Database.connect(target.connection, SEED_TRANSACTION_TIMEOUT_MS);
    const seed = await seedOnStart(seeding, config.seed, log).finally(() => seeding.close());

    const apollo = createApollo(config.limits);
    await apollo.start();
    cleanup.push(() => apollo.stop());
    const server = createHttpServer(
      {
        graphql: createGraphqlHandler({
          apollo,
          db,
          log,
          limits: config.limits,
          site: config.site,
          authenticate: createAuthenticator(config.adminTokens, { file: config.adminTokensFile, log }),
          serverTiming: config.serverTiming,
        }),
        explorer: createExplorerHandler(CLIENT_DIST),
        exports: createExportHandler(db, config.limits.deadlineMs, config.http.maxConcurrentExports),
        static: createStaticHandler(CLIENT_DIST),
        live: createLiveHandler(),
      },
      log,
      config.http,
    );
    const httpDrain = drainable(server);
    const port = await listenOrExplain(server, config.host, config.port);
    cleanup.push(async () => {
      const drained = await httpDrain.drain(config.http.shutdownGraceMs);
      log.info('http server drained', { ...drained, graceMs: config.http.shutdownGraceMs });
    });
    const host = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
    const url = `http://${host}:${port}/`;
    if (config.warmUp) {
      // Stopped first on the way down (cleanup runs in reverse), before the server stops answering it.
      const warming = new AbortController();
      cleanup.push(() => Promise.resolve(warming.abort()));
      void warmUp(`${url}graphql`, log, warming.signal);
    }
    const info = await db.serverInfo();
    log.info('atlas started', { port, migrationsApplied: migrations.applied.length, agent: info.agent });
    return {
      url,
      port,
      db,
      local: target.local,
      neo4jVersion: target.local?.version ?? info.agent,
      seed,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

async function listenOrExplain(server: ReturnType<typeof createHttpServer>, host: string, port: number) {
  try {
    return await listen(server, host, port);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new AppError(
        ErrorCode.PORT_IN_USE,
        `HTTP port ${port} on ${host} is already in use. Stop what uses it, or set PORT to another port.`,
        { port, variable: 'PORT' },
      );
    }
    throw err;
  }
}
