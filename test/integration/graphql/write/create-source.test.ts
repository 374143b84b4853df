import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const CREATE = `mutation ($input: CreateSourceInput!) { createSource(input: $input) { kind id status record } }`;

describe('Mutation.createSource', () => {
  const api = useWriteApi();

  it('creates a source with every field and audits it', async () => {
    const input = {
      id: 'doc-bergstrasse',
      title: 'Integrationskonzept Bergstraße',
      publisher: 'Kreis Bergstraße',
      url: 'https://www.kreis-bergstrasse.de/integration',
      language: 'de',
      dateRead: '2026-11-20',
      published: '2025-06',
      edition: '2. Fassung',
    };
    const result = ok(
      await api.admin.query<{ createSource: { kind: string; status: string; record: string } }>(CREATE, {
        input,
      }),
    );
    const expected = { ...input, file: null, note: null };
    expect(result.createSource).toMatchObject({ kind: 'SOURCE', status: 'CREATED' });
    expect(json(result.createSource.record)).toEqual(expected);
    expect((await readDocument(api.db, ['doc-bergstrasse'])).sources).toEqual([expected]);
    const [entry] = await latestAudit(api, 1);
    expect(entry).toMatchObject({ action: 'CREATE', targetKind: 'Source', targetId: 'doc-bergstrasse' });
    expect(json(entry?.after)).toEqual(expected);
  });

  it('refuses an existing id with CONFLICT and invalid fields with BAD_USER_INPUT, writing nothing', async () => {
    const taken = await refused(api, () =>
      api.admin.query(CREATE, { input: { id: 'src-a', title: 'Again', dateRead: '2026-11-20' } }),
    );
    expect(errorOf(taken).code).toBe('CONFLICT');
    const invalid = await refused(api, () =>
      api.admin.query(CREATE, {
        input: { id: 'doc-x', title: ' ', url: 'not a url', language: 'deutsch', dateRead: '2026-02-30' },
      }),
    );
    expect(errorOf(invalid).code).toBe('BAD_USER_INPUT');
    // A blank title is missing; the url, language and date are malformed.
    expect(issueCodes(invalid).sort()).toEqual([
      'INVALID_DATE',
      'INVALID_VALUE',
      'INVALID_VALUE',
      'REQUIRED',
    ]);
  });
});
