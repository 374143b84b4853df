import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const UPDATE = `mutation ($link: LinkKeyInput!, $input: UpdateLinkInput!) {
  updateLink(link: $link, input: $input) { type from to kind status record }
}`;

describe('Mutation.updateLink', () => {
  const api = useWriteApi();

  it("changes a membership's role and keeps its other properties", async () => {
    const link = { type: 'MEMBER_OF', from: 'caritas-bergstrasse', to: 'ak-integration' };
    const result = ok(
      await api.admin.query<{ updateLink: { status: string } }>(UPDATE, {
        link,
        input: { role: 'member', until: '2025' },
      }),
    );
    expect(result.updateLink.status).toBe('UPDATED');
    const stored = (await readDocument(api.db)).relationships.find(
      (r) => r.type === 'MEMBER_OF' && r.from === 'caritas-bergstrasse',
    );
    expect(stored).toMatchObject({ role: 'member', until: '2025', sources: ['src-b'] });
    const [entry] = await latestAudit(api, 1);
    expect(entry?.action).toBe('UPDATE_LINK');
    expect(json(entry?.before)).toMatchObject({ role: 'chair', until: null });
  });

  it("changes a cooperation's kind, named from either end; the old kind is gone", async () => {
    const link = {
      type: 'COOPERATES_WITH',
      from: 'caritas-bergstrasse',
      to: 'jobcenter-bergstrasse',
      kind: 'referral',
    };
    const result = ok(
      await api.admin.query<{ updateLink: { kind: string } }>(UPDATE, {
        link,
        input: { kind: 'jointProject' },
      }),
    );
    expect(result.updateLink.kind).toBe('jointProject');
    const cooperations = (await readDocument(api.db)).relationships.filter(
      (r) => r.type === 'COOPERATES_WITH',
    );
    expect(cooperations.map((r) => r.kind)).toEqual(['jointProject']);
  });

  it('refuses invalid properties, a mutual key without kind, and a relationship that does not exist', async () => {
    const bad = await refused(api, () =>
      api.admin.query(UPDATE, {
        link: { type: 'MEMBER_OF', from: 'jobcenter-bergstrasse', to: 'ak-integration' },
        input: { role: null },
      }),
    );
    expect(issueCodes(bad)).toEqual(['REQUIRED']);
    const noKind = await refused(api, () =>
      api.admin.query(UPDATE, {
        link: { type: 'COOPERATES_WITH', from: 'caritas-bergstrasse', to: 'jobcenter-bergstrasse' },
        input: { note: 'x' },
      }),
    );
    expect(errorOf(noKind).code).toBe('BAD_USER_INPUT');
    const missing = await refused(api, () =>
      api.admin.query(UPDATE, {
        link: { type: 'MEMBER_OF', from: 'einsamer-verein', to: 'ak-integration' },
        input: { note: 'x' },
      }),
    );
    expect(errorOf(missing).code).toBe('NOT_FOUND');
  });
});
