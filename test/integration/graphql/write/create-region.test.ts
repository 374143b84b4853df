import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const CREATE = `mutation ($input: CreateRegionInput!) { createRegion(input: $input) { kind id status } }`;
const kreis = {
  id: 'de-06432',
  name: 'Landkreis Darmstadt-Dieburg',
  level: 'kreis',
  country: 'DE',
  code: '06432',
  partOf: 'de-06',
  // Figures of the Destatis district list (31.12.2018), as the reference Kreise carry them.
  nuts3: 'DE716',
  population: 297399,
  populationDate: '2018-12-31',
  areaKm2: 658.64,
  sources: ['src-a'],
  lastVerified: '2026-11-21',
};

describe('Mutation.createRegion', () => {
  const api = useWriteApi();

  it('creates a Kreis under its Land, stored with its parent as PART_OF', async () => {
    expect(
      ok(await api.admin.query<{ createRegion: unknown }>(CREATE, { input: kreis })).createRegion,
    ).toEqual({
      kind: 'REGION',
      id: 'de-06432',
      status: 'CREATED',
    });
    expect((await readDocument(api.db, ['de-06432'])).regions).toEqual([
      { ...kreis, unnamed: false, note: null },
    ]);
    expect((await latestAudit(api, 1))[0]).toMatchObject({
      action: 'CREATE',
      targetKind: 'Region',
      targetId: 'de-06432',
    });
  });

  it('checks codes and parents like the importer, writing nothing', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ id: 'de-05111', code: '05111' }, ['INVALID_REGION_CODE']], // does not start with 06
      [{ id: 'de-0643', code: '0643' }, ['INVALID_REGION_CODE']], // a Kreis code has 5 digits
      [{ id: 'de-06433', partOf: 'de-99' }, ['UNKNOWN_REFERENCE']],
      [{ id: 'de-06433', partOf: 'sprache' }, ['INVALID_ENDPOINT']],
      // AT under a DE parent, and so also a code that does not start with the parent's
      [
        { id: 'at-7', country: 'AT', level: 'land', code: '7', nuts3: null },
        ['INVALID_VALUE', 'INVALID_REGION_CODE'],
      ],
      [{ id: 'de-06433', nuts3: 'AT332' }, ['INVALID_VALUE']], // a NUTS code of another country
      [{ id: 'de-06433', populationDate: null }, ['REQUIRED']], // a population without its date
      [{ id: 'de-06433', level: 'bundesland' }, ['UNKNOWN_TERM']],
    ];
    for (const [change, codes] of cases) {
      const result = await refused(api, () => api.admin.query(CREATE, { input: { ...kreis, ...change } }));
      expect({ change, codes: issueCodes(result) }).toEqual({ change, codes });
    }
  });

  it('refuses an existing id with CONFLICT', async () => {
    expect(
      errorOf(
        await refused(api, () =>
          api.admin.query(CREATE, { input: { ...kreis, id: 'de-06431', code: '06431' } }),
        ),
      ).code,
    ).toBe('CONFLICT');
  });
});
