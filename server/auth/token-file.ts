// The admin tokens file (ATLAS_ADMIN_TOKENS_FILE): one `name:sha256hex` per line, `#` starts a comment. Parsing
// is strict and all or nothing: a file with one bad line yields no token at all, so a half-edited file can never
// grant more than the operator meant. Problems name the line and what is wrong, never the line's text (an admin
// who pasted the secret instead of its hash must not find it in the log).
import fs from 'node:fs';
import type { AdminTokenHash } from '../config/config.ts';

/** The same rule as `npm run token` and ATLAS_ADMIN_TOKENS: it is the name the audit trail records. */
export const TOKEN_NAME = /^[A-Za-z0-9._@-]+$/;
const SHA256_HEX = /^[0-9a-fA-F]{64}$/;
/** A file of tokens is a few lines; anything this large is not one (and is not read into memory whole). */
export const MAX_TOKEN_FILE_BYTES = 1024 * 1024;

export interface TokenFileProblem {
  /** 1-based line of the problem; null for a problem with the whole file (missing, unreadable, too large). */
  readonly line: number | null;
  readonly problem: string;
}

export type TokenFileParse =
  | { readonly ok: true; readonly tokens: readonly AdminTokenHash[] }
  | { readonly ok: false; readonly problems: readonly TokenFileProblem[] };

/** The tokens of a file's text, or every problem in it. */
export function parseTokenFile(text: string): TokenFileParse {
  const tokens: AdminTokenHash[] = [];
  const problems: TokenFileProblem[] = [];
  const lineOfHash = new Map<string, number>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const hash = raw.indexOf('#');
    const entry = (hash === -1 ? raw : raw.slice(0, hash)).trim();
    if (entry === '') return;
    const problem = entryProblem(entry);
    if (problem !== undefined) {
      problems.push({ line, problem });
      return;
    }
    const colon = entry.indexOf(':');
    const name = entry.slice(0, colon);
    const sha256 = entry.slice(colon + 1).toLowerCase();
    const earlier = lineOfHash.get(sha256);
    if (earlier !== undefined) {
      problems.push({ line, problem: `the same hash as line ${earlier}: one token would have two names` });
      return;
    }
    lineOfHash.set(sha256, line);
    tokens.push({ name, sha256 });
  });
  return problems.length === 0 ? { ok: true, tokens } : { ok: false, problems };
}

function entryProblem(entry: string): string | undefined {
  const colon = entry.indexOf(':');
  if (colon === -1) {
    return 'expected NAME:SHA256 (the second line that `npm run token -- NAME` prints), found no colon';
  }
  const name = entry.slice(0, colon);
  const hash = entry.slice(colon + 1);
  if (!TOKEN_NAME.test(name))
    return 'the name before the colon must be letters, digits, . _ @ - (at least one)';
  if (!SHA256_HEX.test(hash)) {
    return `after the colon there must be the SHA-256 of the token as 64 hexadecimal digits, found ${hash.length} characters${
      /^[0-9a-fA-F]*$/.test(hash)
        ? ''
        : ' that are not all hexadecimal (is it the token itself? store only its hash)'
    }`;
  }
  return undefined;
}

/** What identifies one version of the file cheaply: a change to any of these means it must be read again. */
export interface FileVersion {
  readonly ino: bigint;
  readonly dev: bigint;
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
}

export function versionOf(stat: fs.BigIntStats): FileVersion {
  return { ino: stat.ino, dev: stat.dev, size: stat.size, mtimeNs: stat.mtimeNs, ctimeNs: stat.ctimeNs };
}

export function sameVersion(a: FileVersion | undefined, b: FileVersion | undefined): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.ino === b.ino &&
    a.dev === b.dev &&
    a.size === b.size &&
    a.mtimeNs === b.mtimeNs &&
    a.ctimeNs === b.ctimeNs
  );
}

export type TokenFileRead =
  | { readonly ok: true; readonly tokens: readonly AdminTokenHash[]; readonly version: FileVersion }
  | {
      readonly ok: false;
      readonly problems: readonly TokenFileProblem[];
      readonly version: FileVersion | undefined;
    };

/**
 * Reads and parses the file. `version` is the file's version before reading, and only when it is the same after
 * reading (a file being written while it is read has no version: the caller reads it again next time).
 */
export function readTokenFile(file: string): TokenFileRead {
  let before: fs.BigIntStats | undefined;
  try {
    before = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
    if (before === undefined) {
      return {
        ok: false,
        version: undefined,
        problems: [{ line: null, problem: 'the file does not exist' }],
      };
    }
    if (!before.isFile()) {
      return { ok: false, version: undefined, problems: [{ line: null, problem: 'not a regular file' }] };
    }
    if (before.size > BigInt(MAX_TOKEN_FILE_BYTES)) {
      const problem = `larger than ${MAX_TOKEN_FILE_BYTES} bytes: not a file of tokens`;
      return { ok: false, version: versionOf(before), problems: [{ line: null, problem }] };
    }
    const buffer = fs.readFileSync(file);
    const after = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
    const version =
      after !== undefined && sameVersion(versionOf(before), versionOf(after)) ? versionOf(after) : undefined;
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
    const parsed = parseTokenFile(text);
    return parsed.ok ? { ...parsed, version: version ?? versionOf(before) } : { ...parsed, version };
  } catch (err) {
    const problem =
      err instanceof TypeError
        ? 'not UTF-8 text'
        : `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`;
    return { ok: false, version: undefined, problems: [{ line: null, problem }] };
  }
}

/** "line 3: …; line 7: …" or the whole-file problem, for messages and logs. */
export function describeProblems(problems: readonly TokenFileProblem[]): string {
  return problems.map((p) => (p.line === null ? p.problem : `line ${p.line}: ${p.problem}`)).join('; ');
}
