import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { LocalNeo4jOptions } from '../config/config.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { ensureNeo4jJars } from './fetch-jars.ts';
import { jvmArguments } from './jvm-arguments.ts';
import { isPortFree } from './port-check.ts';
import { checkJava } from './prerequisites.ts';
import { claimHome, recordLauncher, releaseHome } from './home-lock.ts';

const LAUNCHER = path.join(import.meta.dirname, 'Launcher.java');
const READY = 'ATLAS-NEO4J-READY ';
const FAILED = 'ATLAS-NEO4J-ERROR ';

export interface LocalNeo4j {
  readonly uri: string;
  readonly version: string;
  readonly pid: number;
  /** Resolves when the Java process has ended, with its exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Shuts the database down cleanly; resolves once the Java process is gone. */
  stop(): Promise<void>;
}

/** Starts our own Neo4j 5.26 as a child process and resolves once Bolt accepts connections. */
export async function startLocalNeo4j(
  opts: LocalNeo4jOptions,
  say: (line: string) => void,
): Promise<LocalNeo4j> {
  checkJava();
  const jars = await ensureNeo4jJars(opts.cacheDir, opts.version, say);
  if (!(await isPortFree(opts.host, opts.boltPort))) {
    throw new AppError(
      ErrorCode.PORT_IN_USE,
      `Bolt port ${opts.boltPort} on ${opts.host} is already in use. Stop what uses it, or set NEO4J_LOCAL_BOLT_PORT to another port.`,
      { port: opts.boltPort, variable: 'NEO4J_LOCAL_BOLT_PORT' },
    );
  }
  fs.mkdirSync(opts.home, { recursive: true });
  claimHome(opts.home);
  const logPath = path.join(opts.home, 'launcher.log');
  const log = fs.createWriteStream(logPath, { flags: 'a' });
  const args = [
    ...jvmArguments(opts.heap),
    '-cp',
    path.join(jars.libDir, '*'),
    LAUNCHER,
    ...['--home', opts.home, '--host', opts.host, '--port', String(opts.boltPort)],
    ...['--pagecache', opts.pageCache],
    ...(opts.auth ? ['--auth-user', opts.auth.user, '--auth-password', opts.auth.password] : []),
  ];
  // stdin stays open as a lifeline: the launcher shuts Neo4j down when it closes, even if Node is killed.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  exited.then(
    () => {
      releaseHome(opts.home, child.pid);
      log.end();
    },
    () => undefined,
  );

  const version = await waitForReady(child, exited, logPath);
  const uri = `bolt://${opts.host}:${opts.boltPort}`;
  recordLauncher(opts.home, child.pid ?? -1, uri);
  return {
    uri,
    version,
    pid: child.pid ?? -1,
    exited,
    stop: () => stopChild(child, exited),
  };
}

function waitForReady(child: ChildProcess, exited: Promise<number | null>, logPath: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    let failure: AppError | undefined;
    lines.on('line', (line) => {
      if (line.startsWith(READY)) resolve(line.slice(READY.length).trim());
      if (line.startsWith(FAILED)) failure = launcherFailure(line.slice(FAILED.length), logPath);
    });
    void exited.then((code) =>
      reject(
        failure ??
          new AppError(
            ErrorCode.LOCAL_NEO4J_FAILED,
            `The local Neo4j exited during start-up (exit ${code}). See ${logPath}.`,
          ),
      ),
    );
  });
}

function launcherFailure(rest: string, logPath: string): AppError {
  const [code = 'START_FAILED', ...words] = rest.split(' ');
  const message = words.join(' ');
  if (code === 'PORT_IN_USE') {
    return new AppError(
      ErrorCode.PORT_IN_USE,
      `The local Neo4j could not bind its Bolt port (${message}). Set NEO4J_LOCAL_BOLT_PORT to a free port.`,
      { variable: 'NEO4J_LOCAL_BOLT_PORT' },
    );
  }
  if (code === 'STORE_LOCKED') {
    return new AppError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `The local database store is locked by another process (${message}). Stop the other Neo4j or set NEO4J_LOCAL_HOME.`,
    );
  }
  return new AppError(
    ErrorCode.LOCAL_NEO4J_FAILED,
    `The local Neo4j failed to start: ${message}. See ${logPath}.`,
  );
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.stdin?.end();
  const escalate = setTimeout(() => child.kill('SIGTERM'), 60_000);
  const lastResort = setTimeout(() => child.kill('SIGKILL'), 90_000);
  try {
    await exited;
  } finally {
    clearTimeout(escalate);
    clearTimeout(lastResort);
  }
}
