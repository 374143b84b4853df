import { describe, expect, it } from 'vitest';
import { errorOf, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

describe('Mutation.removeContact', () => {
  const api = useWriteApi();

  it('deletes the contact for good; the audit entry keeps no personal data', async () => {
    const added = ok(
      await api.admin.query<{ addContact: { id: string } }>(
        `mutation { addContact(actorId: "ak-integration", input: {
          name: "Petra Probe", email: "petra@example.org", consentGiven: true, consentDate: "2026-02-02" }) { id } }`,
      ),
    );
    const { id } = added.addContact;
    const removed = ok(
      await api.admin.query<{ removeContact: string }>('mutation ($id: ID!) { removeContact(id: $id) }', {
        id,
      }),
    );
    expect(removed.removeContact).toBe(id);
    const left = ok(
      await api.admin.query<{ actorContacts: unknown[] }>(
        '{ actorContacts(actorId: "ak-integration") { id } }',
      ),
    );
    expect(left.actorContacts).toEqual([]);
    const entries = await latestAudit(api, 10, 'ak-integration');
    expect(entries.map((e) => e.action)).toEqual(['CONTACT_REMOVE', 'CONTACT_ADD']);
    expect(JSON.stringify(entries)).not.toMatch(/Petra|example\.org/);
  });

  it('answers NOT_FOUND for an unknown or already removed contact', async () => {
    const result = await refused(api, () =>
      api.admin.query('mutation { removeContact(id: "contact-none") }'),
    );
    expect(errorOf(result).code).toBe('NOT_FOUND');
  });
});
