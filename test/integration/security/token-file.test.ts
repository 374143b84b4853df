// ATLAS_ADMIN_TOKENS_FILE on a real server: a token of the file writes (audited under its name); removing its
// line revokes it at the next request, without a restart; a file that turns bad grants none of its tokens (the
// env tokens keep working) until it is fixed; a bad or missing file stops the start with CONFIG_INVALID.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import { isAppError } from '../../../server/errors/app-error.ts';
import { startTestServer } from '../../support/test-server.ts';
import { latestAudit, snapshot, useWriteApi } from '../graphql/write/support/write-api.ts';

const hex = (secret: string) => createHash('sha256').update(secret).digest('hex');
const FILE_TOKEN = 'file-admin-secret-0123456789abcdefghijklmnop';
const OTHER_TOKEN = 'other-admin-secret-0123456789abcdefghijklmno';
const ENV_TOKEN = 'env-admin-secret-0123456789abcdefghijklmnopq';
const UPDATE = 'mutation { updateActor(id: "einsamer-verein", input: { note: "via the file" }) { status } }';

describe('the admin tokens file', () => {
  const api = useWriteApi();
  let dir: string;
  let file: string;
  let server: AtlasHandle;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-token-file-'));
    file = path.join(dir, 'admin-tokens');
    fs.writeFileSync(file, `erika:${hex(FILE_TOKEN)}\n`);
    server = await startTestServer({
      ATLAS_ADMIN_TOKENS_FILE: file,
      ATLAS_ADMIN_TOKENS: `envadmin:${hex(ENV_TOKEN)}`,
    });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => fs.writeFileSync(file, `# admins\nerika:${hex(FILE_TOKEN)}\nolaf:${hex(OTHER_TOKEN)}\n`));

  const post = async (query: string, token: string) => {
    const response = await fetch(`${server.url}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: { extensions: { code: string } }[] };
    return { status: response.status, body };
  };
  const canRead = async (token: string) =>
    (await post('{ auditTrail(first: 1) { hasNextPage } }', token)).status === 200;

  it('a token of the file writes, audited under its name', async () => {
    const answer = await post(UPDATE, FILE_TOKEN);
    expect(answer).toEqual({ status: 200, body: { data: { updateActor: { status: 'UPDATED' } } } });
    expect((await latestAudit(api, 1))[0]).toMatchObject({ changedBy: 'erika', targetId: 'einsamer-verein' });
  });

  it('removing its line revokes a token at the next request; the other lines keep working', async () => {
    expect(await canRead(FILE_TOKEN)).toBe(true);
    fs.writeFileSync(file, `olaf:${hex(OTHER_TOKEN)}\n`);
    const before = await snapshot(api);
    const answer = await post(UPDATE, FILE_TOKEN);
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    expect(await snapshot(api)).toEqual(before);
    expect(await canRead(OTHER_TOKEN)).toBe(true);
  });

  it('a file that turns bad grants none of its tokens until fixed; the env tokens keep working', async () => {
    expect(await canRead(FILE_TOKEN)).toBe(true);
    // erika's line is still intact; a broken line below it makes the whole file untrusted.
    fs.writeFileSync(file, `erika:${hex(FILE_TOKEN)}\nolaf:${hex(OTHER_TOKEN).slice(0, 40)}\n`);
    const before = await snapshot(api);
    expect((await post(UPDATE, FILE_TOKEN)).status).toBe(401);
    expect(await canRead(OTHER_TOKEN)).toBe(false);
    expect(await snapshot(api)).toEqual(before);
    expect(await canRead(ENV_TOKEN)).toBe(true);

    fs.writeFileSync(file, `erika:${hex(FILE_TOKEN)}\n`);
    expect(await canRead(FILE_TOKEN)).toBe(true);
  });

  it('a deleted file grants none of its tokens', async () => {
    expect(await canRead(FILE_TOKEN)).toBe(true);
    fs.rmSync(file);
    expect(await canRead(FILE_TOKEN)).toBe(false);
    expect(await canRead(ENV_TOKEN)).toBe(true);
  });
});

describe('a bad admin tokens file stops the start', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-token-file-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const startError = async (file: string) => {
    let server: AtlasHandle | undefined;
    try {
      server = await startTestServer({ ATLAS_ADMIN_TOKENS_FILE: file });
    } catch (err) {
      return err;
    } finally {
      await server?.stop();
    }
    throw new Error('the server started');
  };

  it('a bad line: CONFIG_INVALID naming the file, the line and the problem', async () => {
    const file = path.join(dir, 'tokens');
    fs.writeFileSync(file, `# admins\nerika:${hex(FILE_TOKEN)}\nolaf:${OTHER_TOKEN}\n`);
    const err = await startError(file);
    expect(isAppError(err) && err.code).toBe('CONFIG_INVALID');
    const message = (err as Error).message;
    expect(message).toContain(file);
    expect(message).toContain('line 3');
    expect(message).toContain('64 hexadecimal digits');
    expect(message).not.toContain(OTHER_TOKEN);
  });

  it('a missing file: CONFIG_INVALID naming the file', async () => {
    const file = path.join(dir, 'no-such-file');
    const err = await startError(file);
    expect(isAppError(err) && err.code).toBe('CONFIG_INVALID');
    expect((err as Error).message).toContain(file);
  });
});
