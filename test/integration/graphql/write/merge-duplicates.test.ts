import { describe, expect, it } from 'vitest';
import type { Database } from '../../../../server/db/database.ts';
import { readDocument } from '../../../../server/store/read-document.ts';
import { importDocument, smallAtlas } from './support/small-atlas.ts';
import { errorOf, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const MERGE = `mutation ($keep: ID!, $drop: ID!) {
  mergeDuplicates(keep: $keep, drop: $drop) { kind keep drop moved aliases record }
}`;

/** The small atlas plus a second Caritas entry, imported on purpose despite the duplicate warning. */
async function withDuplicate(db: Database): Promise<void> {
  const doc = smallAtlas();
  doc.actors.push({
    id: 'caritas-kopie',
    kind: 'welfareOrganisation',
    name: 'Caritas Kreis Bergstraße',
    shortName: 'CKB',
    sources: ['src-b'],
    lastVerified: '2026-11-21',
  });
  doc.relationships.push(
    {
      type: 'MEMBER_OF',
      from: 'caritas-kopie',
      to: 'ak-integration',
      role: 'member',
      sources: ['src-b'],
      lastVerified: '2026-11-21',
    },
    {
      type: 'LOCATED_IN',
      from: 'caritas-kopie',
      to: 'de-06431',
      sources: ['src-b'],
      lastVerified: '2026-11-21',
    },
  );
  await importDocument(db, doc, { allowDuplicates: true });
}

describe('Mutation.mergeDuplicates', () => {
  const api = useWriteApi(withDuplicate);

  it('folds the duplicate into the record to keep: relationships, contacts, sources and names move', async () => {
    const { data } = await api.admin.query<{ addContact: { id: string } }>(
      `mutation { addContact(actorId: "caritas-kopie", input: {
        name: "Max Beispiel", consentGiven: true, consentDate: "2026-03-01" }) { id } }`,
    );
    const result = ok(
      await api.admin.query<{ mergeDuplicates: Record<string, unknown> }>(MERGE, {
        keep: 'caritas-bergstrasse',
        drop: 'caritas-kopie',
      }),
    );
    expect(result.mergeDuplicates).toMatchObject({
      kind: 'ACTOR',
      keep: 'caritas-bergstrasse',
      drop: 'caritas-kopie',
      aliases: ['Caritas Kreis Bergstraße', 'CKB', 'Caritas Bergstraße'],
    });
    expect(result.mergeDuplicates.moved).toBeGreaterThanOrEqual(3);
    const doc = await readDocument(api.db);
    expect(doc.actors.map((a) => a.id)).not.toContain('caritas-kopie');
    const keep = doc.actors.find((a) => a.id === 'caritas-bergstrasse');
    expect(keep?.sources).toEqual(['src-a', 'src-b']);
    expect(json(result.mergeDuplicates.record as string)).toEqual(keep);
    expect(
      doc.relationships
        .filter((r) => r.from === 'caritas-bergstrasse')
        .map((r) => r.type)
        .sort(),
    ).toEqual(['ACTIVE_IN', 'LOCATED_IN', 'MEMBER_OF', 'PROVIDES']);
    const contacts = ok(
      await api.admin.query<{ actorContacts: { id: string }[] }>(
        '{ actorContacts(actorId: "caritas-bergstrasse") { id } }',
      ),
    );
    expect(contacts.actorContacts.map((c) => c.id)).toEqual([data?.addContact.id]);

    const [dropped, kept] = await latestAudit(api, 2);
    expect(kept).toMatchObject({
      action: 'MERGE',
      targetId: 'caritas-bergstrasse',
      subjectIds: ['caritas-bergstrasse', 'caritas-kopie'],
    });
    expect(json(kept?.after)).toEqual(keep);
    expect(dropped).toMatchObject({ action: 'MERGE', targetId: 'caritas-kopie', after: null });
    expect(json(dropped?.before)).toMatchObject({ id: 'caritas-kopie', name: 'Caritas Kreis Bergstraße' });
  });

  it('refuses unknown ids (NOT_FOUND), different kinds and the same id twice (BAD_USER_INPUT)', async () => {
    const cases: [string, string, string][] = [
      ['caritas-bergstrasse', 'no-such-actor', 'NOT_FOUND'],
      ['caritas-bergstrasse', 'wir-hessen', 'BAD_USER_INPUT'],
      ['wir-hessen', 'wir-hessen', 'BAD_USER_INPUT'],
    ];
    for (const [keep, drop, code] of cases) {
      expect(errorOf(await refused(api, () => api.admin.query(MERGE, { keep, drop }))).code).toBe(code);
    }
  });
});
