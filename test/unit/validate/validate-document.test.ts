import { describe, expect, it } from 'vitest';
import { atlasDocumentSchema } from '../../../server/domain/atlas-document.ts';
import { loadImportFiles } from '../../../server/parse/load-files.ts';
import { createExistingGraph } from '../../../server/validate/in-memory-graph.ts';
import { validateImport } from '../../../server/validate/validate-document.ts';
import {
  baseDocument,
  recordLine,
  summary,
  validateJson,
  VERIFIED,
  writeFiles,
} from '../../support/import-fixtures.ts';
import { fieldLine } from './field-line.ts';

const bamf = { id: 'bamf', kind: 'agency', name: 'Bundesamt für Migration und Flüchtlinge', ...VERIFIED };
const akIntegration = {
  id: 'ak-integration',
  kind: 'body',
  bodyKind: 'workingGroup',
  name: 'Arbeitskreis Integration',
  ...VERIFIED,
};
const kurs = { id: 'kurs-frauen', kind: 'course', name: 'Integrationskurs für Frauen', ...VERIFIED };
const member = { type: 'MEMBER_OF', from: 'bamf', to: 'ak-integration', role: 'member', ...VERIFIED };

describe('validateImport', () => {
  it('accepts a valid document, normalises it, and accepts its own output again', async () => {
    const document = {
      ...baseDocument(),
      actors: [bamf, akIntegration],
      measures: [kurs],
      relationships: [member],
    };
    const first = await validateJson(document);
    expect(first.errors).toEqual([]);
    expect(first.warnings).toEqual([]);
    expect(first.document.actors[0]).toEqual({
      ...bamf,
      shortName: null,
      aliases: [],
      description: null,
      bodyKind: null,
      collective: false,
      website: null,
      address: null,
      email: null,
      phone: null,
      languages: [],
      since: null,
      until: null,
      claim: null,
      locator: null,
      reasoning: null,
      quantities: [],
      unnamed: false,
      note: null,
    });
    expect(atlasDocumentSchema.safeParse(first.document).success).toBe(true);

    // An export is the normalised document; importing it again must give the same document.
    const second = await validateJson(first.document);
    expect(second.errors).toEqual([]);
    expect(second.document).toEqual(first.document);
  });

  it('resolves references and terms from the existing graph', async () => {
    const existing = createExistingGraph({
      nodes: [
        { id: 'doc-004', kind: 'Source' },
        { id: 'bamf', kind: 'Actor' },
        { id: 'ak-integration', kind: 'Body' },
      ],
      terms: [{ vocabulary: 'membershipRole', key: 'chair' }],
    });
    const relationship = { ...member, role: 'chair' };
    const result = await validateJson(
      { format: 'integration-atlas/1', relationships: [relationship] },
      existing,
    );
    expect(result.errors).toEqual([]);
  });

  it('reports a term that is in no vocabulary', async () => {
    const document = {
      ...baseDocument(),
      measures: [{ ...kurs, kind: 'kurs' }],
      relationships: [{ ...member, role: 'boss' }],
    };
    document.actors.push(bamf, akIntegration);
    const { errors, file, json } = await validateJson(document);
    // Sorted by line: the relationships section comes before the measures in this file.
    expect(errors).toMatchObject([
      { code: 'UNKNOWN_TERM', file, field: 'role' },
      { code: 'UNKNOWN_TERM', file, line: fieldLine(json, 'kurs-frauen', 'kind'), field: 'kind' },
    ]);
  });

  it('reports references that resolve nowhere', async () => {
    const document = baseDocument();
    document.actors.push({ ...bamf, sources: ['doc-004', 'doc-999'] });
    document.relationships.push({ ...member, to: 'ak-nirgends' });
    const { errors, json } = await validateJson(document);
    expect(summary(errors)).toEqual([
      { code: 'UNKNOWN_REFERENCE', line: fieldLine(json, 'bamf', 'sources', 1), field: 'sources' },
      { code: 'UNKNOWN_REFERENCE', line: expect.any(Number) as number, field: 'to' },
    ]);
  });

  it('names both places of a duplicate id, across files', async () => {
    const csv =
      'id;kind;name;sources;lastVerified\nawo;welfareOrganisation;AWO;doc-004;2026-11-21\nbamf;agency;BAMF;doc-004;2026-11-21\n';
    const json = JSON.stringify({ ...baseDocument(), actors: [bamf] }, null, 2);
    const { paths } = writeFiles({ 'import.json': json, 'actors.csv': csv });
    const loaded = await loadImportFiles([paths['import.json'] ?? '', paths['actors.csv'] ?? '']);
    const { errors } = validateImport(loaded.records, createExistingGraph());
    expect(errors).toMatchObject([
      {
        code: 'DUPLICATE_ID',
        file: paths['actors.csv'],
        line: 3,
        field: 'id',
        other: { file: paths['import.json'], line: recordLine(json, 'bamf'), record: 'actors[0]' },
      },
    ]);
  });

  it('reports an id the database holds for another kind of node', async () => {
    const existing = createExistingGraph({ nodes: [{ id: 'bamf', kind: 'Program' }] });
    const { errors } = await validateJson({ ...baseDocument(), actors: [bamf] }, existing);
    expect(summary(errors)).toMatchObject([{ code: 'DUPLICATE_ID', field: 'id' }]);
  });

  it.each([
    ['since', '2023-02-30'],
    ['since', '21.11.2026'],
    ['until', '2023-13'],
    ['lastVerified', '2026-11'],
  ])('reports %s %s as an invalid date', async (field, value) => {
    const document = baseDocument();
    document.actors.push({ ...bamf, [field]: value });
    const { errors, json } = await validateJson(document);
    expect(summary(errors)).toEqual([{ code: 'INVALID_DATE', line: fieldLine(json, 'bamf', field), field }]);
  });

  it('accepts partial dates and reports an end before the start', async () => {
    const document = baseDocument();
    document.actors.push({ ...bamf, since: '2016', until: '2016-05' });
    document.actors.push({ ...bamf, id: 'amt-2', name: 'Amt 2', since: '2020-02-29', until: '2019' });
    const { errors, json } = await validateJson(document);
    expect(summary(errors)).toEqual([
      { code: 'INVALID_DATE', line: fieldLine(json, 'amt-2', 'until'), field: 'until' },
    ]);
  });

  it('checks region codes against the level and the parent', async () => {
    const document = baseDocument();
    const region = { level: 'gemeinde', country: 'DE', partOf: 'lahn-dill', ...VERIFIED };
    document.regions.push(
      { id: 'wetzlar', ...region, name: 'Wetzlar', code: '06532023' },
      { id: 'zu-kurz', ...region, name: 'Zu kurz', code: '6532023' },
      { id: 'fremd', ...region, name: 'Fremd', code: '06431001' },
      { id: 'ohne-code', ...region, name: 'Ohne Code', code: null, note: 'not in the source' },
      { id: 'ohne-eltern', ...region, name: 'Ohne Eltern', code: null, partOf: null },
      { id: 'bund-mit-code', ...region, name: 'Bund', level: 'state', code: '00', partOf: null },
    );
    const { errors, json } = await validateJson(document);
    expect(summary(errors)).toEqual([
      { code: 'INVALID_REGION_CODE', line: fieldLine(json, 'zu-kurz', 'code'), field: 'code' },
      { code: 'INVALID_REGION_CODE', line: fieldLine(json, 'zu-kurz', 'code'), field: 'code' },
      { code: 'INVALID_REGION_CODE', line: fieldLine(json, 'fremd', 'code'), field: 'code' },
      { code: 'REQUIRED', line: fieldLine(json, 'ohne-eltern', 'partOf'), field: 'partOf' },
      { code: 'INVALID_REGION_CODE', line: fieldLine(json, 'bund-mit-code', 'code'), field: 'code' },
    ]);
  });

  it('checks Austrian codes and the parent of a region', async () => {
    const existing = createExistingGraph({
      nodes: [
        { id: 'tirol', kind: 'Region', country: 'AT', level: 'land', code: '7' },
        { id: 'bamf', kind: 'Actor' },
      ],
    });
    const document = baseDocument();
    const region = { level: 'bezirk', country: 'AT', ...VERIFIED };
    document.terms.push({
      vocabulary: 'regionLevel',
      key: 'bezirk',
      labelDe: 'Bezirk',
      labelEn: 'district',
      definition: 'x',
    });
    document.regions.push(
      { id: 'innsbruck-land', ...region, name: 'Innsbruck-Land', code: '703', partOf: 'tirol' },
      { id: 'in-bamf', ...region, name: 'X', code: '704', partOf: 'bamf' },
      { id: 'in-hessen', ...region, name: 'Y', code: '705', partOf: 'hessen' },
    );
    const { errors, json } = await validateJson(document, existing);
    expect(summary(errors)).toEqual([
      { code: 'INVALID_ENDPOINT', line: fieldLine(json, 'in-bamf', 'partOf'), field: 'partOf' },
      { code: 'INVALID_VALUE', line: fieldLine(json, 'in-hessen', 'country'), field: 'country' },
      { code: 'INVALID_REGION_CODE', line: fieldLine(json, 'in-hessen', 'code'), field: 'code' },
    ]);
  });

  it('reports relationships between the wrong kinds of node, or without their role', async () => {
    const document = { ...baseDocument(), measures: [kurs] };
    document.actors.push(bamf, akIntegration);
    document.relationships.push(
      { ...member, to: 'bamf', from: 'ak-integration' }, // MEMBER_OF an agency, not a body
      { type: 'PROVIDES', from: 'kurs-frauen', to: 'bamf', role: 'provider', ...VERIFIED },
      { type: 'LOCATED_IN', from: 'bamf', to: 'doc-004', ...VERIFIED },
      { type: 'RUNS', from: 'bamf', to: 'kurs-frauen', ...VERIFIED },
      { type: 'FUNDS', from: 'bamf', to: 'kurs-frauen', role: 'provider', ...VERIFIED },
    );
    const { errors } = await validateJson(document);
    expect(errors.map(({ code, field }) => ({ code, field }))).toEqual([
      { code: 'INVALID_ENDPOINT', field: 'to' },
      { code: 'INVALID_ENDPOINT', field: 'from' },
      { code: 'INVALID_ENDPOINT', field: 'to' },
      { code: 'REQUIRED', field: 'role' },
      { code: 'INVALID_VALUE', field: 'role' },
    ]);
  });

  it('reports a relationship listed twice, a mutual one also in reverse', async () => {
    const document = baseDocument();
    document.actors.push(bamf, { ...bamf, id: 'awo', kind: 'welfareOrganisation', name: 'AWO' });
    const cooperation = { type: 'COOPERATES_WITH', kind: 'informationExchange', ...VERIFIED };
    document.relationships.push(
      { ...cooperation, from: 'bamf', to: 'awo' },
      { ...cooperation, from: 'awo', to: 'bamf' },
      { ...cooperation, from: 'bamf', to: 'bamf' },
    );
    const { errors } = await validateJson(document);
    expect(errors).toMatchObject([
      { code: 'DUPLICATE_RELATIONSHIP', other: { record: 'relationships[0]' } },
      { code: 'INVALID_ENDPOINT', field: 'to' },
    ]);
  });

  it('requires a bodyKind on bodies and refuses it on other actors', async () => {
    const document = baseDocument();
    document.actors.push({ ...akIntegration, bodyKind: null }, { ...bamf, bodyKind: 'workingGroup' });
    const { errors, json } = await validateJson(document);
    expect(summary(errors)).toEqual([
      { code: 'REQUIRED', line: fieldLine(json, 'ak-integration', 'bodyKind'), field: 'bodyKind' },
      { code: 'INVALID_VALUE', line: fieldLine(json, 'bamf', 'bodyKind'), field: 'bodyKind' },
    ]);
  });

  it('reports unknown fields, missing required fields and invalid values of a record', async () => {
    const document = baseDocument();
    document.actors.push({
      id: 'Bamf!',
      kind: 'agency',
      name: ' ',
      sources: [],
      lastVerified: '2026-11-21',
      contact: 'x',
    });
    const { errors } = await validateJson(document);
    expect(
      summary(errors)
        .map(({ code, field }) => `${code} ${field}`)
        .sort(),
    ).toEqual(['INVALID_VALUE id', 'REQUIRED name', 'REQUIRED sources', 'UNKNOWN_FIELD contact']);
  });

  it('reports every error of several CSV files at once, sorted by file and line', async () => {
    const { dir, paths } = writeFiles({
      'actors.csv': [
        'id;kind;name;bodyKind;since;sources;lastVerified',
        'bamf;agency;BAMF;;21.11.2026;doc-004;2026-11-21',
        'ak;body;AK;;;doc-004;2026-11-21',
        'bamf;agencyy;BAMF 2;;;doc-999;2026-11-21',
      ].join('\n'),
      'relationships.csv':
        'type,from,to,role,sources,lastVerified\nMEMBER_OF,bamf,ak,member,doc-004,2026-11-21\nFUNDS,bamf,nobody,,doc-004,2026-11-21',
      'sources.csv': 'id,title,dateRead\ndoc-004,Konzept,2026-11-21',
      'terms.csv':
        'vocabulary;key;labelDe;labelEn;definition\nactorKind;agency;Behörde;Agency;x\nactorKind;body;Gremium;Body;x\nmembershipRole;member;Mitglied;Member;x',
    });
    const loaded = await loadImportFiles([dir]);
    expect(loaded.issues).toEqual([]);
    const { errors } = validateImport(loaded.records, createExistingGraph());
    expect(errors.map(({ code, file, line, field }) => ({ code, file, line, field }))).toEqual([
      { code: 'INVALID_DATE', file: paths['actors.csv'], line: 2, field: 'since' },
      { code: 'REQUIRED', file: paths['actors.csv'], line: 3, field: 'bodyKind' },
      { code: 'DUPLICATE_ID', file: paths['actors.csv'], line: 4, field: 'id' },
      { code: 'UNKNOWN_TERM', file: paths['actors.csv'], line: 4, field: 'kind' },
      { code: 'UNKNOWN_REFERENCE', file: paths['actors.csv'], line: 4, field: 'sources' },
      { code: 'UNKNOWN_REFERENCE', file: paths['relationships.csv'], line: 3, field: 'to' },
    ]);
  });
});
