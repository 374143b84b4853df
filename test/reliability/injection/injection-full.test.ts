// Injection through the API, the full cross product (the fast version samples it: test/integration/security):
// every string argument of every query and mutation, every field of every import section as JSON and as CSV, and
// every hostile string in each. Reads answer typed and change nothing; mutations as an admin are refused typed and
// write nothing, or do exactly what their valid input does with the string stored verbatim.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import type { Database } from '../../../server/db/database.ts';
import { connectTestDatabase } from '../../support/test-neo4j.ts';
import { startTestServer } from '../../support/test-server.ts';
import { HOSTILE_STRINGS } from '../../integration/security/support/hostile-strings.ts';
import {
  importAttempts,
  importBaseline,
  importFields,
  importKeyAttempts,
  importSections,
} from '../../integration/security/support/import-attacks.ts';
import {
  ADMIN_TOKEN,
  attack,
  attackMutation,
  attackRead,
  freshState,
  injectionServerEnv,
  mutationFields,
  readFields,
} from '../../integration/security/support/injection.ts';
import { rootFields } from '../../integration/security/support/schema-operations.ts';

const figures = { reads: 0, mutations: 0, refused: 0, stored: 0, inert: 0 };
const all = () => HOSTILE_STRINGS;
/** An hour per field: a mutation with 25 string places is some 700 requests, each from a fresh database. */
const TIMEOUT = 3_600_000;

describe('every hostile string in every string argument and import field', () => {
  let db: Database;
  let server: AtlasHandle;
  beforeAll(async () => {
    db = await connectTestDatabase();
    server = await startTestServer(
      injectionServerEnv(createHash('sha256').update(ADMIN_TOKEN).digest('hex')),
    );
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
    console.info(
      `injection (full): ${JSON.stringify(figures)} with ${HOSTILE_STRINGS.length} hostile strings`,
    );
  });

  it.each(readFields().map((f) => ({ name: f.name, f })))(
    'read $name',
    async ({ f }) => {
      await freshState(db, server);
      figures.reads += await attackRead(db, server, f, all);
    },
    TIMEOUT,
  );

  it.each(mutationFields().map((f) => ({ name: f.name, f })))(
    'mutation $name',
    async ({ f }) => {
      const result = await attackMutation(db, server, f, all);
      figures.mutations += result.tried;
      figures.refused += result.refused;
      figures.stored += result.stored;
      figures.inert += result.inert;
    },
    TIMEOUT,
  );

  const runImport = rootFields().find((f) => f.name === 'runImport')!;
  it.each(importSections())(
    'import fields of %s, as JSON and CSV',
    async (section) => {
      const attempts = [
        ...importFields(section).flatMap((field) => importAttempts(section, field, HOSTILE_STRINGS)),
        ...importKeyAttempts(section, HOSTILE_STRINGS),
      ];
      const result = await attack(db, server, runImport, importBaseline(section), attempts);
      figures.mutations += result.tried;
      figures.refused += result.refused;
      figures.stored += result.stored;
      figures.inert += result.inert;
    },
    TIMEOUT,
  );
});
