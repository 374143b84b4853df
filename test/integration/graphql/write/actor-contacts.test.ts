import { describe, expect, it } from 'vitest';
import { errorOf, ok, useWriteApi } from './support/write-api.ts';

const CONTACTS = `query ($actorId: ID!) { actorContacts(actorId: $actorId) { id actorId name email consentGiven } }`;

describe('Query.actorContacts (admins only)', () => {
  const api = useWriteApi();

  it("lists an actor's contacts by name, and none of another actor's", async () => {
    for (const name of ['Zora Zett', 'Anna Anfang']) {
      ok(
        await api.admin.query(
          `mutation ($name: String!) { addContact(actorId: "caritas-bergstrasse", input: {
            name: $name, consentGiven: true, consentDate: "2026-05-05" }) { id } }`,
          { name },
        ),
      );
    }
    const listed = ok(
      await api.admin.query<{ actorContacts: { name: string; actorId: string }[] }>(CONTACTS, {
        actorId: 'caritas-bergstrasse',
      }),
    );
    expect(listed.actorContacts.map((c) => [c.name, c.actorId])).toEqual([
      ['Anna Anfang', 'caritas-bergstrasse'],
      ['Zora Zett', 'caritas-bergstrasse'],
    ]);
    expect(
      ok(await api.admin.query<{ actorContacts: unknown[] }>(CONTACTS, { actorId: 'jobcenter-bergstrasse' }))
        .actorContacts,
    ).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown actor, and UNAUTHENTICATED to an anonymous reader', async () => {
    expect(errorOf(await api.admin.query(CONTACTS, { actorId: 'nobody' })).code).toBe('NOT_FOUND');
    const anonymous = await api.anonymous.query(CONTACTS, { actorId: 'caritas-bergstrasse' });
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
  });
});
