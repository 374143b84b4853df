// Injection through the API, the fast version: every string argument of every query (derived from the schema)
// with four hostile strings each; for every mutation (nested input fields and list items included) and every
// section of the import format (JSON and CSV) four of its string places, one hostile string each — places and
// strings rotate, so every string is used. Reads must answer typed and leave the database as it was; mutations as
// an admin must be refused typed and write nothing, or do exactly what their valid input does with the string
// stored verbatim. The full cross product (every place × every string): test/reliability/injection.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import type { Database } from '../../../server/db/database.ts';
import { connectTestDatabase } from '../../support/test-neo4j.ts';
import { startTestServer } from '../../support/test-server.ts';
import { HOSTILE_STRINGS, rotating } from './support/hostile-strings.ts';
import {
  importAttempts,
  importBaseline,
  importFields,
  importKeyAttempts,
  importSections,
} from './support/import-attacks.ts';
import {
  ADMIN_TOKEN,
  attack,
  attackMutation,
  attackRead,
  freshState,
  injectionServerEnv,
  MUTATION_BASELINES,
  mutationFields,
  readFields,
} from './support/injection.ts';
import { rootFields } from './support/schema-operations.ts';

const TIMEOUT = 600_000;
/** Places tried per mutation and per import section here; the reliability run tries them all. */
const PLACES = 4;
/** Whether place i of count is among the PLACES tried, starting at an offset so that all places get their turn. */
const sampled = (i: number, count: number, offset: number) =>
  count <= PLACES || (i - ((offset * PLACES) % count) + count) % count < PLACES;

const figures = { reads: 0, mutations: 0, refused: 0, stored: 0, inert: 0 };

describe('hostile strings in every string argument and import field', () => {
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
      `injection (fast): ${JSON.stringify(figures)} with ${HOSTILE_STRINGS.length} hostile strings`,
    );
  });

  it('every mutation has a valid starting input', () => {
    expect(Object.keys(MUTATION_BASELINES).sort()).toEqual(
      mutationFields()
        .map((f) => f.name)
        .sort(),
    );
  });

  it.each(readFields().map((f) => ({ name: f.name, f })))(
    'read $name',
    async ({ f }) => {
      await freshState(db, server);
      figures.reads += await attackRead(db, server, f, (i) => rotating(i, 4));
    },
    TIMEOUT,
  );

  it.each(mutationFields().map((f, m) => ({ name: f.name, f, m })))(
    'mutation $name',
    async ({ f, m }) => {
      // A few of its string places, rotating with the mutation, each with one string (rotating too).
      const result = await attackMutation(db, server, f, (i, count) =>
        sampled(i, count, m) ? rotating(i + m, 1) : [],
      );
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
      const s = importSections().indexOf(section);
      const fields = importFields(section);
      const attempts = [
        ...fields.flatMap((field, i) =>
          sampled(i, fields.length, s) ? importAttempts(section, field, rotating(i + s, 1)) : [],
        ),
        ...importKeyAttempts(section, rotating(importSections().indexOf(section), 1)),
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
