import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../server/domain/name-key.ts';
import { createExistingGraph } from '../../../server/validate/in-memory-graph.ts';
import { baseDocument, recordLine, validateJson, VERIFIED } from '../../support/import-fixtures.ts';
import { fieldLine } from './field-line.ts';

const actor = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'welfareOrganisation',
  name,
  ...extra,
  ...VERIFIED,
});
const locatedIn = (from: string, to: string) => ({ type: 'LOCATED_IN', from, to, ...VERIFIED });

describe('nameKey', () => {
  it('folds case, umlauts, accents, punctuation and whitespace', () => {
    expect(nameKey('Caritas-Verband  für den Kreis Gießen e.V.')).toBe(
      'caritas verband fuer den kreis giessen e v',
    );
    expect(nameKey('CARITAS Verband fuer den Kreis Giessen (e. V.)')).toBe(
      'caritas verband fuer den kreis giessen e v',
    );
    expect(nameKey('Café Müller')).toBe(nameKey('Cafe Mueller'));
  });
});

describe('likely duplicates', () => {
  it('warns about the same name with umlauts folded, in the same region, naming both records', async () => {
    const document = baseDocument();
    document.actors.push(
      actor('awo-giessen', 'AWO Kreisverband Gießen'),
      actor('awo-kv', 'awo kreisverband giessen'),
    );
    document.relationships.push(locatedIn('awo-giessen', 'lahn-dill'), locatedIn('awo-kv', 'lahn-dill'));
    const { errors, warnings, file, json } = await validateJson(document);
    expect(errors).toEqual([]);
    expect(warnings).toMatchObject([
      {
        code: 'LIKELY_DUPLICATE',
        severity: 'warning',
        file,
        line: fieldLine(json, 'awo-kv', 'name'),
        field: 'name',
        other: { file, line: recordLine(json, 'awo-giessen') },
      },
    ]);
  });

  it('warns when a name is the alias of another entry, either way round', async () => {
    const document = baseDocument();
    document.actors.push(
      actor('mbe-caritas', 'Migrationsberatung für Erwachsene', { aliases: ['MBE Caritas'] }),
      actor('mbe', 'MBE Caritas'),
      actor('mbe-2', 'Beratung', { aliases: ['Migrationsberatung fuer Erwachsene'] }),
    );
    const { warnings, json } = await validateJson(document);
    expect(warnings.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: fieldLine(json, 'mbe', 'name'), field: 'name' },
      { line: fieldLine(json, 'mbe-2', 'aliases'), field: 'aliases' },
    ]);
  });

  it('stays quiet for different regions, different kinds of entry, and the same id', async () => {
    const existing = createExistingGraph({
      entries: [
        { id: 'awo-giessen', kind: 'Actor', name: 'AWO Gießen', aliases: [], regionIds: ['lahn-dill'] },
      ],
    });
    const document = {
      ...baseDocument(),
      programs: [{ id: 'awo-programm', kind: 'fundingProgram', name: 'AWO', ...VERIFIED }],
    };
    document.regions.push({
      id: 'kassel',
      name: 'Kassel',
      level: 'kreis',
      country: 'DE',
      code: null,
      partOf: 'hessen',
      ...VERIFIED,
    });
    document.actors.push(
      actor('awo', 'AWO'),
      actor('awo-kassel', 'AWO'),
      actor('awo-giessen', 'AWO Giessen'),
    );
    document.relationships.push(locatedIn('awo', 'lahn-dill'), locatedIn('awo-kassel', 'kassel'));
    const { errors, warnings } = await validateJson(document, existing);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('warns about an existing entry in the same region, or when both have none', async () => {
    const existing = createExistingGraph({
      nodes: [{ id: 'diakonie-wetzlar', kind: 'Actor' }],
      entries: [
        {
          id: 'diakonie-wetzlar',
          kind: 'Actor',
          name: 'Diakonisches Werk Wetzlar',
          aliases: ['Diakonie Wetzlar'],
          regionIds: ['lahn-dill'],
        },
        { id: 'start-with-a-friend', kind: 'Actor', name: 'Start with a Friend', aliases: [], regionIds: [] },
      ],
    });
    const document = baseDocument();
    document.actors.push(
      actor('diakonie-lahn-dill', 'Diakonie Wetzlar'),
      actor('swaf', 'Start with a friend!'),
    );
    document.relationships.push(locatedIn('diakonie-lahn-dill', 'lahn-dill'));
    const { warnings, json } = await validateJson(document, existing);
    expect(warnings).toMatchObject([
      { code: 'LIKELY_DUPLICATE', line: fieldLine(json, 'diakonie-lahn-dill', 'name'), field: 'name' },
      { code: 'LIKELY_DUPLICATE', line: fieldLine(json, 'swaf', 'name'), field: 'name' },
    ]);
    expect(warnings.every((warning) => warning.other === undefined)).toBe(true);
  });
});
