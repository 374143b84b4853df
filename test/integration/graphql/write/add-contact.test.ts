import { describe, expect, it } from 'vitest';
import { errorOf, issueCodes, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const ADD = `mutation ($actorId: ID!, $input: ContactInput!) {
  addContact(actorId: $actorId, input: $input) {
    id actorId name role email phone consentGiven consentDate note createdAt updatedAt
  }
}`;

const contact = {
  name: 'Erika Musterfrau',
  role: 'Integrationsbeauftragte',
  email: 'erika.musterfrau@example.org',
  phone: '+49 6252 15-0',
  consentGiven: true,
  consentDate: '2026-10-01',
};

describe('Mutation.addContact', () => {
  const api = useWriteApi();

  it('stores a contact with consent; the audit trail records that it was added, not who it is', async () => {
    const result = ok(
      await api.admin.query<{ addContact: Record<string, unknown> }>(ADD, {
        actorId: 'jobcenter-bergstrasse',
        input: contact,
      }),
    );
    expect(result.addContact).toMatchObject({ ...contact, actorId: 'jobcenter-bergstrasse', note: null });
    expect(result.addContact.id).toMatch(/^contact-[0-9a-f-]{36}$/);
    expect(result.addContact.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const [entry] = await latestAudit(api, 1);
    expect(entry).toMatchObject({
      action: 'CONTACT_ADD',
      targetKind: 'Contact',
      targetId: result.addContact.id,
      subjectIds: ['jobcenter-bergstrasse', result.addContact.id],
    });
    expect(json(entry?.after)).toEqual({
      id: result.addContact.id,
      actorId: 'jobcenter-bergstrasse',
      consentGiven: true,
      consentDate: '2026-10-01',
    });
    for (const personal of ['Erika', 'example.org', '6252'])
      expect(JSON.stringify(entry)).not.toContain(personal);
  });

  it('refuses a contact without consent, with a future consent date or a malformed email', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ consentGiven: false }, ['INVALID_VALUE']],
      [{ consentDate: '2999-01-01' }, ['INVALID_DATE']],
      [{ email: 'erika-at-example' }, ['INVALID_VALUE']],
      [{ name: '  ' }, ['INVALID_VALUE']],
    ];
    for (const [change, codes] of cases) {
      const result = await refused(api, () =>
        api.admin.query(ADD, { actorId: 'jobcenter-bergstrasse', input: { ...contact, ...change } }),
      );
      expect({ change, code: errorOf(result).code, codes: issueCodes(result) }).toEqual({
        change,
        code: 'BAD_USER_INPUT',
        codes,
      });
    }
  });

  it('answers NOT_FOUND for an unknown actor or a non-actor id', async () => {
    for (const actorId of ['no-such-actor', 'wir-hessen']) {
      expect(errorOf(await refused(api, () => api.admin.query(ADD, { actorId, input: contact }))).code).toBe(
        'NOT_FOUND',
      );
    }
  });
});
