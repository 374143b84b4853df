import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const DELETE = `mutation ($id: ID!, $detach: Boolean! = false) {
  deleteActor(id: $id, detach: $detach) { kind id status record linksRemoved contactsRemoved }
}`;

interface Deleted {
  deleteActor: { status: string; record: string; linksRemoved: number; contactsRemoved: number };
}

describe('Mutation.deleteActor', () => {
  const api = useWriteApi();

  it('deletes an actor without relationships and audits the record it was', async () => {
    const before = (await readDocument(api.db, ['einsamer-verein'])).actors[0];
    const result = ok(await api.admin.query<Deleted>(DELETE, { id: 'einsamer-verein' }));
    expect(result.deleteActor).toMatchObject({ status: 'DELETED', linksRemoved: 0, contactsRemoved: 0 });
    expect(json(result.deleteActor.record)).toEqual(before);
    expect((await readDocument(api.db, ['einsamer-verein'])).actors).toEqual([]);
    const [entry] = await latestAudit(api, 1);
    expect(entry).toMatchObject({ action: 'DELETE', targetId: 'einsamer-verein', after: null });
    expect(json(entry?.before)).toEqual(before);
  });

  it('refuses an actor with relationships or contacts (CONFLICT, listing them) unless detach is true', async () => {
    const refusedResult = await refused(api, () => api.admin.query(DELETE, { id: 'jobcenter-bergstrasse' }));
    const { code, extensions } = errorOf(refusedResult);
    expect(code).toBe('CONFLICT');
    expect(extensions.referenceCount).toBe(4);
    expect(extensions.references).toContain('MEMBER_OF|jobcenter-bergstrasse|ak-integration');
  });

  it('with detach: deletes the actor, its relationships and contacts, each with its own audit entry', async () => {
    ok(
      await api.admin.query(
        `mutation { addContact(actorId: "jobcenter-bergstrasse", input: {
          name: "Erika Muster", consentGiven: true, consentDate: "2026-01-15" }) { id } }`,
      ),
    );
    const result = ok(await api.admin.query<Deleted>(DELETE, { id: 'jobcenter-bergstrasse', detach: true }));
    expect(result.deleteActor).toMatchObject({ status: 'DELETED', linksRemoved: 4, contactsRemoved: 1 });
    const doc = await readDocument(api.db);
    expect(doc.actors.map((a) => a.id)).not.toContain('jobcenter-bergstrasse');
    expect(
      doc.relationships.filter((r) => r.from === 'jobcenter-bergstrasse' || r.to === 'jobcenter-bergstrasse'),
    ).toEqual([]);
    const entries = await latestAudit(api, 6);
    expect(entries.map((e) => e.action).sort()).toEqual([
      'CONTACT_REMOVE',
      'DELETE',
      'UNLINK',
      'UNLINK',
      'UNLINK',
      'UNLINK',
    ]);
    // The contact's entry keeps no personal data.
    expect(JSON.stringify(entries)).not.toContain('Erika');
  });

  it('answers NOT_FOUND for an unknown id and for an id of another kind', async () => {
    for (const id of ['no-such-actor', 'wir-hessen']) {
      expect(errorOf(await refused(api, () => api.admin.query(DELETE, { id }))).code).toBe('NOT_FOUND');
    }
  });
});
