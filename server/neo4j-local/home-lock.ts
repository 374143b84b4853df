import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';

const PID_FILE = 'launcher.pid';
const URI_FILE = 'launcher.uri';

/**
 * One Neo4j per home folder: the store is locked by the running one. A pid file left by a live launcher means
 * another `npm start` is running; one left by a dead process (a crash, a kill -9) is stale and taken over.
 */
export function claimHome(home: string): void {
  const pidFile = path.join(home, PID_FILE);
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    throw new AppError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `Another local Neo4j (pid ${pid}) is using ${home}. Stop it (kill ${pid}) or set NEO4J_LOCAL_HOME to another folder.`,
      { pid, variable: 'NEO4J_LOCAL_HOME' },
    );
  }
  fs.rmSync(pidFile, { force: true });
}

/** The Bolt URI of a live launcher on this home (another `npm start`), so a CLI can use it instead of failing. */
export function runningLocalUri(home: string): string | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(home, PID_FILE), 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
    return fs.readFileSync(path.join(home, URI_FILE), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export function recordLauncher(home: string, pid: number, uri: string): void {
  fs.writeFileSync(path.join(home, URI_FILE), uri);
  fs.writeFileSync(path.join(home, PID_FILE), String(pid));
}

export function releaseHome(home: string, pid: number | undefined): void {
  const pidFile = path.join(home, PID_FILE);
  try {
    if (fs.readFileSync(pidFile, 'utf8').trim() === String(pid)) fs.rmSync(pidFile, { force: true });
  } catch {
    // Already gone: nothing to release.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
