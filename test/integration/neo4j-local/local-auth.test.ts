// The local Neo4j that `npm start` launches requires a password: generated on first start into the home, owner-only,
// used by every local client; homes made before auth (auth off) keep their data and get the password. Each start of
// a Neo4j costs 15–30 s here, so the cases share one home: made the old way, migrated, its file lost, recovered.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectNeo4j, type Neo4jTarget } from '../../../server/app/connect-neo4j.ts';
import { loadConfig, type Config, type Neo4jConnection } from '../../../server/config/config.ts';
import { projectRoot } from '../../../server/config/project-root.ts';
import { Database } from '../../../server/db/database.ts';
import { isAppError } from '../../../server/errors/app-error.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { ensureNeo4jJars } from '../../../server/neo4j-local/fetch-jars.ts';
import { jvmArguments } from '../../../server/neo4j-local/jvm-arguments.ts';
import { findFreePort } from '../../../server/neo4j-local/port-check.ts';
import { helloOverWebSocket } from './bolt-over-websocket.ts';
import { canListSockets, listeningSockets } from './listening-sockets.ts';

// Spelled out rather than imported: where the password lives is part of the contract users rely on.
const PASSWORD_FILE = 'neo4j-password';
const LAUNCHER = path.join(projectRoot, 'server', 'neo4j-local', 'Launcher.java');

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-auth-home-'));
const passwordFile = path.join(home, PASSWORD_FILE);
let boltPort = 0;
const said: string[] = [];
const say = (line: string) => said.push(line);

/** The configuration `npm start` would load for this home (never NEO4J_URI: this is about the local one). */
function localConfig(): Config {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_LOCAL_HOME: home,
    NEO4J_LOCAL_BOLT_PORT: String(boltPort),
  };
  delete env.NEO4J_URI;
  return loadConfig(env);
}

/** CONNECTED, or the code of the typed error the connection failed with. */
async function connectOutcome(connection: Neo4jConnection): Promise<string> {
  try {
    const db = await Database.connect(connection);
    await db.close();
    return 'CONNECTED';
  } catch (err) {
    return isAppError(err) ? err.code : String(err);
  }
}

async function readNote(connection: Neo4jConnection): Promise<unknown> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password ?? ''));
  try {
    const { records } = await driver.executeQuery(
      'MATCH (n:LegacyNote) RETURN n.text AS text',
      {},
      { database: 'neo4j' },
    );
    return records.map((r) => r.get('text') as unknown);
  } finally {
    await driver.close();
  }
}

/** The launcher as it ran before auth: `--auth off` (the old launcher ignores the flag and has auth off anyway). */
async function makeHomeWithoutAuth(): Promise<void> {
  const config = localConfig();
  const jars = await ensureNeo4jJars(config.local.cacheDir, config.local.version, () => undefined);
  const args = ['--home', home, '--host', '127.0.0.1', '--port', String(boltPort), '--auth', 'off'];
  const java = spawn('java', [...jvmArguments('1g'), '-cp', path.join(jars.libDir, '*'), LAUNCHER, ...args]);
  const exited = new Promise((resolve) => java.once('exit', resolve));
  await waitForLine(java, /ATLAS-NEO4J-READY/);
  const driver = neo4j.driver(`bolt://127.0.0.1:${boltPort}`); // no credentials: auth is off
  try {
    await driver.executeQuery(
      "CREATE (:LegacyNote {text: 'written before auth'})",
      {},
      { database: 'neo4j' },
    );
  } finally {
    await driver.close();
  }
  java.stdin.end();
  await exited;
}

function waitForLine(child: ChildProcessWithoutNullStreams, pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const match = pattern.exec(line);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before printing ${pattern}`)));
  });
}

beforeAll(async () => {
  boltPort = await findFreePort();
  await makeHomeWithoutAuth();
}, 180_000);

afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

describe('the local Neo4j of npm start, on a home made before auth', () => {
  let target: Neo4jTarget;
  beforeAll(async () => {
    target = await connectNeo4j(localConfig(), say);
  }, 180_000);
  afterAll(() => target.local?.stop());

  it('keeps the data and gives the home a password that works, stored owner-only in the home', async () => {
    expect(fs.statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    const stored = fs.readFileSync(passwordFile, 'utf8').trim();
    expect(stored.length).toBeGreaterThanOrEqual(32);
    expect(target.connection).toMatchObject({ user: 'neo4j', password: stored });
    expect(await readNote(target.connection)).toEqual(['written before auth']);
    expect(said.join('\n')).toContain(passwordFile);
    expect(said.join('\n')).not.toContain(stored);
  });

  it('gives a second client (npm run seed while npm start runs) the password from the file', async () => {
    const second = await connectNeo4j(localConfig(), say);
    expect(second.local).toBeUndefined();
    expect(await readNote(second.connection)).toEqual(['written before auth']);
  });

  it('listens on 127.0.0.1 only, on the Bolt port alone, and refuses to be configured otherwise', ({
    skip,
  }) => {
    const exposed = () => loadConfig({ ...process.env, NEO4J_LOCAL_HOST: '0.0.0.0' });
    expect(exposed).toThrow(expect.objectContaining({ code: ErrorCode.CONFIG_INVALID }));
    if (!canListSockets) skip();
    expect(listeningSockets(target.local!.pid)).toEqual([`127.0.0.1:${boltPort}`]);
  });

  it('refuses a web page: the Bolt port accepts WebSockets, but not without the password', async () => {
    const outcome = await helloOverWebSocket('127.0.0.1', boltPort, { scheme: 'none' });
    // No Neo4j setting turns the WebSocket transport off; the password is what keeps web pages out.
    expect(outcome).toEqual({ upgradeStatus: 101, answer: 'Neo.ClientError.Security.Unauthorized' });
  });

  it('refuses connections without the password, with a wrong one, and with the default neo4j/neo4j', async () => {
    const conn = target.connection;
    expect(await connectOutcome({ ...conn, password: undefined })).toBe(ErrorCode.DATABASE_AUTH_FAILED);
    expect(await connectOutcome({ ...conn, password: `${conn.password ?? ''}x` })).toBe(
      ErrorCode.DATABASE_AUTH_FAILED,
    );
    expect(await connectOutcome({ ...conn, user: 'neo4j', password: 'neo4j' })).toBe(
      ErrorCode.DATABASE_AUTH_FAILED,
    );
  });

  it('lets failed logins (a web page guessing) not lock the atlas out', async () => {
    const conn = target.connection;
    for (const guess of ['guess-1', 'guess-2', 'guess-3', 'guess-4']) {
      expect(await connectOutcome({ ...conn, password: guess })).toBe(ErrorCode.DATABASE_AUTH_FAILED);
    }
    expect(await connectOutcome(conn)).toBe('CONNECTED');
  });
});

describe('a home whose password file went missing', () => {
  it('fails with a typed error that names the file and the way back, and writes no new password file', async () => {
    fs.rmSync(passwordFile, { force: true });
    const failure: unknown = await connectNeo4j(localConfig(), say).then(
      async (t) => {
        await t.local?.stop();
        return t;
      },
      (err: unknown) => err,
    );
    expect(isAppError(failure) && failure.code).toBe(ErrorCode.LOCAL_NEO4J_FAILED);
    expect(isAppError(failure) && failure.details).toMatchObject({
      passwordFile,
      reason: 'PASSWORD_FILE_MISSING',
    });
    expect(String((failure as Error).message)).toContain(passwordFile);
    expect(String((failure as Error).message)).toContain('npm run neo4j -- --reset-password');
    expect(fs.existsSync(passwordFile)).toBe(false);
  }, 120_000);
});

describe('npm run neo4j', () => {
  it('recovers with --reset-password: prints URI, user and file (not the password), works, stops on SIGTERM', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEO4J_LOCAL_HOME: home,
      NEO4J_LOCAL_BOLT_PORT: String(boltPort),
    };
    delete env.NEO4J_URI;
    fs.rmSync(passwordFile, { force: true }); // the lost file of the test above, whatever ran before
    const cli = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(projectRoot, 'server', 'neo4j-local', 'cli.ts'), '--reset-password'],
      { cwd: projectRoot, env },
    );
    let output = '';
    cli.stdout.on('data', (d: Buffer) => (output += d.toString()));
    cli.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => cli.once('exit', resolve));
    await waitForLine(cli, /Press Ctrl-C to stop/);
    const uri = /ready at (bolt:\/\/\S+)/.exec(output)?.[1];

    const password = fs.readFileSync(passwordFile, 'utf8').trim();
    expect(uri).toBe(`bolt://127.0.0.1:${boltPort}`);
    expect(output).toMatch(/user:\s+neo4j/);
    expect(output).toContain(passwordFile);
    expect(output).not.toContain(password);
    const conn = { ...localConfig().neo4j, uri: uri!, user: 'neo4j', password, database: 'neo4j' };
    expect(await readNote(conn)).toEqual(['written before auth']);
    expect(await connectOutcome({ ...conn, password: undefined })).toBe(ErrorCode.DATABASE_AUTH_FAILED);

    const javaPid = Number(fs.readFileSync(path.join(home, 'launcher.pid'), 'utf8'));
    cli.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped.');
    expect(() => process.kill(javaPid, 0)).toThrow();
  }, 180_000);
});
