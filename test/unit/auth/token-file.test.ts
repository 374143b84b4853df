// The admin tokens file (ATLAS_ADMIN_TOKENS_FILE): strict at start, read again when it changes, and a file that
// turns bad at run time grants none of its tokens (never the older list) until it is fixed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAuthenticator, sha256, type Authenticate } from '../../../server/auth/authenticate.ts';
import { parseTokenFile } from '../../../server/auth/token-file.ts';
import { isAppError } from '../../../server/errors/app-error.ts';
import { createLogger } from '../../../server/logging/logger.ts';

const hex = (secret: string) => sha256(secret).toString('hex');
const line = (name: string, secret: string) => `${name}:${hex(secret)}`;

/** The viewer's name, or the error code. */
function who(authenticate: Authenticate, secret: string): string {
  try {
    const viewer = authenticate(`Bearer ${secret}`);
    return viewer.role === 'admin' ? viewer.name : 'anonymous';
  } catch (err) {
    return isAppError(err) ? err.code : 'NOT_AN_APP_ERROR';
  }
}

function startupError(fn: () => unknown): {
  code: string;
  message: string;
  details: Record<string, unknown>;
} {
  try {
    fn();
  } catch (err) {
    if (!isAppError(err)) throw err;
    return { code: err.code, message: err.message, details: { ...err.details } };
  }
  throw new Error('expected start-up to fail');
}

describe('parsing the tokens file', () => {
  it('reads name:hash lines, skipping blank lines and # comments, anywhere on a line', () => {
    const text = `\uFEFF# admins\r\n\r\n${line('erika', 'a')}  # since May\n  ${line('bot', 'b').toUpperCase().replace('BOT', 'bot')}\n`;
    expect(parseTokenFile(text)).toEqual({
      ok: true,
      tokens: [
        { name: 'erika', sha256: hex('a') },
        { name: 'bot', sha256: hex('b') },
      ],
    });
  });

  it.each([
    ['no colon', 'erika', 'no colon'],
    ['a bad name', `er ika:${hex('a')}`, 'the name'],
    ['an empty name', `:${hex('a')}`, 'the name'],
    ['the secret instead of its hash', 'erika:q3JxXw-not-a-hash', 'is it the token itself'],
    ['a short hash', `erika:${hex('a').slice(1)}`, '63 characters'],
    ['two colons', `erika:${hex('a')}:x`, '66 characters'],
  ])('refuses %s, naming the line', (_what, bad, problem) => {
    const result = parseTokenFile(`# header\n${line('ok', 'a')}\n${bad}\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.line).toBe(3);
    expect(result.problems[0]?.problem).toContain(problem);
  });

  it('refuses one hash under two names', () => {
    const result = parseTokenFile(`${line('a', 's')}\n${line('b', 's')}\n`);
    expect(result).toEqual({
      ok: false,
      problems: [{ line: 2, problem: 'the same hash as line 1: one token would have two names' }],
    });
  });

  it('never repeats the text of a bad line (it may be a pasted secret)', () => {
    const result = parseTokenFile('erika:THE-SECRET-TOKEN-VALUE\n');
    expect(JSON.stringify(result)).not.toContain('THE-SECRET');
  });
});

describe('the tokens file of a running server', () => {
  let dir: string;
  let file: string;
  let logged: { level: string; msg: string; problems?: string; lines?: number[] }[];
  const log = createLogger('debug', (l) => logged.push(JSON.parse(l) as (typeof logged)[number]));
  // The clock is far past the file's modification time: only the stat decides whether the file is read again.
  const later = () => Date.now() + 60_000;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-token-file-'));
    file = path.join(dir, 'tokens');
    logged = [];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const start = (text: string, env = [{ name: 'env-admin', sha256: hex('env-secret') }]) => {
    fs.writeFileSync(file, text);
    return createAuthenticator(env, { file, log, now: later });
  };

  it('grants the tokens of the file and of ATLAS_ADMIN_TOKENS', () => {
    const authenticate = start(`${line('erika', 'e-secret')}\n`);
    expect(who(authenticate, 'e-secret')).toBe('erika');
    expect(who(authenticate, 'env-secret')).toBe('env-admin');
    expect(who(authenticate, 'other')).toBe('UNAUTHENTICATED');
  });

  it('start-up fails with CONFIG_INVALID naming the file, the line and the problem', () => {
    fs.writeFileSync(file, `# admins\n${line('erika', 'e')}\nbob:not-hex\n`);
    const error = startupError(() => createAuthenticator([], { file, log }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain(file);
    expect(error.message).toContain('line 3');
    expect(error.details).toMatchObject({
      variable: 'ATLAS_ADMIN_TOKENS_FILE',
      file,
      problems: [{ line: 3 }],
    });
  });

  it('start-up fails with CONFIG_INVALID when the file is missing', () => {
    const error = startupError(() => createAuthenticator([], { file: path.join(dir, 'nope'), log }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain(path.join(dir, 'nope'));
    expect(error.message).toContain('does not exist');
  });

  it('a removed line is revoked at the next request', () => {
    const authenticate = start(`${line('erika', 'e')}\n${line('bob', 'b')}\n`);
    expect(who(authenticate, 'b')).toBe('bob');
    fs.writeFileSync(file, `${line('erika', 'e')}\n`);
    expect(who(authenticate, 'b')).toBe('UNAUTHENTICATED');
    expect(who(authenticate, 'e')).toBe('erika');
  });

  it('a line changed in place with its modification time put back is noticed (by its change time)', () => {
    // A whole second, which every file system stores exactly, so the second file's mtime equals the first's.
    const stamp = new Date('2020-01-01T00:00:00Z');
    const authenticate = start(`${line('erika', 'e')}\n`);
    fs.utimesSync(file, stamp, stamp);
    expect(who(authenticate, 'e')).toBe('erika');
    const before = fs.statSync(file, { bigint: true });
    fs.writeFileSync(file, `${line('erika', 'x')}\n`);
    fs.utimesSync(file, stamp, stamp);
    const after = fs.statSync(file, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([before.size, before.mtimeNs, before.ino]);
    expect(who(authenticate, 'e')).toBe('UNAUTHENTICATED');
    expect(who(authenticate, 'x')).toBe('erika');
  });

  it('a file replaced by a rename (another inode) is read again', () => {
    const authenticate = start(`${line('erika', 'e')}\n`);
    expect(who(authenticate, 'e')).toBe('erika');
    const next = path.join(dir, 'tokens.new');
    fs.writeFileSync(next, `${line('erika', 'f')}\n`);
    fs.renameSync(next, file);
    expect(who(authenticate, 'e')).toBe('UNAUTHENTICATED');
    expect(who(authenticate, 'f')).toBe('erika');
  });

  it('a file that turns bad refuses all its tokens (not the older list), logs once, and recovers', () => {
    const authenticate = start(`${line('erika', 'e')}\n${line('bob', 'b')}\n`);
    expect(who(authenticate, 'e')).toBe('erika');
    // A half-edited file: erika's line still valid, a broken line below it.
    fs.writeFileSync(file, `${line('erika', 'e')}\nbob:${hex('b').slice(0, 20)}\n`);
    expect(who(authenticate, 'e')).toBe('UNAUTHENTICATED');
    expect(who(authenticate, 'b')).toBe('UNAUTHENTICATED');
    expect(who(authenticate, 'e')).toBe('UNAUTHENTICATED');
    expect(who(authenticate, 'env-secret')).toBe('env-admin');
    const errors = logged.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ lines: [2], file });
    expect(errors[0]?.problems).toContain('line 2');

    fs.writeFileSync(file, `${line('erika', 'e')}\n`);
    expect(who(authenticate, 'e')).toBe('erika');
    expect(who(authenticate, 'b')).toBe('UNAUTHENTICATED');
    expect(logged.filter((l) => l.level === 'error')).toHaveLength(1);
  });

  it('a deleted file grants nothing and is logged; back again, it grants again', () => {
    const authenticate = start(`${line('erika', 'e')}\n`);
    expect(who(authenticate, 'e')).toBe('erika');
    fs.rmSync(file);
    expect(who(authenticate, 'e')).toBe('UNAUTHENTICATED');
    expect(logged.filter((l) => l.level === 'error')).toHaveLength(1);
    fs.writeFileSync(file, `${line('erika', 'e')}\n`);
    expect(who(authenticate, 'e')).toBe('erika');
  });

  it('a file that is not UTF-8 grants nothing', () => {
    const authenticate = start(`${line('erika', 'e')}\n`);
    fs.writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${line('erika', 'e')}\n`), Buffer.from([0xff, 0xfe])]),
    );
    expect(who(authenticate, 'e')).toBe('UNAUTHENTICATED');
  });

  it('an anonymous request does not touch the file', () => {
    const authenticate = start(`${line('erika', 'e')}\n`);
    fs.rmSync(file);
    expect(authenticate(undefined)).toEqual({ role: 'anonymous' });
    expect(logged.filter((l) => l.level === 'error')).toHaveLength(0);
  });
});
