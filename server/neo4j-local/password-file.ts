import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';

/** The local Neo4j's one user: the default one, so Neo4j Browser, cypher-shell and Desktop work without changes. */
export const LOCAL_USER = 'neo4j';
const FILE_NAME = 'neo4j-password';
const OWNER_ONLY = 0o600;

/** `details.reason` of the LOCAL_NEO4J_FAILED errors about the password file. */
export const PasswordProblem = {
  MISSING: 'PASSWORD_FILE_MISSING',
  INVALID: 'PASSWORD_FILE_INVALID',
  MISMATCH: 'PASSWORD_MISMATCH',
} as const;

export interface LocalPassword {
  readonly file: string;
  readonly password: string;
  /** True when this call generated it: the home has never been started with this password. */
  readonly created: boolean;
}

export function passwordFilePath(home: string): string {
  return path.join(home, FILE_NAME);
}

/**
 * The password of the local Neo4j in `home`, generated (192 random bits) on first use. The file is the source of
 * truth: the launcher applies it to the database, every local client reads it, and only its owner can read it.
 */
export function ensurePasswordFile(home: string): LocalPassword {
  const file = passwordFilePath(home);
  try {
    // `wx` creates or fails: two starts racing on one home cannot each write a different password.
    const fd = fs.openSync(file, 'wx', OWNER_ONLY);
    try {
      fs.writeSync(fd, `${randomBytes(24).toString('base64url')}\n`);
    } finally {
      fs.closeSync(fd);
    }
    return { file, password: readPasswordFile(home), created: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return { file, password: readPasswordFile(home), created: false };
  }
}

/** Reads an existing password file (a CLI using the Neo4j another `npm start` runs); tightens loose permissions. */
export function readPasswordFile(home: string): string {
  const file = passwordFilePath(home);
  let text: string;
  try {
    if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, OWNER_ONLY);
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    throw passwordFileMissing(file);
  }
  const password = text.trim();
  if (password.length < 8) {
    throw new AppError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `The local Neo4j password file ${file} holds no password of at least 8 characters. Write one into it, or run \`npm run neo4j -- --reset-password\` after deleting it.`,
      { passwordFile: file, reason: PasswordProblem.INVALID },
    );
  }
  return password;
}

/** The home has a password for LOCAL_USER but its file is gone: say where it was and how to recover. */
export function passwordFileMissing(file: string): AppError {
  return new AppError(
    ErrorCode.LOCAL_NEO4J_FAILED,
    `The local Neo4j password file ${file} is missing, but the database in ${path.dirname(file)} already has a password for user "${LOCAL_USER}". Restore the file from a backup, or run \`npm run neo4j -- --reset-password\` to give the database a new password (whatever used the old one needs the new one).`,
    { passwordFile: file, reason: PasswordProblem.MISSING },
  );
}

/** The file holds a password the database does not have (edited by hand, or copied from another home). */
export function passwordMismatch(file: string): AppError {
  return new AppError(
    ErrorCode.LOCAL_NEO4J_FAILED,
    `The password in ${file} is not the one the local Neo4j in ${path.dirname(file)} has for user "${LOCAL_USER}". Put the right one back, or run \`npm run neo4j -- --reset-password\` to give the database the one in the file.`,
    { passwordFile: file, reason: PasswordProblem.MISMATCH },
  );
}
