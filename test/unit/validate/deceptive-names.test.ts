// Deceptive text through the real readers and validation: what is refused names file, line and field; what is
// normalised is stored clean and then found as a likely duplicate of the name it imitates.
import { describe, expect, it } from 'vitest';
import { loadImportFiles } from '../../../server/parse/load-files.ts';
import { createExistingGraph } from '../../../server/validate/in-memory-graph.ts';
import { validateImport } from '../../../server/validate/validate-document.ts';
import { baseDocument, summary, validateJson, VERIFIED, writeFiles } from '../../support/import-fixtures.ts';
import { fieldLine } from './field-line.ts';

const actor = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'welfareOrganisation',
  name,
  ...extra,
  ...VERIFIED,
});

/** "Caritas Köln" in the database, in no region. */
const CARITAS_STORED = createExistingGraph({
  entries: [{ id: 'caritas-koeln', kind: 'Actor', name: 'Caritas Köln', aliases: [], regionIds: [] }],
});

describe('deceptive names in an import', () => {
  it('refuses a name mixing Cyrillic letters into a Latin word, on the line of the field', async () => {
    const document = baseDocument();
    document.actors.push(actor('caritas-2', 'Саritas Köln'));
    const { errors, file, json } = await validateJson(document);
    expect(errors).toMatchObject([
      { code: 'INVALID_VALUE', file, line: fieldLine(json, 'caritas-2', 'name'), field: 'name' },
    ]);
    expect(errors[0]?.message).toContain('U+0421');
  });

  it('refuses a bidi control in an alias on the alias item’s line, and one that reorders a note', async () => {
    const document = baseDocument();
    document.actors.push(
      actor('awo', 'AWO Lahn-Dill', { aliases: ['AWO', 'AWO\u202E nlöK'] }),
      actor('diakonie', 'Diakonie', { note: 'siehe Anhang_\u202Efdp.exe' }),
      actor('ibs', 'IBS', { shortName: 'I\u200FBS' }),
    );
    document.relationships.push({
      type: 'LOCATED_IN',
      from: 'awo',
      to: 'lahn-dill',
      note: '\u2066umgekehrt\u2069',
      ...VERIFIED,
    });
    const { errors, json } = await validateJson(document);
    expect(summary(errors)).toEqual(
      expect.arrayContaining([
        { code: 'INVALID_VALUE', line: fieldLine(json, 'awo', 'aliases', 1), field: 'aliases' },
        { code: 'INVALID_VALUE', line: fieldLine(json, 'diakonie', 'note'), field: 'note' },
        { code: 'INVALID_VALUE', line: fieldLine(json, 'ibs', 'shortName'), field: 'shortName' },
        expect.objectContaining({ code: 'INVALID_VALUE', field: 'note' }),
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  it('accepts names each written wholly in one script, and direction marks in prose', async () => {
    const document = baseDocument();
    document.actors.push(
      actor('radouga', 'Ассоциация «Радуга» e. V.', { aliases: ['جمعية الجالية العربية'] }),
      actor('turkish', 'Türkischer Elternverein İstanbul Şişli', {
        description: 'Beratung auf Arabisch: \u200Fنعم',
      }),
    );
    const { errors } = await validateJson(document);
    expect(errors).toEqual([]);
  });

  it('stores a name with zero-width characters clean, and reports it as a likely duplicate', async () => {
    const document = baseDocument();
    document.actors.push(
      actor('caritas-neu', 'Cari\u200Btas\u00AD Köln\uFEFF', { aliases: ['Cari\u2060tas'] }),
    );
    const { errors, warnings, document: stored, json } = await validateJson(document, CARITAS_STORED);
    expect(errors).toEqual([]);
    expect(stored.actors[0]).toMatchObject({ name: 'Caritas Köln', aliases: ['Caritas'] });
    expect(warnings).toMatchObject([
      { code: 'LIKELY_DUPLICATE', line: fieldLine(json, 'caritas-neu', 'name'), field: 'name' },
    ]);
  });

  it('reports a name of Cyrillic look-alikes, or a mixed one, as a likely duplicate of the Latin one', async () => {
    const document = baseDocument();
    document.actors.push(
      actor('caritas-kyrillisch', 'Сагітаѕ Köln'),
      actor('caritas-gemischt', 'Cаritas Köln'),
    );
    const { errors, warnings, json } = await validateJson(document, CARITAS_STORED);
    expect(summary(errors)).toEqual([
      { code: 'INVALID_VALUE', line: fieldLine(json, 'caritas-gemischt', 'name'), field: 'name' },
    ]);
    // Each is the stored one's duplicate; the second is also the first one's.
    const gemischt = fieldLine(json, 'caritas-gemischt', 'name');
    expect(warnings.map(({ code, line, other }) => ({ code, line, other: other?.line }))).toEqual([
      { code: 'LIKELY_DUPLICATE', line: fieldLine(json, 'caritas-kyrillisch', 'name'), other: undefined },
      { code: 'LIKELY_DUPLICATE', line: gemischt, other: fieldLine(json, 'caritas-kyrillisch', 'id') - 1 },
      { code: 'LIKELY_DUPLICATE', line: gemischt, other: undefined },
    ]);
  });

  it('names file, line and field for a CSV row', async () => {
    const csv = [
      'id,kind,name,aliases,sources,lastVerified',
      'caritas-koeln,welfareOrganisation,Caritas Köln,,doc-004,2026-11-21',
      'caritas-2,welfareOrganisation,Caritas Köln,Саritas,doc-004,2026-11-21',
      'caritas-3,welfareOrganisation,Cari\u200Btas Köln,,doc-004,2026-11-21',
    ].join('\r\n');
    const base = JSON.stringify({ ...baseDocument(), actors: [], relationships: [] });
    const { paths } = writeFiles({ 'base.json': base, 'actors.csv': csv });
    const loaded = await loadImportFiles([paths['base.json'] ?? '', paths['actors.csv'] ?? '']);
    const { errors, warnings } = validateImport(loaded.records, createExistingGraph());
    expect(loaded.issues).toEqual([]);
    expect(errors).toMatchObject([
      { code: 'INVALID_VALUE', file: paths['actors.csv'], line: 3, field: 'aliases' },
    ]);
    // Row 3 looks like row 2; row 4, its zero-width space dropped, like rows 2 and 3.
    expect(warnings.map(({ line, field, other }) => ({ line, field, other: other?.line }))).toEqual([
      { line: 3, field: 'name', other: 2 },
      { line: 4, field: 'name', other: 2 },
      { line: 4, field: 'name', other: 3 },
    ]);
  });
});
