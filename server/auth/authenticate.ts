import { createHash, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import type { AdminTokenHash } from '../config/config.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import type { Logger } from '../logging/logger.ts';
import {
  describeProblems,
  readTokenFile,
  sameVersion,
  versionOf,
  type FileVersion,
  type TokenFileProblem,
} from './token-file.ts';
import { ANONYMOUS, type Viewer } from './viewer.ts';

export type Authenticate = (authorization: string | undefined) => Viewer;

export interface AuthenticatorOptions {
  /** ATLAS_ADMIN_TOKENS_FILE: further tokens, read at start and again whenever the file changes. */
  readonly file?: string | undefined;
  /** Where a token file that turned bad (or good again) at run time is reported. */
  readonly log?: Logger | undefined;
  /** The clock, for tests; milliseconds like Date.now. */
  readonly now?: () => number;
}

/**
 * A file whose modification time is this close to now may still change within the same timestamp tick (file
 * systems stamp coarsely), so an unchanged stat proves nothing yet: until then the file is read on every check.
 */
const RACY_WINDOW_MS = 2000;

interface Known {
  readonly name: string;
  readonly digest: Buffer;
}

const known = (tokens: readonly AdminTokenHash[]): Known[] =>
  tokens.map((t) => ({ name: t.name, digest: Buffer.from(t.sha256, 'hex') }));

/**
 * Bearer tokens checked against configured SHA-256 hashes: the server never holds a secret, a leaked config
 * grants nothing, and a token is revoked by removing its line. No header means an anonymous reader; a header
 * with an unknown or malformed token is an error (never silently anonymous), so a broken admin script notices.
 *
 * The tokens file, when there is one, must be valid at start (else CONFIG_INVALID naming the file, the line and
 * the problem). Every request that carries a token stats it (microseconds; no watcher to leak, works on every file
 * system) and reads it again when its inode, size, modification or change time moved: a removed line is revoked
 * from the next request on. A file that turns bad at run time (a bad line, deleted, unreadable) grants none of its
 * tokens until it is fixed — never the older list — and is logged as an error once per problem; the tokens of
 * ATLAS_ADMIN_TOKENS keep working.
 */
export function createAuthenticator(
  tokens: readonly AdminTokenHash[],
  options: AuthenticatorOptions = {},
): Authenticate {
  const fixed = known(tokens);
  const fileTokens = options.file === undefined ? undefined : watchTokenFile(options.file, options);
  return (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <token>".');
    }
    const digest = sha256(match[1]);
    // Compare against every token in constant time, so timing does not reveal which prefix matched.
    let found: string | undefined;
    for (const token of [...fixed, ...(fileTokens?.() ?? [])]) {
      if (token.digest.length === digest.length && timingSafeEqual(token.digest, digest))
        found ??= token.name;
    }
    if (found === undefined) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The bearer token is not valid.');
    return { role: 'admin', name: found };
  };
}

/** Reads the file now (throwing CONFIG_INVALID if it is bad) and returns the check run on each request. */
function watchTokenFile(file: string, options: AuthenticatorOptions): () => readonly Known[] {
  const now = options.now ?? Date.now;
  const first = readTokenFile(file);
  if (!first.ok) throw invalidFile(file, first.problems);
  let current: readonly Known[] = known(first.tokens);
  let version: FileVersion | undefined = first.version;
  let reported = '';
  let signature = signatureOf(first.tokens);

  const racy = (v: FileVersion) => now() - Number(v.mtimeNs / 1_000_000n) < RACY_WINDOW_MS;

  return () => {
    let stat: fs.BigIntStats | undefined;
    try {
      stat = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    const seen = stat === undefined ? undefined : versionOf(stat);
    if (seen !== undefined && sameVersion(seen, version) && !racy(seen)) return current;
    const read = readTokenFile(file);
    version = read.version;
    if (read.ok) {
      current = known(read.tokens);
      const changed = signatureOf(read.tokens);
      if (reported !== '' || changed !== signature) {
        options.log?.info('admin tokens file read again', { file, tokens: read.tokens.length });
      }
      reported = '';
      signature = changed;
    } else {
      // Refuse every token of the file until it is fixed; the last good list would be more permissive.
      current = [];
      signature = '';
      const problems = describeProblems(read.problems);
      if (problems !== reported) {
        options.log?.error('admin tokens file is invalid: its tokens are refused until it is fixed', {
          file,
          problems,
          lines: read.problems.map((p) => p.line).filter((l): l is number => l !== null),
          variable: 'ATLAS_ADMIN_TOKENS_FILE',
        });
        reported = problems;
      }
    }
    return current;
  };
}

const signatureOf = (tokens: readonly AdminTokenHash[]) =>
  tokens.map((t) => `${t.name}:${t.sha256}`).join('\n');

function invalidFile(file: string, problems: readonly TokenFileProblem[]): AppError {
  return new AppError(
    ErrorCode.CONFIG_INVALID,
    `Invalid configuration: ATLAS_ADMIN_TOKENS_FILE ${file}: ${describeProblems(problems)}`,
    {
      variable: 'ATLAS_ADMIN_TOKENS_FILE',
      file,
      problems: problems.map((p) => ({ line: p.line, problem: p.problem })),
    },
  );
}

export function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
