import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../../server/neo4j-local/port-check.ts';
import { isRunning, spawnAtlas } from '../../support/spawn-atlas.ts';
import { testConnection, testServerEnv } from '../../support/test-neo4j.ts';

const tmpDirs: string[] = [];
function tmp(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of tmpDirs) fs.rmSync(d, { recursive: true, force: true });
});

/** The environment `npm start` would see, minus NEO4J_URI, with everything pointed at throwaway places. */
async function localEnv(overrides: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', ATLAS_SEED: 'never', LOG_LEVEL: 'warn' };
  delete env.NEO4J_URI;
  return {
    ...env,
    NEO4J_LOCAL_HOME: tmp('atlas-home-'),
    NEO4J_LOCAL_BOLT_PORT: String(await findFreePort()),
    ...overrides,
  };
}

/** A PATH holding node only, so java and mvn are missing. */
function pathWithout(...tools: string[]): string {
  const dir = tmp('atlas-path-');
  fs.symlinkSync(process.execPath, path.join(dir, 'node'));
  for (const tool of ['java', 'mvn']) {
    if (tools.includes(tool)) continue;
    const found = (process.env.PATH ?? '')
      .split(path.delimiter)
      .map((p) => path.join(p, tool))
      .find((p) => fs.existsSync(p));
    if (found) fs.symlinkSync(found, path.join(dir, tool));
  }
  return dir;
}

function occupy(port: number): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

describe('npm start under trouble', () => {
  it('says to install Java (or set NEO4J_URI) when java is missing', async () => {
    const atlas = spawnAtlas(await localEnv({ PATH: pathWithout('java') }));
    expect(await atlas.exited).toBe(1);
    expect(atlas.output()).toContain('[PREREQUISITE_MISSING]');
    expect(atlas.output()).toContain('NEO4J_URI');
    expect(atlas.output()).not.toMatch(/\n\s+at /);
  });

  it('says to install Maven when the jars are not cached and mvn is missing', async () => {
    const atlas = spawnAtlas(
      await localEnv({ PATH: pathWithout('mvn'), NEO4J_LOCAL_CACHE: tmp('atlas-cache-') }),
    );
    expect(await atlas.exited).toBe(1);
    expect(atlas.output()).toContain('[PREREQUISITE_MISSING]');
    expect(atlas.output()).toMatch(/Maven/);
  });

  it('names the Bolt port and NEO4J_LOCAL_BOLT_PORT when the Bolt port is taken', async () => {
    const port = await findFreePort();
    const blocker = await occupy(port);
    try {
      const atlas = spawnAtlas(await localEnv({ NEO4J_LOCAL_BOLT_PORT: String(port) }));
      expect(await atlas.exited).toBe(1);
      expect(atlas.output()).toContain('[PORT_IN_USE]');
      expect(atlas.output()).toContain(String(port));
      expect(atlas.output()).toContain('NEO4J_LOCAL_BOLT_PORT');
    } finally {
      blocker.close();
    }
  });

  it('fails within seconds, without a stack trace, when NEO4J_URI is unreachable', async () => {
    const deadPort = await findFreePort();
    const started = Date.now();
    const atlas = spawnAtlas({
      ...process.env,
      NEO4J_URI: `bolt://127.0.0.1:${deadPort}`,
      NEO4J_CONNECT_TIMEOUT_MS: '3000',
    });
    expect(await atlas.exited).toBe(1);
    expect(atlas.output()).toContain('[DATABASE_UNAVAILABLE]');
    expect(atlas.output()).not.toMatch(/\n\s+at /);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('says the credentials were refused when the password is wrong', async () => {
    const conn = testConnection();
    const atlas = spawnAtlas({
      ...process.env,
      NEO4J_URI: conn.uri,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: `${conn.password ?? ''}-wrong`,
    });
    expect(await atlas.exited).toBe(1);
    expect(atlas.output()).toContain(conn.local ? '[DATABASE_AUTH_FAILED]' : '[DATABASE_');
    expect(atlas.output()).toContain('NEO4J_PASSWORD');
  });

  it('names the HTTP port and PORT when the HTTP port is taken', async () => {
    const port = await findFreePort();
    const blocker = await occupy(port);
    try {
      const atlas = spawnAtlas({
        ...process.env,
        ...testServerEnv({ PORT: String(port), LOG_LEVEL: 'info' }),
      });
      expect(await atlas.exited).toBe(1);
      expect(atlas.output()).toContain('[PORT_IN_USE]');
      expect(atlas.output()).toContain(`HTTP port ${port}`);
      expect(atlas.output()).toMatch(/\bPORT\b/);
    } finally {
      blocker.close();
    }
  });
});

describe('npm start with its own Neo4j: stop and restart', () => {
  it('stops cleanly on SIGTERM leaving no Java behind, restarts on the same data, and exits non-zero if Neo4j dies', async () => {
    const env = await localEnv();

    const first = spawnAtlas(env);
    await first.waitFor(/ready at (http:\/\/\S+)/);
    const javaPid = Number(fs.readFileSync(path.join(env.NEO4J_LOCAL_HOME!, 'launcher.pid'), 'utf8'));
    expect(isRunning(javaPid)).toBe(true);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('Stopped.');
    expect(isRunning(javaPid)).toBe(false);

    // Same home again: no store-lock error, the migration ledger survived (nothing new applied).
    const second = spawnAtlas(env);
    const [, url] = await second.waitFor(/ready at (http:\/\/\S+?)\/? /);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { migrationCount } }' }),
    });
    const body = (await response.json()) as { data: { health: { migrationCount: number } } };
    expect(body.data.health.migrationCount).toBeGreaterThanOrEqual(1);

    const secondJava = Number(fs.readFileSync(path.join(env.NEO4J_LOCAL_HOME!, 'launcher.pid'), 'utf8'));
    process.kill(secondJava, 'SIGKILL');
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('stopped unexpectedly');
  }, 240_000);
});
