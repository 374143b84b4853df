// "Did you mean" also offers what only the database holds: ids the loader fetched because a reference resolved
// nowhere, and the terms of the vocabulary a misspelt key belongs to.
import { describe, expect, it } from 'vitest';
import { createExistingGraph } from '../../../server/validate/in-memory-graph.ts';
import { validateJson, VERIFIED } from '../../support/import-fixtures.ts';

const existing = createExistingGraph({
  nodes: [
    { id: 'doc-004', kind: 'Source' },
    { id: 'caritas-kv-giessen-beratung', kind: 'Measure' },
  ],
  terms: [
    { vocabulary: 'actorKind', key: 'agency', broader: null },
    { vocabulary: 'measureKind', key: 'counselling', broader: null },
    { vocabulary: 'provisionRole', key: 'provider', broader: null },
  ],
  candidates: [
    ['doc-004', 'Source'],
    ['caritas-kv-giessen', 'Actor'],
    ['caritas-kv-giessen-beratung', 'Measure'],
    ['lahn-dill', 'Region'],
  ],
});

describe('did you mean, from the database', () => {
  it('suggests an id only the database holds, of a kind that fits the field', async () => {
    const link = {
      type: 'PROVIDES',
      from: 'caritas-kv-gissen',
      to: 'caritas-kv-giessen-beratung',
      role: 'provider',
    };
    const result = await validateJson(
      { format: 'integration-atlas/1', relationships: [{ ...link, ...VERIFIED }] },
      existing,
    );
    expect(result.errors.map((e) => [e.code, e.field, e.message])).toEqual([
      ['UNKNOWN_REFERENCE', 'from', expect.stringContaining('did you mean "caritas-kv-giessen"')],
    ]);
  });

  it('suggests the nearest key of the vocabulary for a misspelt term', async () => {
    const measure = { id: 'mbe', kind: 'conselling', name: 'Migrationsberatung', ...VERIFIED };
    const result = await validateJson({ format: 'integration-atlas/1', measures: [measure] }, existing);
    expect(result.errors.map((e) => [e.code, e.field, e.message])).toEqual([
      ['UNKNOWN_TERM', 'kind', expect.stringContaining('did you mean "counselling"')],
    ]);
  });
});
