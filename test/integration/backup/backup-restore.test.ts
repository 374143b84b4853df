// A backup as docs/backup-and-restore.md describes it: `npm run export` (the real command-line tool, in a process of
// its own) of a database holding the curated data and an admin's edits (a new source and
// term, an updated actor, a relationship of every type the curated data lacks, a contact person), then an emptied
// database, then `npm run seed -- <backup>` (the real tool again). Compared exhaustively with Cypher, not through
// the export's own reader: every node (labels, every property and its type) and every relationship (type, ends,
// every property and its type), so a field the export or the import forgets fails the test. What the backup
// leaves out by design is asserted as documented: the audit trail and the contact persons.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../server/auth/viewer.ts';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import { projectRoot } from '../../../server/config/project-root.ts';
import { cypherFile } from '../../../server/db/cypher-file.ts';
import { Database } from '../../../server/db/database.ts';
import { RELATIONSHIP_TYPES } from '../../../server/domain/relationship-types.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { createTestApi, type TestApi } from '../../support/test-api.ts';
import { resetDatabase, testConnection } from '../../support/test-neo4j.ts';

const run = promisify(execFile);

const BACKUP_NODES = cypherFile('fixtures/backup-nodes');
const BACKUP_RELATIONSHIPS = cypherFile('fixtures/backup-relationships');

const ADMIN: Viewer = { role: 'admin', name: 'backup-admin' };

/** Node labels and relationship types a backup through the export leaves out (docs/backup-and-restore.md). */
const NOT_IN_BACKUP_LABELS = ['AuditEntry', 'AuditCounter', 'Contact'];
const NOT_IN_BACKUP_TYPES = ['CONTACT_OF'];

type Property = [name: string, type: string, value: unknown];
interface NodeRow {
  key: string;
  labels: string[];
  props: Property[];
}
interface RelationshipRow {
  type: string;
  from: string;
  to: string;
  props: Property[];
}
interface Snapshot {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

async function snapshot(db: Database): Promise<Snapshot> {
  return {
    nodes: (await db.read(BACKUP_NODES)) as unknown as NodeRow[],
    relationships: (await db.read(BACKUP_RELATIONSHIPS)) as unknown as RelationshipRow[],
  };
}

const excluded = (node: NodeRow) => node.labels.some((l) => NOT_IN_BACKUP_LABELS.includes(l));

/** What a backup must carry: everything but the audit trail and the contacts. */
function backedUp(s: Snapshot): Snapshot {
  const left = new Set(s.nodes.filter(excluded).map((n) => n.key));
  return {
    nodes: s.nodes.filter((n) => !excluded(n)),
    relationships: s.relationships.filter(
      (r) => !NOT_IN_BACKUP_TYPES.includes(r.type) && !left.has(r.from) && !left.has(r.to),
    ),
  };
}

const prop = (node: NodeRow, name: string): unknown => node.props.find(([n]) => n === name)?.[2];

/** Command-line tools still running when a test ends (it failed or timed out) are stopped in afterEach. */
let tools = new AbortController();

/** Runs one of the project's command-line tools as `npm run <tool>` does, against the test database. */
async function cli(tool: 'export' | 'seed', args: string[]): Promise<string> {
  const conn = testConnection();
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'server', 'cli', `${tool}.ts`), ...args],
    {
      cwd: projectRoot,
      env: {
        ...process.env,
        NEO4J_URI: conn.uri,
        NEO4J_USER: conn.user,
        NEO4J_PASSWORD: conn.password ?? '',
        NEO4J_DATABASE: conn.database,
        LOG_LEVEL: 'error',
      },
      maxBuffer: 64 * 1024 * 1024,
      signal: tools.signal,
    },
  );
  return stdout;
}

const verified = { sources: ['doc-backup'], lastVerified: '2026-11-30' };
const CONTACT = {
  name: 'Erika Backup-Musterfrau',
  role: 'Referentin',
  email: 'erika.backup@example.org',
  phone: '+49 911 943-0',
  consentGiven: true,
  consentDate: '2026-11-01',
};

/** An admin's day: a new source and term, an actor changed, every relationship type the curated data lacks, a contact. */
async function adminEdits(api: TestApi): Promise<void> {
  const ask = async (query: string, variables: Record<string, unknown>) => {
    const result = await api.query(query, variables);
    expect(result.errors, query).toBeUndefined();
  };
  await ask(`mutation ($input: CreateSourceInput!) { createSource(input: $input) { status } }`, {
    input: {
      id: 'doc-backup',
      title: 'Protokoll der Steuerungsgruppe',
      publisher: 'Bezirksregierung Arnsberg',
      url: 'https://example.org/protokoll.pdf',
      language: 'de',
      published: '2026-10-15',
      edition: '2. Fassung',
      dateRead: '2026-11-30',
      note: 'Für den Sicherungstest angelegt.',
    },
  });
  await ask(`mutation ($input: CreateTermInput!) { createTerm(input: $input) { status } }`, {
    input: {
      vocabulary: 'cooperationKind',
      key: 'backupExchange',
      labelDe: 'Austausch über Sicherungen',
      labelEn: 'Exchange on backups',
      definition: 'Two actors compare their backups.',
      broader: 'informationExchange',
      ...verified,
    },
  });
  await ask(`mutation ($input: UpdateActorInput!) { updateActor(id: "bamf", input: $input) { status } }`, {
    input: {
      website: 'https://www.bamf.de/backup',
      email: 'poststelle@bamf.bund.de',
      languages: ['de', 'en'],
      sources: ['doc-004', 'doc-backup'],
      lastVerified: '2026-11-30',
    },
  });
  const link = `mutation ($input: LinkInput!) { link(input: $input) { status } }`;
  const links = [
    { type: 'FOUNDED', from: 'bamf', to: 'integrationskurse-doc-004', since: '2005' },
    {
      type: 'COMMISSIONED',
      from: 'integrationsbeauftragte-bund',
      to: 'projektfoerderung-integrationsbeauftragte',
      claim: 'STATED',
      locator: 'S. 3, Abs. 2',
    },
    {
      type: 'REPORTS_TO',
      from: 'kompetenzzentrum-integration-bra',
      to: 'bezirksregierung-arnsberg',
      claim: 'INFERRED',
      reasoning: 'The centre is a unit of the Bezirksregierung.',
    },
    { type: 'HOSTS', from: 'bezirksregierung-arnsberg', to: 'beirat-fuer-integration-bra', until: '2027-06' },
    {
      type: 'PARTY_TO',
      from: 'bezirksregierung-arnsberg',
      to: 'charta-zusammenleben-in-vielfalt',
      role: 'signatory',
    },
    { type: 'IMPLEMENTS', from: 'integrationskurse-doc-004', to: 'wir-hessen', note: 'Backup test.' },
    {
      type: 'COOPERATES_WITH',
      from: 'bezirksregierung-arnsberg',
      to: 'difu',
      kind: 'backupExchange',
      since: '2026-01-15',
    },
    {
      type: 'FUNDS',
      from: 'bamf',
      to: 'integrationskurse-doc-004',
      quantities: [
        { kind: 'fundingAmount', value: 1250000.5, unit: 'EUR', per: 'YEAR', since: '2026-01-01' },
      ],
    },
  ];
  for (const input of links) await ask(link, { input: { ...input, ...verified } });
  await ask(`mutation ($input: ContactInput!) { addContact(actorId: "bamf", input: $input) { id } }`, {
    input: CONTACT,
  });
}

describe('a backup through export and import restores the graph node for node', () => {
  let db: Database;
  let admin: TestApi;
  let original: Snapshot;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-backup-'));

  beforeAll(async () => {
    // Generous transaction and request limits: the test is about what comes back, not about speed, and a loaded
    // 2-CPU machine (load average 30 measured) takes longer than the defaults for the imports.
    db = await Database.connect(testConnection(), 180_000);
    admin = await createTestApi(db, ADMIN, { ATLAS_DEADLINE_MS: '180000' });
  });
  // Each test starts from the same state: the curated data, then the admin's edits.
  beforeEach(async () => {
    await resetDatabase(db);
    expect((await runImport(db, [CURATED_DATASET])).ok).toBe(true);
    await adminEdits(admin);
    original = await snapshot(db);
    // Minutes, not seconds, on a loaded 2-CPU machine.
  }, 600_000);
  afterEach(() => {
    tools.abort();
    tools = new AbortController();
  });
  afterAll(async () => {
    await admin?.stop();
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the state backed up has every kind of node and relationship, an audit trail and a contact', () => {
    const labels = new Set(original.nodes.flatMap((n) => n.labels));
    for (const label of ['Entity', 'Source', 'Term', 'Topic', 'TargetGroup', 'Region', 'Actor', 'Body']) {
      expect(labels).toContain(label);
    }
    for (const label of ['Program', 'Measure', ...NOT_IN_BACKUP_LABELS]) expect(labels).toContain(label);
    const types = new Set(original.relationships.map((r) => r.type));
    for (const type of [...RELATIONSHIP_TYPES, 'SOURCED_FROM', ...NOT_IN_BACKUP_TYPES])
      expect(types).toContain(type);
    expect(original.nodes.filter((n) => n.labels.includes('AuditEntry')).length).toBeGreaterThan(10);
    expect(original.nodes.some((n) => prop(n, 'changedBy') === ADMIN.name)).toBe(true);
  });

  for (const format of ['json', 'csv'] as const) {
    it(`as ${format.toUpperCase()}: npm run export, empty database, npm run seed — the same graph; no audit trail, no contacts`, async () => {
      const target = path.join(dir, format === 'json' ? 'atlas-backup.json' : 'atlas-backup-csv');
      await cli('export', ['--format', format, '--out', target]);
      const files = format === 'json' ? [target] : fs.readdirSync(target).map((f) => path.join(target, f));
      const text = files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
      // The contact person is nowhere in the backup.
      expect(text).not.toContain(CONTACT.name);
      expect(text).not.toContain(CONTACT.email);

      await resetDatabase(db);
      expect((await snapshot(db)).nodes).toEqual([]);
      await cli('seed', [target]);
      const restored = await snapshot(db);

      // Node for node, relationship for relationship: labels, properties and their types, ends.
      const want = backedUp(original);
      const got = backedUp(restored);
      expect(got.nodes.map((n) => n.key)).toEqual(want.nodes.map((n) => n.key));
      expect(got.nodes).toEqual(want.nodes);
      expect(got.relationships.map((r) => `${r.type}|${r.from}|${r.to}`)).toEqual(
        want.relationships.map((r) => `${r.type}|${r.from}|${r.to}`),
      );
      expect(got.relationships).toEqual(want.relationships);
      // Source for source (already in the nodes; asserted on its own for a clear message).
      const sources = (s: Snapshot) => s.nodes.filter((n) => n.labels.includes('Source'));
      expect(sources(restored)).toEqual(sources(original));
      expect(sources(restored).map((n) => n.key)).toContain('Entity|doc-backup');

      // Not in the backup, as documented: no contact, and none of the audit trail from before — the restored
      // trail holds only the restore's own import (CREATE per record, LINK per relationship, IMPORT), by the
      // command-line user, numbered from 1 again.
      expect(restored.nodes.filter((n) => n.labels.includes('Contact'))).toEqual([]);
      expect(restored.relationships.filter((r) => r.type === 'CONTACT_OF')).toEqual([]);
      const trail = restored.nodes.filter((n) => n.labels.includes('AuditEntry'));
      expect(trail.length).toBeGreaterThan(0);
      expect(new Set(trail.map((e) => prop(e, 'changedBy')))).toEqual(
        new Set([`cli:${os.userInfo().username}`]),
      );
      expect(new Set(trail.map((e) => prop(e, 'action')))).toEqual(new Set(['CREATE', 'LINK', 'IMPORT']));
      expect(Math.min(...trail.map((e) => Number(prop(e, 'seq'))))).toBe(1);
      const originalTrail = original.nodes.filter((n) => n.labels.includes('AuditEntry'));
      const restoredTimes = new Set(trail.map((e) => String(prop(e, 'at'))));
      expect(originalTrail.filter((e) => restoredTimes.has(String(prop(e, 'at'))))).toEqual([]);
      // Two command-line tools, each starting Node and tsx: minutes on a loaded machine, not seconds.
    }, 300_000);
  }
});
