import { describe, expect, it } from 'vitest';
import { SECTION_NAMES } from '../../../server/domain/atlas-document.ts';
import { sortDocument } from '../../../server/export/sort-document.ts';
import { toJson } from '../../../server/export/to-json.ts';
import { curatedDocument, reimport, sampleDocument } from './fixtures.ts';

describe('toJson', () => {
  it('imports again as the same document, in canonical order', async () => {
    const doc = sampleDocument();
    const { document, errors } = await reimport(new Map([['export.json', toJson(doc)]]));
    expect(errors).toEqual([]);
    expect(document).toEqual(sortDocument(doc));
  });

  it('round-trips the curated dataset', async () => {
    const doc = await curatedDocument();
    const { document, errors } = await reimport(new Map([['atlas.json', toJson(doc)]]));
    expect(errors).toEqual([]);
    expect(document).toEqual(sortDocument(doc));
  });

  it('writes format first, sections in order, fields in schema order, and leaves out defaults', () => {
    const json = toJson(sampleDocument());
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "format": "integration-atlas/1",');
    const parsed = JSON.parse(json) as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(parsed)).toEqual(['format', ...SECTION_NAMES]);
    const bamf = parsed.actors?.find((actor) => actor.id === 'bamf');
    expect(Object.keys(bamf ?? {})).toEqual([
      'id',
      'kind',
      'name',
      'shortName',
      'sources',
      'lastVerified',
      'website',
    ]);
    expect(json).not.toMatch(/: null|: \[\]|: false/);
  });

  it('sorts records by id, terms by vocabulary and key, relationships by type and ends', () => {
    const parsed = JSON.parse(toJson(sampleDocument())) as Record<string, Record<string, string>[]>;
    expect(parsed.regions?.map((region) => region.id)).toEqual(['de', 'hessen', 'lahn-dill']);
    const terms = parsed.terms?.map((term) => `${term.vocabulary}/${term.key}`) ?? [];
    expect(terms).toEqual([...terms].sort());
    expect(parsed.relationships?.map((rel) => rel.type)).toEqual([
      'ADDRESSES',
      'COOPERATES_WITH',
      'LOCATED_IN',
      'MEMBER_OF',
      'PART_OF',
      'RUNS',
      'TARGETS',
    ]);
  });

  it('does not depend on the order the records come in', () => {
    const doc = sampleDocument();
    const shuffled = { ...doc, actors: [...doc.actors].reverse(), terms: [...doc.terms].reverse() };
    expect(toJson(shuffled)).toBe(toJson(doc));
  });
});
