import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const UNLINK = `mutation ($link: LinkKeyInput!) { unlink(link: $link) { type from to kind status record } }`;

describe('Mutation.unlink', () => {
  const api = useWriteApi();

  it('deletes one relationship and audits what it was', async () => {
    const link = { type: 'LOCATED_IN', from: 'jobcenter-bergstrasse', to: 'de-06431' };
    const result = ok(
      await api.admin.query<{ unlink: { status: string; record: string } }>(UNLINK, { link }),
    );
    expect(result.unlink.status).toBe('DELETED');
    expect((await readDocument(api.db)).relationships.some((r) => r.type === 'LOCATED_IN')).toBe(false);
    const [entry] = await latestAudit(api, 1, 'de-06431');
    expect(entry).toMatchObject({ action: 'UNLINK', after: null });
    expect(json(entry?.before)).toEqual(json(result.unlink.record));
  });

  it('deletes a cooperation named from the other end; a second unlink answers NOT_FOUND', async () => {
    const link = {
      type: 'COOPERATES_WITH',
      from: 'caritas-bergstrasse',
      to: 'jobcenter-bergstrasse',
      kind: 'referral',
    };
    ok(await api.admin.query(UNLINK, { link }));
    expect(errorOf(await refused(api, () => api.admin.query(UNLINK, { link }))).code).toBe('NOT_FOUND');
  });

  it('answers NOT_FOUND for a directed relationship named backwards', async () => {
    const link = { type: 'MEMBER_OF', from: 'ak-integration', to: 'jobcenter-bergstrasse' };
    expect(errorOf(await refused(api, () => api.admin.query(UNLINK, { link }))).code).toBe('NOT_FOUND');
  });
});
