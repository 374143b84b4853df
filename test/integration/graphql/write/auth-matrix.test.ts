// Every admin field, called three ways: as an admin (reaches its resolver: the expected answer proves it), as an
// anonymous reader (UNAUTHENTICATED, no data, nothing written) and over real HTTP with a wrong token (401 before
// GraphQL runs). The table must name exactly the schema's Mutation fields and the admin queries. Then, over HTTP
// against a server with a tokens file, every admin field derived from the schema (so a new mutation is in without
// being listed) with each token state: none, malformed headers, a revoked token, forged ones and a valid one.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../../../server/app/start-atlas.ts';
import { buildSchema } from '../../../../server/graphql/build-schema.ts';
import { adminQueries } from '../../../../server/graphql/resolvers/write/index.ts';
import { startTestServer } from '../../../support/test-server.ts';
import { operationFor, rootFields, sampleArguments } from '../../security/support/schema-operations.ts';
import { errorOf, latestAudit, ok, snapshot, useWriteApi } from './support/write-api.ts';

const verified = 'sources: ["src-a"], lastVerified: "2026-11-21"';
const link = 'link: { type: MEMBER_OF, from: "einsamer-verein", to: "ak-integration" }';

/** Field → an operation that reaches it, and what an admin gets: a code, or 'ok'. None changes the graph. */
const OPERATIONS: Record<string, [string, string]> = {
  createSource: [
    `mutation { createSource(input: { id: "src-a", title: "A", dateRead: "2026-11-01" }) { id } }`,
    'CONFLICT',
  ],
  updateSource: [`mutation { updateSource(id: "nope", input: { note: "x" }) { id } }`, 'NOT_FOUND'],
  deleteSource: [`mutation { deleteSource(id: "nope") { id } }`, 'NOT_FOUND'],
  createTerm: [
    `mutation { createTerm(input: { vocabulary: "runRole", key: "lead", labelDe: "L", labelEn: "L", definition: "L" }) { id } }`,
    'CONFLICT',
  ],
  updateTerm: [
    `mutation { updateTerm(vocabulary: "runRole", key: "nope", input: { labelEn: "x" }) { id } }`,
    'NOT_FOUND',
  ],
  deleteTerm: [`mutation { deleteTerm(vocabulary: "runRole", key: "lead") { id } }`, 'CONFLICT'],
  createTopic: [
    `mutation { createTopic(input: { id: "sprache", labelDe: "S", labelEn: "S", definition: "S", ${verified} }) { id } }`,
    'CONFLICT',
  ],
  updateTopic: [`mutation { updateTopic(id: "nope", input: { labelEn: "x" }) { id } }`, 'NOT_FOUND'],
  deleteTopic: [`mutation { deleteTopic(id: "sprache") { id } }`, 'CONFLICT'],
  createTargetGroup: [
    `mutation { createTargetGroup(input: { id: "frauen", labelDe: "F", labelEn: "F", definition: "F", ${verified} }) { id } }`,
    'CONFLICT',
  ],
  updateTargetGroup: [
    `mutation { updateTargetGroup(id: "nope", input: { labelEn: "x" }) { id } }`,
    'NOT_FOUND',
  ],
  deleteTargetGroup: [`mutation { deleteTargetGroup(id: "frauen") { id } }`, 'CONFLICT'],
  createRegion: [
    `mutation { createRegion(input: { id: "de-06", name: "H", level: "land", country: "DE", code: "06", partOf: "de", ${verified} }) { id } }`,
    'CONFLICT',
  ],
  updateRegion: [`mutation { updateRegion(id: "nope", input: { name: "x" }) { id } }`, 'NOT_FOUND'],
  deleteRegion: [`mutation { deleteRegion(id: "de-06", detach: true) { id } }`, 'CONFLICT'],
  createActor: [
    `mutation { createActor(input: { id: "ak-integration", kind: "agency", name: "X", ${verified} }) { id } }`,
    'CONFLICT',
  ],
  updateActor: [`mutation { updateActor(id: "nope", input: { note: "x" }) { id } }`, 'NOT_FOUND'],
  deleteActor: [`mutation { deleteActor(id: "jobcenter-bergstrasse") { id } }`, 'CONFLICT'],
  createProgram: [
    `mutation { createProgram(input: { id: "wir-hessen", kind: "fundingProgram", name: "X", ${verified} }) { id } }`,
    'CONFLICT',
  ],
  updateProgram: [`mutation { updateProgram(id: "nope", input: { note: "x" }) { id } }`, 'NOT_FOUND'],
  deleteProgram: [`mutation { deleteProgram(id: "wir-hessen") { id } }`, 'CONFLICT'],
  createMeasure: [
    `mutation { createMeasure(input: { id: "migrationsberatung", kind: "counselling", name: "X", ${verified} }) { id } }`,
    'CONFLICT',
  ],
  updateMeasure: [`mutation { updateMeasure(id: "nope", input: { note: "x" }) { id } }`, 'NOT_FOUND'],
  deleteMeasure: [`mutation { deleteMeasure(id: "migrationsberatung") { id } }`, 'CONFLICT'],
  link: [
    `mutation { link(input: { type: MEMBER_OF, from: "jobcenter-bergstrasse", to: "ak-integration", role: "member", ${verified} }) { status } }`,
    'CONFLICT',
  ],
  updateLink: [`mutation { updateLink(${link}, input: { note: "x" }) { status } }`, 'NOT_FOUND'],
  unlink: [`mutation { unlink(${link}) { status } }`, 'NOT_FOUND'],
  mergeDuplicates: [
    `mutation { mergeDuplicates(keep: "jobcenter-bergstrasse", drop: "nope") { moved } }`,
    'NOT_FOUND',
  ],
  runImport: [
    `mutation { runImport(document: "{\\"format\\": \\"integration-atlas/1\\"}", dryRun: true) { dryRun } }`,
    'ok',
  ],
  addContact: [
    `mutation { addContact(actorId: "nope", input: { name: "N", consentGiven: true, consentDate: "2026-01-01" }) { id } }`,
    'NOT_FOUND',
  ],
  updateContact: [`mutation { updateContact(id: "contact-nope", input: { name: "N" }) { id } }`, 'NOT_FOUND'],
  removeContact: [`mutation { removeContact(id: "contact-nope") }`, 'NOT_FOUND'],
  auditTrail: [`{ auditTrail(first: 1) { hasNextPage } }`, 'ok'],
  actorContacts: [`{ actorContacts(actorId: "nope") { id } }`, 'NOT_FOUND'],
};

const TOKEN = 'matrix-secret-token';
const TOKEN_HASH = createHash('sha256').update(TOKEN).digest('hex');

describe('authorization of every admin field', () => {
  const api = useWriteApi();
  const cases = Object.entries(OPERATIONS).map(([field, [operation, adminAnswer]]) => ({
    field,
    operation,
    adminAnswer,
  }));

  it('covers exactly the Mutation fields and the admin queries of the schema', () => {
    const mutations = Object.keys(buildSchema().getMutationType()?.getFields() ?? {});
    expect(Object.keys(OPERATIONS).sort()).toEqual([...mutations, ...Object.keys(adminQueries)].sort());
  });

  it.each(cases)('$field: an admin reaches the resolver', async ({ field, operation, adminAnswer }) => {
    const result = await api.admin.query(operation);
    if (adminAnswer === 'ok') expect(ok(result)[field]).toBeDefined();
    else expect(errorOf(result).code).toBe(adminAnswer);
  });

  it.each(cases)('$field: an anonymous reader gets UNAUTHENTICATED and no data', async ({ operation }) => {
    const before = await snapshot(api);
    const result = await api.anonymous.query(operation);
    expect(errorOf(result).code).toBe('UNAUTHENTICATED');
    expect(result.data ?? null).toBeNull();
    expect(await snapshot(api)).toEqual(before);
  });

  describe('over HTTP', () => {
    let server: AtlasHandle;
    beforeAll(async () => {
      server = await startTestServer({ ATLAS_ADMIN_TOKENS: `tester:${TOKEN_HASH}` });
    });
    afterAll(() => server?.stop());

    const post = (query: string, authorization: string) =>
      fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query }),
      });

    it.each(cases)('$field: a wrong token gets HTTP 401 UNAUTHENTICATED', async ({ operation }) => {
      const response = await post(operation, 'Bearer not-the-token');
      expect(response.status).toBe(401);
      const body = (await response.json()) as { errors: { extensions: { code: string } }[]; data?: unknown };
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
      expect(body.data).toBeUndefined();
    });

    it('the right token writes, audited under the token name and the request id of the response', async () => {
      const response = await post(
        'mutation { updateActor(id: "einsamer-verein", input: { note: "via HTTP" }) { status } }',
        `Bearer ${TOKEN}`,
      );
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { updateActor: { status: 'UPDATED' } } });
      const [entry] = await latestAudit(api, 1);
      expect(entry).toMatchObject({
        action: 'UPDATE',
        targetId: 'einsamer-verein',
        changedBy: 'tester',
        requestId: response.headers.get('x-request-id'),
      });
    });
  });

  describe('every admin field of the schema × every token state, over HTTP with a tokens file', () => {
    // 43 characters of base64url, as `npm run token` makes them.
    const VALID = 'VALIDvalidVALIDvalidVALIDvalidVALIDvalid-_0';
    const REVOKED = 'REVOKEDrevokedREVOKEDrevokedREVOKEDrevoked1';
    const hex = (secret: string) => createHash('sha256').update(secret).digest('hex');
    const MALFORMED = [
      `Basic ${Buffer.from(`tester:${VALID}`).toString('base64')}`,
      'Bearer',
      `Bearer ${VALID} ${VALID}`,
      VALID,
      `Token ${VALID}`,
      `Bearer ${VALID},Bearer ${VALID}`,
    ];
    const FORGED = {
      random: 'k7Qx2mZpL9vN4rT8wY1bC6dF3gH5jK0sA2eU7iO9pQz',
      'one character changed': `${VALID.slice(0, -1)}1`,
      'the hash instead of the secret': hex(VALID),
      'the file line instead of the secret': `tester:${hex(VALID)}`,
      'the revoked token in upper case': REVOKED.toUpperCase(),
    };
    const fields = rootFields().filter((f) => f.admin);
    let dir: string;
    let tokensFile: string;
    let server: AtlasHandle;
    const writeTokens = (withRevoked: boolean) =>
      fs.writeFileSync(
        tokensFile,
        `# admins\ntester:${hex(VALID)}\n${withRevoked ? `leaver:${hex(REVOKED)}\n` : ''}`,
      );

    beforeAll(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-auth-matrix-'));
      tokensFile = path.join(dir, 'admin-tokens');
      writeTokens(true);
      server = await startTestServer({ ATLAS_ADMIN_TOKENS_FILE: tokensFile });
    });
    afterAll(async () => {
      await server?.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    interface Answer {
      status: number;
      codes: unknown[];
      data: unknown;
    }
    const call = async (
      body: { query: string; variables: Record<string, unknown> },
      authorization?: string,
    ): Promise<Answer> => {
      const response = await fetch(`${server.url}graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization === undefined ? {} : { authorization }),
        },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as {
        data?: unknown;
        errors?: { extensions?: { code?: unknown } }[];
      };
      return {
        status: response.status,
        codes: (json.errors ?? []).map((e) => e.extensions?.code),
        data: json.data ?? null,
      };
    };

    it('the matrix covers the Mutation fields of the schema and the admin queries', () => {
      const mutations = Object.keys(buildSchema().getMutationType()?.getFields() ?? {});
      expect(fields.map((f) => f.name).sort()).toEqual([...mutations, ...Object.keys(adminQueries)].sort());
    });

    it.each(fields.map((f) => ({ name: f.name, f })))(
      '$name: refused without a valid token, writing nothing; a valid token reaches it',
      async ({ f }) => {
        writeTokens(true);
        const body = {
          query: operationFor(f, sampleArguments(f.field)),
          variables: sampleArguments(f.field),
        };
        const before = await snapshot(api);
        const refusedWith = async (what: string, authorization: string | undefined, status: number) => {
          const answer = await call(body, authorization);
          expect(answer, what).toMatchObject({ status, codes: ['UNAUTHENTICATED'] });
          expect(
            answer.data === null || (answer.data as Record<string, unknown>)[f.name] === null,
            what,
          ).toBe(true);
          expect(await snapshot(api), `${what}: the database changed`).toEqual(before);
        };

        await refusedWith('no Authorization header', undefined, 200);
        for (const header of MALFORMED) await refusedWith(`malformed: ${header}`, header, 401);
        for (const [what, token] of Object.entries(FORGED))
          await refusedWith(`forged: ${what}`, `Bearer ${token}`, 401);

        // Revoked: valid a moment ago, then its line is removed from the file while the server runs.
        const proof = await call(
          { query: '{ auditTrail(first: 1) { hasNextPage } }', variables: {} },
          `Bearer ${REVOKED}`,
        );
        expect(proof, 'the token to revoke works before').toMatchObject({ status: 200, codes: [] });
        writeTokens(false);
        await refusedWith('revoked', `Bearer ${REVOKED}`, 401);

        // Valid: reaches the resolver; it may refuse the sample input, but never for want of authority.
        const answer = await call(body, `Bearer ${VALID}`);
        expect(answer.status).toBeLessThan(500);
        for (const code of answer.codes) {
          expect(['UNAUTHENTICATED', 'FORBIDDEN', 'INTERNAL_SERVER_ERROR']).not.toContain(code);
        }
        if (answer.codes.length === 0) expect((answer.data as Record<string, unknown>)[f.name]).toBeDefined();
      },
    );
  });
});
