import { describe, expect, it } from 'vitest';
import { errorOf, issueCodes, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const UPDATE = `mutation ($id: ID!, $input: UpdateContactInput!) {
  updateContact(id: $id, input: $input) { id name role email phone consentDate createdAt updatedAt }
}`;

describe('Mutation.updateContact', () => {
  const api = useWriteApi();

  /** The contact each test changes, stored on that test's fresh data. */
  async function addContact(): Promise<{ id: string; createdAt: string }> {
    const added = ok(
      await api.admin.query<{ addContact: { id: string; createdAt: string } }>(
        `mutation { addContact(actorId: "caritas-bergstrasse", input: {
          name: "Max Beispiel", email: "max@example.org", phone: "06252 123", consentGiven: true,
          consentDate: "2026-01-01" }) { id createdAt } }`,
      ),
    );
    return added.addContact;
  }

  it('changes the given fields, clears nulls, and audits only which fields changed', async () => {
    const added = { addContact: await addContact() };
    const id = added.addContact.id;
    const result = ok(
      await api.admin.query<{ updateContact: Record<string, unknown> }>(UPDATE, {
        id,
        input: { email: 'm.beispiel@example.org', phone: null, role: 'Migrationsberatung' },
      }),
    );
    expect(result.updateContact).toMatchObject({
      name: 'Max Beispiel',
      email: 'm.beispiel@example.org',
      phone: null,
      role: 'Migrationsberatung',
      consentDate: '2026-01-01',
      createdAt: added.addContact.createdAt,
    });
    const [entry] = await latestAudit(api, 1);
    expect(entry).toMatchObject({ action: 'CONTACT_UPDATE', targetId: id });
    expect(json(entry?.detail)).toEqual({ changedFields: ['role', 'email', 'phone'] });
    expect(JSON.stringify(entry)).not.toContain('example.org');
  });

  it('refuses withdrawing consent by update (remove the contact instead), a cleared name, an unknown id', async () => {
    const { id } = await addContact();
    const noConsent = await refused(api, () =>
      api.admin.query(UPDATE, { id, input: { consentGiven: false } }),
    );
    expect(issueCodes(noConsent)).toEqual(['INVALID_VALUE']);
    expect(
      issueCodes(await refused(api, () => api.admin.query(UPDATE, { id, input: { name: null } }))),
    ).toEqual(['REQUIRED']);
    expect(
      errorOf(await refused(api, () => api.admin.query(UPDATE, { id: 'contact-x', input: { name: 'X' } })))
        .code,
    ).toBe('NOT_FOUND');
  });
});
