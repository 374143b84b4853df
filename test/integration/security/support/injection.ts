// The injection campaign, shared by the fast version (test/integration/security) and the full one
// (test/reliability/injection): every string argument of every query and mutation (derived from the schema),
// sent over real HTTP with hostile strings. A read must answer with data or typed errors and leave the database
// as it was; a mutation (as an admin, from a valid starting input) must either be refused with a typed error and
// write nothing, or do exactly what its valid input does with the hostile string stored as data (verbatim, or
// normalised as every text is: NFC, CR LF as LF, invisible characters dropped).
import { expect } from 'vitest';
import {
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLOutputType,
} from 'graphql';
import type { AtlasHandle } from '../../../../server/app/start-atlas.ts';
import type { Database } from '../../../../server/db/database.ts';
import { cypherFile } from '../../../../server/db/cypher-file.ts';
import { cleanText } from '../../../../server/domain/text-safety.ts';
import { ErrorCode } from '../../../../server/errors/error-codes.ts';
import { resetDatabase } from '../../../support/test-neo4j.ts';
import { loadSmallAtlas } from '../../graphql/write/support/small-atlas.ts';
import { changes, dump, fingerprint, storedVerbatim, type Dump } from './fingerprint.ts';
import type { Hostile } from './hostile-strings.ts';
import {
  placeAt,
  rootFields,
  sampleArguments,
  slotName,
  stringSlots,
  type RootField,
} from './schema-operations.ts';

const CLEAR_AUDIT_TRAIL = cypherFile('fixtures/clear-audit-trail');
/** Labels whose nodes every audited write changes; the counts still compare them. */
const AUDIT_LABELS = ['AuditEntry', 'AuditCounter'];

export const ADMIN_TOKEN = 'injection-admin-token-0123456789abcdefghijk';

/**
 * The server's environment: the admin token, and limits high enough that the hostile value reaches the resolver
 * (and that a valid input is not stopped by the deadline on a loaded machine; a 504 is still an allowed answer).
 */
export function injectionServerEnv(tokenHash: string): NodeJS.ProcessEnv {
  return {
    ATLAS_ADMIN_TOKENS: `injector:${tokenHash}`,
    ATLAS_MAX_COST: '100000000',
    ATLAS_DEADLINE_MS: '120000',
  };
}

export interface Answer {
  readonly status: number;
  readonly codes: readonly unknown[];
  readonly data: Record<string, unknown> | null;
}

/** Error codes a client can branch on: the atlas's own and GraphQL's validation and coercion codes. */
const TYPED = new Set<unknown>([
  ...Object.values(ErrorCode),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_USER_INPUT',
]);
/** Typed, but never the right answer to a hostile string: it means something broke inside. */
const NEVER = new Set<unknown>([ErrorCode.INTERNAL_SERVER_ERROR, ErrorCode.DATABASE_ERROR]);

export async function post(
  server: AtlasHandle,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Answer> {
  const response = await fetch(`${server.url}graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    body = { errors: [{ extensions: { code: `not JSON: ${text.slice(0, 80)}` } }] };
  }
  return {
    status: response.status,
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
    data: body.data ?? null,
  };
}

/** No 5xx but the deadline's 504, and every error typed (never INTERNAL_SERVER_ERROR or DATABASE_ERROR). */
export function expectTyped(answer: Answer, what: string): void {
  const deadline = answer.status === 504 && answer.codes.every((c) => c === ErrorCode.LIMIT_EXCEEDED);
  expect(answer.status < 500 || deadline, `${what}: HTTP ${answer.status} ${answer.codes.join(',')}`).toBe(
    true,
  );
  for (const code of answer.codes) {
    expect(TYPED.has(code) && !NEVER.has(code), `${what}: error code ${String(code)}`).toBe(true);
  }
}

/** The small atlas, an empty audit trail and one contact of `einsamer-verein`; returns the contact's id. */
export async function freshState(db: Database, server: AtlasHandle): Promise<string> {
  await resetDatabase(db);
  await loadSmallAtlas(db);
  const added = await post(
    server,
    `mutation { addContact(actorId: "einsamer-verein", input: {
        name: "Ada Kontakt", consentGiven: true, consentDate: "2026-01-01" }) { id } }`,
    {},
    ADMIN_TOKEN,
  );
  const id = (added.data?.addContact as { id?: string } | undefined)?.id;
  if (!id) throw new Error(`fixture contact not added: ${JSON.stringify(added)}`);
  await db.write(CLEAR_AUDIT_TRAIL);
  return id;
}

// ---------------------------------------------------------------------------------------------------------------
// Reads

/** Existing ids by argument name, so that a read goes as far as it can with the other arguments. */
const READ_VALUES: Record<string, unknown> = {
  id: 'caritas-bergstrasse',
  actor: 'caritas-bergstrasse',
  actorId: 'einsamer-verein',
  from: 'caritas-bergstrasse',
  to: 'jobcenter-bergstrasse',
  region: 'de-06431',
  regions: ['de-06431', 'de-06'],
  land: 'de-06',
  parent: 'de-06',
  topic: 'sprache',
  targetGroup: 'frauen',
  program: 'wir-hessen',
  partOf: 'wir-hessen',
  memberOf: 'ak-integration',
  focus: ['caritas-bergstrasse'],
  name: 'runRole',
  text: 'Beratung',
  first: 5,
  limit: 50,
};

export function readArguments(f: RootField): Record<string, unknown> {
  const args = sampleArguments(f.field);
  for (const name of Object.keys(args)) if (name in READ_VALUES) args[name] = READ_VALUES[name];
  return args;
}

/** A selection of the type's leaf fields and one level of nested objects, so lazy resolvers run too. */
function selection(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named) && !isInterfaceType(named)) return ' { __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    if (isLeafType(getNamedType(field.type))) parts.push(field.name);
    else if (depth > 0) parts.push(`${field.name}${selection(field.type, depth - 1)}`);
  }
  return ` { ${parts.join(' ')} }`;
}

export function readOperation(f: RootField, args: Record<string, unknown>): string {
  const given = f.field.args.filter((a) => a.name in args);
  const declared = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `query${declared ? ` (${declared})` : ''} { ${f.name}${passed ? `(${passed})` : ''}${selection(f.field.type, 1)} }`;
}

/** Every query field with at least one string argument (admin queries included, with the token). */
export function readFields(): RootField[] {
  return rootFields().filter((f) => f.root === 'query' && stringSlots(f.field).length > 0);
}

/** One read field, every string slot × the strings `pick` gives it: typed answers, the database unchanged. */
export async function attackRead(
  db: Database,
  server: AtlasHandle,
  f: RootField,
  pick: (slotIndex: number) => readonly Hostile[],
): Promise<number> {
  const before = await fingerprint(db);
  let tried = 0;
  for (const [i, slot] of stringSlots(f.field).entries()) {
    for (const hostile of pick(i)) {
      const args = placeAt(f.field, readArguments(f), slot.path, hostile.value);
      const answer = await post(server, readOperation(f, args), args, f.admin ? ADMIN_TOKEN : undefined);
      expectTyped(answer, `${f.name}(${slotName(slot.path)}: ${hostile.name})`);
      tried++;
    }
  }
  expect(await fingerprint(db), `${f.name}: the database changed`).toEqual(before);
  return tried;
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations

const verified = { sources: ['src-a'], lastVerified: '2026-11-21' };
const memberLink = { type: 'MEMBER_OF', from: 'jobcenter-bergstrasse', to: 'ak-integration' };

/** For each mutation, arguments that succeed on the fresh state: the hostile string replaces one value of them. */
export const MUTATION_BASELINES: Record<string, (contactId: string) => Record<string, unknown>> = {
  createSource: () => ({ input: { id: 'src-neu', title: 'Neue Quelle', dateRead: '2026-11-01' } }),
  updateSource: () => ({ id: 'src-c', input: { note: 'geprüft' } }),
  deleteSource: () => ({ id: 'src-c' }),
  createTerm: () => ({
    input: {
      vocabulary: 'runRole',
      key: 'helper',
      labelDe: 'Hilfe',
      labelEn: 'Helper',
      definition: 'Helps.',
    },
  }),
  updateTerm: () => ({ vocabulary: 'runRole', key: 'lead', input: { labelEn: 'Leading' } }),
  deleteTerm: () => ({ vocabulary: 'cooperationKind', key: 'jointProject' }),
  createTopic: () => ({
    input: { id: 'bildung', labelDe: 'Bildung', labelEn: 'Education', definition: 'Schools.', ...verified },
  }),
  updateTopic: () => ({ id: 'arbeit', input: { labelEn: 'Jobs' } }),
  deleteTopic: () => ({ id: 'arbeit', detach: false }),
  createTargetGroup: () => ({
    input: {
      id: 'senioren',
      labelDe: 'Senioren',
      labelEn: 'Elderly',
      definition: 'Old people.',
      ...verified,
    },
  }),
  updateTargetGroup: () => ({ id: 'jugend', input: { labelEn: 'Youth' } }),
  deleteTargetGroup: () => ({ id: 'jugend', detach: false }),
  createRegion: () => ({
    input: {
      id: 'de-07',
      name: 'Rheinland-Pfalz',
      level: 'land',
      country: 'DE',
      code: '07',
      partOf: 'de',
      ...verified,
    },
  }),
  updateRegion: () => ({ id: 'de-05', input: { name: 'NRW' } }),
  deleteRegion: () => ({ id: 'de-05', detach: false }),
  createActor: () => ({
    input: { id: 'neuer-verein', kind: 'civilSocietyOrganisation', name: 'Zzyzx Verein', ...verified },
    allowDuplicates: true,
  }),
  updateActor: () => ({ id: 'einsamer-verein', input: { note: 'geprüft' }, allowDuplicates: true }),
  deleteActor: () => ({ id: 'caritas-bergstrasse', detach: true }),
  createProgram: () => ({
    input: { id: 'neues-programm', kind: 'fundingProgram', name: 'Zzyzx Programm', ...verified },
    allowDuplicates: true,
  }),
  updateProgram: () => ({ id: 'altes-programm', input: { note: 'geprüft' }, allowDuplicates: true }),
  deleteProgram: () => ({ id: 'altes-programm', detach: false }),
  createMeasure: () => ({
    input: { id: 'neue-massnahme', kind: 'counselling', name: 'Zzyzx Maßnahme', ...verified },
    allowDuplicates: true,
  }),
  updateMeasure: () => ({ id: 'alte-massnahme', input: { note: 'geprüft' }, allowDuplicates: true }),
  deleteMeasure: () => ({ id: 'alte-massnahme', detach: false }),
  link: () => ({
    input: { type: 'MEMBER_OF', from: 'einsamer-verein', to: 'ak-integration', role: 'member', ...verified },
  }),
  updateLink: () => ({ link: memberLink, input: { note: 'geprüft' } }),
  unlink: () => ({ link: memberLink }),
  mergeDuplicates: () => ({ keep: 'migrationsberatung', drop: 'alte-massnahme' }),
  runImport: () => ({
    document: JSON.stringify({
      format: 'integration-atlas/1',
      actors: [{ id: 'import-verein', kind: 'civilSocietyOrganisation', name: 'Zzyzx Import', ...verified }],
    }),
    allowDuplicates: true,
  }),
  addContact: () => ({
    actorId: 'caritas-bergstrasse',
    input: { name: 'Bea Kontakt', consentGiven: true, consentDate: '2026-01-01' },
  }),
  updateContact: (contactId) => ({ id: contactId, input: { note: 'erreichbar' } }),
  removeContact: (contactId) => ({ id: contactId }),
};

/** Valid objects of nested input types, for a hostile value placed in a field the baseline leaves out. */
const FILLERS: Record<string, Record<string, unknown>> = {
  QuantityInput: { kind: 'participantCount', value: 3, unit: 'COUNT' },
  ImportFileInput: {
    name: 'actors.csv',
    content:
      'id,kind,name,sources,lastVerified\ncsv-verein,civilSocietyOrganisation,Zzyzx CSV,src-a,2026-11-21\n',
  },
};

export function mutationFields(): RootField[] {
  return rootFields().filter((f) => f.root === 'mutation');
}

export function mutationOperation(f: RootField, args: Record<string, unknown>): string {
  const given = f.field.args.filter((a) => a.name in args);
  const declared = given.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = given.map((a) => `${a.name}: $${a.name}`).join(', ');
  const select = isLeafType(getNamedType(f.field.type)) ? '' : ' { __typename }';
  return `mutation${declared ? ` (${declared})` : ''} { ${f.name}${passed ? `(${passed})` : ''}${select} }`;
}

interface Effect {
  readonly changed: readonly string[];
  readonly labels: Readonly<Record<string, number>>;
  readonly types: Readonly<Record<string, number>>;
  readonly export: string;
}

const normalise = (keys: readonly string[]) =>
  keys.map((k) => k.replace(/contact-[0-9a-f-]{36}/g, 'contact-*')).sort();

function effect(before: Dump, after: Dump, exported: string): Effect {
  return {
    changed: normalise(changes(before, after, AUDIT_LABELS)),
    labels: after.labels,
    types: after.types,
    export: exported,
  };
}

/**
 * The records an accepted attempt changed, named as the valid input names them: where the hostile string became a
 * record's id or key (`constructor` is a valid one), the same changes under the new name are the same changes. Returned
 * unchanged when no single renaming of a stored string to an id of `expected` makes them equal.
 */
export function renamedTo(
  got: readonly string[],
  expected: readonly string[],
  stored: readonly string[],
): readonly string[] {
  const same = (keys: readonly string[]) =>
    keys.length === expected.length && keys.every((k, i) => k === expected[i]);
  if (same(got)) return got;
  // Ids and term keys in the names: `node Actor:…|import-verein`, `node Term|"runRole":"helper"`.
  const ids = new Set(expected.flatMap((key) => key.match(/[\p{L}\p{N}_-]+/gu) ?? []));
  for (const value of stored) {
    for (const id of ids) {
      const renamed = got.map((key) => key.split(value).join(id)).sort();
      if (same(renamed)) return renamed;
    }
  }
  return got;
}

export interface Figures {
  tried: number;
  refused: number;
  stored: number;
  /** Accepted, and had no effect beyond the valid input's (the string was a lookup key that matched nothing new). */
  inert: number;
}

export interface Attempt {
  readonly what: string;
  readonly args: (contactId: string) => Record<string, unknown>;
  /** The strings that must be stored as they are when the attempt is accepted. */
  readonly stored: readonly string[];
}

/**
 * One mutation: first its valid input alone (the effect to compare with), then each attempt from the fresh state.
 * Refused: typed, the database unchanged. Accepted: the same records changed as by the valid input, the same
 * counts of nodes by label and relationships by type (audit entries included), and the hostile strings stored
 * verbatim or normalised (or else the export exactly the valid input's: the string was inert).
 */
export async function attack(
  db: Database,
  server: AtlasHandle,
  f: RootField,
  baseline: (contactId: string) => Record<string, unknown>,
  attempts: readonly Attempt[],
): Promise<Figures> {
  const figures: Figures = { tried: 0, refused: 0, stored: 0, inert: 0 };
  let contactId = await freshState(db, server);
  const start = await dump(db);
  const valid = await post(
    server,
    mutationOperation(f, baseline(contactId)),
    baseline(contactId),
    ADMIN_TOKEN,
  );
  expect(valid.codes, `${f.name}: its valid input must succeed`).toEqual([]);
  const expected = effect(start, await dump(db), (await fingerprint(db)).export);
  expect(expected.changed.length, `${f.name}: its valid input must change something`).toBeGreaterThan(0);

  let dirty = true;
  let before = await dump(db);
  for (const attempt of attempts) {
    if (dirty) {
      contactId = await freshState(db, server);
      before = await dump(db);
    }
    const args = attempt.args(contactId);
    const answer = await post(server, mutationOperation(f, args), args, ADMIN_TOKEN);
    figures.tried++;
    expectTyped(answer, attempt.what);
    const after = await dump(db);
    if (answer.codes.length > 0) {
      figures.refused++;
      expect(changes(before, after), `${attempt.what}: refused, but the database changed`).toEqual([]);
      expect([after.labels, after.types], `${attempt.what}: refused, but the counts changed`).toEqual([
        before.labels,
        before.types,
      ]);
      dirty = false;
      continue;
    }
    const got = effect(before, after, (await fingerprint(db)).export);
    expect(
      renamedTo(got.changed, expected.changed, attempt.stored),
      `${attempt.what}: other records changed than by the valid input`,
    ).toEqual(expected.changed);
    expect([got.labels, got.types], `${attempt.what}: other counts than after the valid input`).toEqual([
      expected.labels,
      expected.types,
    ]);
    // Verbatim, or as every text is stored: NFC, CR LF as LF, invisible characters dropped (text-safety.ts).
    const kept = (value: string) =>
      storedVerbatim(after, value, AUDIT_LABELS) || storedVerbatim(after, cleanText(value), AUDIT_LABELS);
    if (attempt.stored.every(kept)) figures.stored++;
    else {
      expect(got.export, `${attempt.what}: accepted, but neither stored verbatim nor inert`).toBe(
        expected.export,
      );
      figures.inert++;
    }
    dirty = true;
  }
  return figures;
}

/** Every string slot of a mutation × the strings `pick` gives it, from its valid input. */
export function attackMutation(
  db: Database,
  server: AtlasHandle,
  f: RootField,
  pick: (slotIndex: number, slotCount: number) => readonly Hostile[],
): Promise<Figures> {
  const baseline = MUTATION_BASELINES[f.name];
  if (!baseline)
    throw new Error(`no valid starting input for the mutation ${f.name}: add it to MUTATION_BASELINES`);
  const slots = stringSlots(f.field);
  const attempts = slots.flatMap((slot, i) =>
    pick(i, slots.length).map((hostile) => ({
      what: `${f.name}(${slotName(slot.path)}: ${hostile.name})`,
      args: (contactId: string) =>
        placeAt(f.field, baseline(contactId), slot.path, hostile.value, (t) => FILLERS[t]),
      stored: [hostile.value],
    })),
  );
  return attack(db, server, f, baseline, attempts);
}
