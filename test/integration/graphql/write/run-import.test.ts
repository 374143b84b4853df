import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURATED_DATASET } from '../../../../server/config/curated-dataset.ts';
import { runImport } from '../../../../server/import/run-import.ts';
import { readDocument } from '../../../../server/store/read-document.ts';
import { resetDatabase } from '../../../support/test-neo4j.ts';
import { errorOf, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';
import { restatedCaritas } from './support/small-atlas.ts';

const IMPORT = `mutation ($document: String, $files: [ImportFileInput!], $dryRun: Boolean! = false,
                   $allowDuplicates: Boolean! = false, $replaceSources: Boolean! = false) {
  runImport(document: $document, files: $files, dryRun: $dryRun, allowDuplicates: $allowDuplicates,
            replaceSources: $replaceSources) {
    dryRun transactions
    counts { section created updated unchanged }
    changes { section key status fields }
    warnings { code severity file line field message }
  }
}`;

interface Report {
  runImport: {
    dryRun: boolean;
    transactions: number;
    counts: { section: string; created: number; updated: number; unchanged: number }[];
    changes: { section: string; key: string; status: string; fields: string }[];
    warnings: { code: string; file: string; line: number | null }[];
  };
}

const ACTORS_CSV = [
  'id;kind;name;aliases;sources;lastVerified',
  'vhs-bergstrasse;educationProvider;Volkshochschule Bergstraße;VHS|VHS Bergstraße;src-a;2026-11-21',
  'caritas-bergstrasse;welfareOrganisation;Caritasverband Bergstraße;Caritas Bergstraße;src-a|src-b;2026-11-21',
].join('\n');
const TERMS_CSV =
  'vocabulary,key,labelDe,labelEn,definition\nactorKind,educationProvider,Bildungsträger,Education provider,Course providers.\n';
const RELATIONSHIPS_CSV =
  'type,from,to,role,kind,sources,lastVerified\nMEMBER_OF,vhs-bergstrasse,ak-integration,member,,src-a,2026-11-21\n';

const COOPERATION = 'COOPERATES_WITH|caritas-bergstrasse|jobcenter-bergstrasse|referral';

async function storedSources(api: ReturnType<typeof useWriteApi>) {
  const doc = await readDocument(api.db, ['caritas-bergstrasse', 'jobcenter-bergstrasse']);
  return {
    actor: doc.actors.find((a) => a.id === 'caritas-bergstrasse')?.sources,
    cooperation: doc.relationships.find((r) => r.type === 'COOPERATES_WITH')?.sources,
  };
}

const counts = (report: Report) =>
  Object.fromEntries(report.runImport.counts.map(({ section, ...c }) => [section, c]));

describe('Mutation.runImport', () => {
  const api = useWriteApi();

  it('dry-runs the curated dataset with the same counts as `npm run seed --dry-run`, writing nothing', async () => {
    // On an empty graph, where every curated record counts as created.
    await resetDatabase(api.db);
    const cli = await runImport(api.db, [CURATED_DATASET], { dryRun: true });
    if (!cli.ok) throw new Error('the curated dataset must import');
    const before = await readDocument(api.db);
    const report = ok(
      await api.admin.query<Report>(IMPORT, {
        document: fs.readFileSync(CURATED_DATASET, 'utf8'),
        dryRun: true,
      }),
    );
    expect(report.runImport).toMatchObject({ dryRun: true, transactions: 0 });
    expect(counts(report)).toEqual(cli.counts);
    expect(await readDocument(api.db)).toEqual(before);
    expect(await latestAudit(api)).toEqual([]);
  });

  it('imports CSV files in one transaction: counts, changes, one audit entry per record plus the summary', async () => {
    const files = [
      { name: 'terms.csv', content: TERMS_CSV },
      { name: 'actors.csv', content: ACTORS_CSV },
      { name: 'relationships.csv', content: RELATIONSHIPS_CSV },
    ];
    const report = ok(await api.admin.query<Report>(IMPORT, { files }));
    expect(report.runImport).toMatchObject({ dryRun: false, transactions: 1, warnings: [] });
    expect(counts(report)).toMatchObject({
      terms: { created: 1, updated: 0, unchanged: 0 },
      actors: { created: 1, updated: 1, unchanged: 0 },
      relationships: { created: 1, updated: 0, unchanged: 0 },
    });
    expect(report.runImport.changes).toEqual([
      { section: 'terms', key: 'actorKind:educationProvider', status: 'CREATED', fields: '[]' },
      { section: 'actors', key: 'vhs-bergstrasse', status: 'CREATED', fields: '[]' },
      {
        section: 'actors',
        key: 'caritas-bergstrasse',
        status: 'UPDATED',
        fields: JSON.stringify([{ name: 'sources', before: ['src-a'], after: ['src-a', 'src-b'] }]),
      },
      {
        section: 'relationships',
        key: 'MEMBER_OF|vhs-bergstrasse|ak-integration',
        status: 'CREATED',
        fields: '[]',
      },
    ]);
    expect((await readDocument(api.db, ['vhs-bergstrasse'])).actors[0]).toMatchObject({
      aliases: ['VHS', 'VHS Bergstraße'],
    });

    const entries = await latestAudit(api, 5);
    expect(entries.map((e) => [e.action, e.targetId])).toEqual([
      ['IMPORT', null],
      ['LINK', 'MEMBER_OF|vhs-bergstrasse|ak-integration'],
      ['UPDATE', 'caritas-bergstrasse'],
      ['CREATE', 'vhs-bergstrasse'],
      ['CREATE', 'actorKind:educationProvider'],
    ]);
    expect(json(entries[2]?.before)).toMatchObject({ sources: ['src-a'] });
    expect(json(entries[2]?.after)).toMatchObject({ sources: ['src-a', 'src-b'] });
    expect(json(entries[0]?.detail)).toMatchObject({
      files: ['terms.csv', 'actors.csv', 'relationships.csv'],
      counts: { actors: { created: 1, updated: 1, unchanged: 0 } },
    });
    expect(new Set(entries.map((e) => e.requestId))).toEqual(new Set(['test']));

    // Idempotent: the same files again change nothing and leave only a summary entry.
    const again = ok(await api.admin.query<Report>(IMPORT, { files }));
    expect(again.runImport.changes).toEqual([]);
    expect((await latestAudit(api, 2)).map((e) => e.action)).toEqual(['IMPORT', 'IMPORT']);
  });

  it('reports every issue with file, line, field and code under the given names, and writes nothing', async () => {
    const files = [
      {
        name: 'actors.csv',
        content: [
          'id,kind,name,sources,lastVerified',
          'neu-1,agencyy,Neu,src-a,2026-11-21',
          'neu-2,agency,Neu 2,src-x,2026-11-21',
          'neu-3,agency,Neu 3,src-a,2026-13-01',
        ].join('\n'),
      },
    ];
    const result = await refused(api, () => api.admin.query(IMPORT, { files }));
    const { code, extensions } = errorOf(result);
    expect(code).toBe('BAD_USER_INPUT');
    expect(
      (extensions.issues as Record<string, unknown>[]).map(({ code, file, line, field }) => ({
        code,
        file,
        line,
        field,
      })),
    ).toEqual([
      { code: 'UNKNOWN_TERM', file: 'actors.csv', line: 2, field: 'kind' },
      { code: 'UNKNOWN_REFERENCE', file: 'actors.csv', line: 3, field: 'sources' },
      { code: 'INVALID_DATE', file: 'actors.csv', line: 4, field: 'lastVerified' },
    ]);
    // The `document` argument is reported as document.json, never under the temporary path.
    const doc = JSON.stringify({ format: 'integration-atlas/1', actors: [{ id: 'x', kind: 'agency' }] });
    const issues = errorOf(await refused(api, () => api.admin.query(IMPORT, { document: doc }))).extensions
      .issues as { file: string }[];
    expect(issues.length).toBeGreaterThan(0);
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set(['document.json']));
  });

  it('stops on likely duplicates (CONFLICT) unless allowDuplicates, and then reports them as warnings', async () => {
    const actor = {
      id: 'ak-zwei',
      kind: 'body',
      bodyKind: 'workingGroup',
      name: 'Arbeitskreis Integration Bergstraße',
      sources: ['src-a'],
      lastVerified: '2026-11-21',
    };
    const document = JSON.stringify({ format: 'integration-atlas/1', actors: [actor] }, null, 2);
    const stopped = errorOf(await refused(api, () => api.admin.query(IMPORT, { document })));
    expect(stopped.code).toBe('CONFLICT');
    expect((stopped.extensions.issues as { code: string }[]).map((i) => i.code)).toEqual([
      'LIKELY_DUPLICATE',
    ]);
    const allowed = ok(await api.admin.query<Report>(IMPORT, { document, allowDuplicates: true }));
    expect(allowed.runImport.warnings).toMatchObject([
      // The line of the actor's "name", the field that looks duplicated (its record opens on line 4).
      { code: 'LIKELY_DUPLICATE', file: 'document.json', line: 8, field: 'name' },
    ]);
  });

  it('refuses an empty upload, unsafe or doubled file names (BAD_USER_INPUT, code UNKNOWN_FILE)', async () => {
    for (const variables of [
      {},
      { files: [{ name: '../actors.csv', content: '' }] },
      { files: [{ name: 'notes.txt', content: '' }] },
      { document: '{}', files: [{ name: 'document.json', content: '{}' }] },
    ]) {
      const result = await refused(api, () => api.admin.query(IMPORT, variables));
      expect(errorOf(result).code).toBe('BAD_USER_INPUT');
      expect((errorOf(result).extensions.issues as { code: string }[])[0]?.code).toBe('UNKNOWN_FILE');
    }
  });

  it('adds the sources of a document restating stored facts; re-importing changes nothing; replaceSources drops', async () => {
    // The small atlas stored both facts citing src-a; a second document restates them citing src-b.
    expect(await storedSources(api)).toEqual({ actor: ['src-a'], cooperation: ['src-a'] });
    const second = ok(
      await api.admin.query<Report>(IMPORT, { document: JSON.stringify(restatedCaritas(['src-b'])) }),
    );
    expect(second.runImport.changes.map(({ key, status }) => [key, status])).toEqual([
      ['caritas-bergstrasse', 'UPDATED'],
      [COOPERATION, 'UPDATED'],
    ]);
    expect(await storedSources(api)).toEqual({ actor: ['src-a', 'src-b'], cooperation: ['src-a', 'src-b'] });

    // The first document's facts again (citing src-a only): nothing changes, nothing is written.
    const first = ok(
      await api.admin.query<Report>(IMPORT, { document: JSON.stringify(restatedCaritas(['src-a'])) }),
    );
    expect(first.runImport.changes).toEqual([]);
    expect(counts(first)).toMatchObject({
      actors: { created: 0, updated: 0, unchanged: 1 },
      relationships: { created: 0, updated: 0, unchanged: 1 },
    });
    expect(first.runImport.transactions).toBe(1); // the audit summary only
    expect(await storedSources(api)).toEqual({ actor: ['src-a', 'src-b'], cooperation: ['src-a', 'src-b'] });

    // Dropping a source is said explicitly: the file's lists replace the stored ones.
    const replaced = ok(
      await api.admin.query<Report>(IMPORT, {
        document: JSON.stringify(restatedCaritas(['src-b'])),
        replaceSources: true,
      }),
    );
    expect(replaced.runImport.changes.map((c) => [c.key, JSON.parse(c.fields) as unknown])).toEqual([
      ['caritas-bergstrasse', [{ name: 'sources', before: ['src-a', 'src-b'], after: ['src-b'] }]],
      [COOPERATION, [{ name: 'sources', before: ['src-a', 'src-b'], after: ['src-b'] }]],
    ]);
    expect(await storedSources(api)).toEqual({ actor: ['src-b'], cooperation: ['src-b'] });
  });

  it('dry-runs an update with each changed field before → after, the added source included, writing nothing', async () => {
    const document = JSON.stringify(restatedCaritas(['src-b'], 'Caritas Bergstraße e. V.'));
    const before = await readDocument(api.db);
    const report = ok(await api.admin.query<Report>(IMPORT, { document, dryRun: true }));
    expect(report.runImport).toMatchObject({ dryRun: true, transactions: 0 });
    expect(report.runImport.changes.map((c) => [c.key, c.status, JSON.parse(c.fields) as unknown])).toEqual([
      [
        'caritas-bergstrasse',
        'UPDATED',
        [
          { name: 'name', before: 'Caritasverband Bergstraße', after: 'Caritas Bergstraße e. V.' },
          { name: 'sources', before: ['src-a'], after: ['src-a', 'src-b'] },
        ],
      ],
      [COOPERATION, 'UPDATED', [{ name: 'sources', before: ['src-a'], after: ['src-a', 'src-b'] }]],
    ]);
    expect(await readDocument(api.db)).toEqual(before);
  });
});
