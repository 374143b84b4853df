import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const LINK = `mutation ($input: LinkInput!) { link(input: $input) { type from to kind status record } }`;
const verified = { sources: ['src-a'], lastVerified: '2026-11-21' };

describe('Mutation.link', () => {
  const api = useWriteApi();

  it('creates a membership with its role and period, and audits it under both ends', async () => {
    const input = {
      type: 'MEMBER_OF',
      from: 'einsamer-verein',
      to: 'ak-integration',
      role: 'member',
      since: '2023-02',
      note: 'Joined in 2023.',
      ...verified,
    };
    const result = ok(await api.admin.query<{ link: { status: string; record: string } }>(LINK, { input }));
    expect(result.link).toMatchObject({ status: 'CREATED' });
    // The facts model's fields, left out of the input: unmarked, no reach (not an ACTIVE_IN), no regions, no
    // quantities.
    const expected = {
      ...input,
      kind: null,
      until: null,
      claim: null,
      locator: null,
      reasoning: null,
      reach: null,
      regions: [],
      quantities: [],
    };
    expect(json(result.link.record)).toEqual(expected);
    const stored = (await readDocument(api.db)).relationships.filter((r) => r.from === 'einsamer-verein');
    expect(stored).toEqual([expected]);
    const [entry] = await latestAudit(api, 1, 'ak-integration');
    expect(entry).toMatchObject({
      action: 'LINK',
      targetKind: 'Relationship',
      targetId: 'MEMBER_OF|einsamer-verein|ak-integration',
      subjectIds: ['einsamer-verein', 'ak-integration'],
    });
    expect((await latestAudit(api, 1, 'einsamer-verein'))[0]?.seq).toBe(entry?.seq);
  });

  it('stores a placement with its reach and an inferred claim with its reasoning', async () => {
    const input = {
      type: 'ACTIVE_IN',
      from: 'einsamer-verein',
      to: 'de-06431',
      reach: 'UNKNOWN_PLACES',
      claim: 'INFERRED',
      reasoning: 'The club names activities in several villages of the Kreis, but not which.',
      ...verified,
    };
    const result = ok(await api.admin.query<{ link: { status: string; record: string } }>(LINK, { input }));
    expect(result.link.status).toBe('CREATED');
    const expected = {
      type: 'ACTIVE_IN',
      from: 'einsamer-verein',
      to: 'de-06431',
      role: null,
      kind: null,
      since: null,
      until: null,
      note: null,
      ...verified,
      claim: 'inferred',
      locator: null,
      reasoning: 'The club names activities in several villages of the Kreis, but not which.',
      reach: 'unknownPlaces',
      regions: [],
      quantities: [],
    };
    expect(json(result.link.record)).toEqual(expected);
    const stored = (await readDocument(api.db)).relationships.filter((r) => r.from === 'einsamer-verein');
    expect(stored).toEqual([expected]);
    expect(json((await latestAudit(api, 1, 'einsamer-verein'))[0]?.after)).toEqual(expected);
  });

  it('refuses a relationship that exists (CONFLICT), also a mutual one named the other way round', async () => {
    const again = await refused(api, () =>
      api.admin.query(LINK, {
        input: {
          type: 'MEMBER_OF',
          from: 'jobcenter-bergstrasse',
          to: 'ak-integration',
          role: 'chair',
          ...verified,
        },
      }),
    );
    expect(errorOf(again).code).toBe('CONFLICT');
    const reversed = await refused(api, () =>
      api.admin.query(LINK, {
        input: {
          type: 'COOPERATES_WITH',
          from: 'caritas-bergstrasse',
          to: 'jobcenter-bergstrasse',
          kind: 'referral',
          ...verified,
        },
      }),
    );
    expect(errorOf(reversed).code).toBe('CONFLICT');
  });

  it('adds a second cooperation of another kind between the same pair', async () => {
    const input = {
      type: 'COOPERATES_WITH',
      from: 'caritas-bergstrasse',
      to: 'jobcenter-bergstrasse',
      kind: 'jointProject',
      ...verified,
    };
    expect(ok(await api.admin.query<{ link: { status: string } }>(LINK, { input })).link.status).toBe(
      'CREATED',
    );
  });

  it('validates like an import row: endpoint kinds, role terms, required roles, unknown ends', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [
        { type: 'MEMBER_OF', from: 'einsamer-verein', to: 'caritas-bergstrasse', role: 'member' },
        ['INVALID_ENDPOINT'],
      ],
      [
        { type: 'MEMBER_OF', from: 'caritas-bergstrasse', to: 'ak-integration', role: 'boss' },
        ['UNKNOWN_TERM'],
      ],
      [{ type: 'PROVIDES', from: 'einsamer-verein', to: 'migrationsberatung' }, ['REQUIRED']],
      [{ type: 'ADDRESSES', from: 'no-such-measure', to: 'sprache' }, ['UNKNOWN_REFERENCE']],
      [{ type: 'FUNDS', from: 'jobcenter-bergstrasse', to: 'wir-hessen', role: 'lead' }, ['INVALID_VALUE']],
    ];
    for (const [input, codes] of cases) {
      const result = await refused(api, () => api.admin.query(LINK, { input: { ...input, ...verified } }));
      expect({ input, code: errorOf(result).code, issues: issueCodes(result) }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        issues: codes,
      });
    }
  });
});
