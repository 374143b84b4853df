import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LocalNeo4jOptions } from '../config/config.ts';
import { AppError, isAppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { ensureNeo4jJars } from './fetch-jars.ts';
import { claimHome, recordLauncher, releaseHome } from './home-lock.ts';
import { jvmArguments } from './jvm-arguments.ts';
import { waitForReady, type AuthOutcome, type LauncherReady } from './launcher-protocol.ts';
import { ensurePasswordFile, LOCAL_USER, PasswordProblem, type LocalPassword } from './password-file.ts';
import { isPortFree } from './port-check.ts';
import { checkJava } from './prerequisites.ts';

const LAUNCHER = path.join(import.meta.dirname, 'Launcher.java');

export interface LocalNeo4j {
  readonly uri: string;
  readonly version: string;
  readonly pid: number;
  /** Auth is always on: the user is LOCAL_USER, the password the one in `passwordFile`. */
  readonly user: string;
  readonly password: string;
  readonly passwordFile: string;
  /** Resolves when the Java process has ended, with its exit code (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** Shuts the database down cleanly; resolves once the Java process is gone. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Give the database the password in the password file (a new one if the file is missing) even if it has another. */
  readonly resetPassword?: boolean;
}

/**
 * Starts our own Neo4j 5.26 as a child process, with auth on and the password of the home's password file, and
 * resolves once Bolt accepts connections.
 */
export async function startLocalNeo4j(
  opts: LocalNeo4jOptions,
  say: (line: string) => void,
  start: StartOptions = {},
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
  // The home holds the store files themselves: other local users must not read them around Bolt's auth.
  fs.mkdirSync(opts.home, { recursive: true, mode: 0o700 });
  fs.chmodSync(opts.home, 0o700);
  claimHome(opts.home);
  const password = ensurePasswordFile(opts.home);
  const logPath = path.join(opts.home, 'launcher.log');
  const log = fs.createWriteStream(logPath, { flags: 'a' });
  const args = [
    ...jvmArguments(opts.heap),
    '-cp',
    path.join(jars.libDir, '*'),
    LAUNCHER,
    ...['--home', opts.home, '--host', opts.host, '--port', String(opts.boltPort)],
    ...['--pagecache', opts.pageCache],
    // The file, not the password: a command line is visible to every local user.
    ...['--auth-user', LOCAL_USER, '--auth-password-file', password.file],
    ...(start.resetPassword ? ['--reset-password', 'true'] : []),
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

  let ready: LauncherReady;
  try {
    ready = await waitForReady(child, exited, logPath, password);
  } catch (err) {
    // A file generated for a home that turned out to have another password is not that home's password file. After
    // any other failure it stays: the database may already have taken it as its password.
    if (password.created && isAppError(err) && err.details.reason === PasswordProblem.MISSING) {
      fs.rmSync(password.file, { force: true });
    }
    throw err;
  }
  say(describeAuth(ready.auth, password));
  const uri = `bolt://${opts.host}:${opts.boltPort}`;
  recordLauncher(opts.home, child.pid ?? -1, uri);
  return {
    uri,
    version: ready.version,
    pid: child.pid ?? -1,
    user: LOCAL_USER,
    password: password.password,
    passwordFile: password.file,
    exited,
    stop: () => stopChild(child, exited),
  };
}

function describeAuth(outcome: AuthOutcome, password: LocalPassword): string {
  const where = `user "${LOCAL_USER}", password in ${password.file} (readable by you only)`;
  if (outcome === 'RESET') return `Gave the local Neo4j a new password: ${where}.`;
  if (password.created) return `Generated a password for the local Neo4j: ${where}.`;
  if (outcome !== 'IN_PLACE') return `Set the local Neo4j's password from its password file: ${where}.`;
  return `The local Neo4j requires a password: ${where}.`;
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
