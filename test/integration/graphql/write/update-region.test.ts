import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, ok, refused, useWriteApi } from './support/write-api.ts';

const UPDATE = `mutation ($id: ID!, $input: UpdateRegionInput!) { updateRegion(id: $id, input: $input) { status record } }`;

describe('Mutation.updateRegion', () => {
  const api = useWriteApi();

  it('renames a region, keeping its parent and sub-regions', async () => {
    ok(await api.admin.query(UPDATE, { id: 'de-06431', input: { name: 'Kreis Bergstraße' } }));
    const doc = await readDocument(api.db, ['de-06431', 'de-06431001']);
    expect(doc.regions.map((r) => [r.id, r.name, r.partOf])).toEqual([
      ['de-06431', 'Kreis Bergstraße', 'de-06'],
      ['de-06431001', 'Abtsteinach', 'de-06431'],
    ]);
  });

  it('moves a region to another parent (the PART_OF link follows)', async () => {
    ok(
      await api.admin.query(UPDATE, {
        id: 'de-06431001',
        input: { partOf: 'de-06', level: 'kreis', code: '06439' },
      }),
    );
    expect((await readDocument(api.db, ['de-06431001'])).regions[0]).toMatchObject({
      partOf: 'de-06',
      code: '06439',
    });
    ok(
      await api.admin.query(UPDATE, {
        id: 'de-06431001',
        input: { partOf: 'de-06431', level: 'gemeinde', code: '06431001' },
      }),
    );
  });

  it("refuses a code its sub-regions' codes no longer start with, reporting them as stored records", async () => {
    const result = await refused(api, () =>
      api.admin.query(UPDATE, { id: 'de-06431', input: { code: '06432' } }),
    );
    const { code, extensions } = errorOf(result);
    expect(code).toBe('BAD_USER_INPUT');
    expect(extensions.issues).toMatchObject([
      { code: 'INVALID_REGION_CODE', file: 'database', record: 'regions de-06431001', field: 'code' },
    ]);
  });

  it('refuses making a region part of itself, and an unknown region', async () => {
    expect(
      errorOf(await refused(api, () => api.admin.query(UPDATE, { id: 'de-06', input: { partOf: 'de-06' } })))
        .code,
    ).toBe('BAD_USER_INPUT');
    expect(
      errorOf(await refused(api, () => api.admin.query(UPDATE, { id: 'de-99', input: { name: 'x' } }))).code,
    ).toBe('NOT_FOUND');
  });
});
