// Every route of the atlas's HTTP server with its real handler — the API (real schema, real Apollo set-up, real
// database, one admin token), the explorer, the exports, the client's files, liveness — over a stand-in client
// build in a temporary folder: the integration layer runs before the client is built (the browser layer builds
// it and checks the real page, test/browser/content-security-policy.test.ts).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createAuthenticator } from '../../../server/auth/authenticate.ts';
import { loadConfig, type HttpSettings } from '../../../server/config/config.ts';
import type { Database } from '../../../server/db/database.ts';
import { createApollo } from '../../../server/graphql/apollo.ts';
import { createExplorerHandler } from '../../../server/http/explorer-page.ts';
import { createExportHandler } from '../../../server/http/export-handler.ts';
import { createGraphqlHandler } from '../../../server/http/graphql-handler.ts';
import { createHttpServer, listen } from '../../../server/http/http-server.ts';
import { createLiveHandler } from '../../../server/http/live-handler.ts';
import { createStaticHandler } from '../../../server/http/static-files.ts';
import { createLogger } from '../../../server/logging/logger.ts';

export const ADMIN_TOKEN = 'routes-admin-token';

/** The stand-in build: the page, a script and a stylesheet, and the explorer's page in its own folder. */
export const CLIENT_FILES: Readonly<Record<string, string>> = {
  'index.html': '<!doctype html><title>client</title><script type="module" src="/assets/app-1.js"></script>',
  'assets/app-1.js': 'console.log("client");',
  'assets/app-1.css': 'body { margin: 0 }',
  'explorer/index.html': '<!doctype html><title>explorer</title>',
};

export interface RoutesServer {
  readonly port: number;
  readonly url: string;
  stop(): Promise<void>;
}

export async function startRoutesServer(
  db: Database,
  env: NodeJS.ProcessEnv = {},
  settings?: Pick<HttpSettings, 'headersTimeoutMs' | 'requestTimeoutMs' | 'maxConnections'>,
): Promise<RoutesServer> {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-routes-dist-'));
  for (const [file, text] of Object.entries(CLIENT_FILES)) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
    fs.writeFileSync(path.join(dist, file), text);
  }
  const config = loadConfig(env);
  const apollo = createApollo(config.limits);
  await apollo.start();
  const log = createLogger('error', () => undefined);
  const hash = createHash('sha256').update(ADMIN_TOKEN).digest('hex');
  const server: http.Server = createHttpServer(
    {
      graphql: createGraphqlHandler({
        apollo,
        db,
        log,
        limits: config.limits,
        site: config.site,
        authenticate: createAuthenticator([{ name: 'routes', sha256: hash }]),
      }),
      explorer: createExplorerHandler(dist),
      exports: createExportHandler(db, config.limits.deadlineMs, config.http.maxConcurrentExports),
      static: createStaticHandler(dist),
      live: createLiveHandler(),
    },
    log,
    settings ?? config.http,
  );
  const port = await listen(server, '127.0.0.1', 0);
  return {
    port,
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
      fs.rmSync(dist, { recursive: true, force: true });
    },
  };
}
