import type { ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { passwordFileMissing, passwordMismatch, type LocalPassword } from './password-file.ts';

// The lines Launcher.java prints on stdout; its header comment describes the protocol.
const READY = 'ATLAS-NEO4J-READY ';
const FAILED = 'ATLAS-NEO4J-ERROR ';
const AUTH = 'ATLAS-NEO4J-AUTH ';

/** What the launcher did to the user's password: nothing, created the user, replaced the default, or reset it. */
export type AuthOutcome = 'IN_PLACE' | 'CREATED' | 'SET' | 'RESET';

export interface LauncherReady {
  readonly version: string;
  readonly auth: AuthOutcome;
}

/** Resolves on the ready line; rejects with the launcher's reported failure (or its exit) otherwise. */
export function waitForReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  logPath: string,
  password: LocalPassword,
): Promise<LauncherReady> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    let failure: AppError | undefined;
    let auth: AuthOutcome = 'IN_PLACE';
    lines.on('line', (line) => {
      if (line.startsWith(AUTH)) auth = line.slice(AUTH.length).trim() as AuthOutcome;
      if (line.startsWith(READY)) resolve({ version: line.slice(READY.length).trim(), auth });
      if (line.startsWith(FAILED)) failure = launcherFailure(line.slice(FAILED.length), logPath, password);
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

function launcherFailure(rest: string, logPath: string, password: LocalPassword): AppError {
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
  if (code === 'PASSWORD_MISMATCH') {
    // A file generated just now means the home had a password before: the real file went missing.
    return password.created ? passwordFileMissing(password.file) : passwordMismatch(password.file);
  }
  return new AppError(
    ErrorCode.LOCAL_NEO4J_FAILED,
    `The local Neo4j failed to start: ${message}. See ${logPath}.`,
  );
}
