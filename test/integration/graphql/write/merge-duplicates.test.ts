import { describe, expect, it } from 'vitest';
import type { RelationshipRecord } from '../../../../server/domain/atlas-document.ts';
import { readDocument } from '../../../../server/store/read-document.ts';
import { relationshipKey } from '../../../../server/store/relationship-rows.ts';
import { loadDuplicates, MERGED_CARITAS_LINKS } from '../../admin/merge-fixture.ts';
import { errorOf, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const MERGE = `mutation ($keep: ID!, $drop: ID!) {
  mergeDuplicates(keep: $keep, drop: $drop) {
    kind keep drop moved folded linksRemoved contactsMoved aliases record
  }
}`;

const PERSONAL = ['Max Beispiel', 'max.beispiel@example.org', '06251 12345', 'Spricht Arabisch'];

describe('Mutation.mergeDuplicates', () => {
  const api = useWriteApi(loadDuplicates);

  const merge = (keep: string, drop: string) =>
    api.admin.query<{ mergeDuplicates: Record<string, unknown> }>(MERGE, { keep, drop });

  async function addContact(actorId: string): Promise<string> {
    const { addContact } = ok(
      await api.admin.query<{ addContact: { id: string } }>(
        `mutation ($actorId: ID!) { addContact(actorId: $actorId, input: {
          name: "Max Beispiel", email: "max.beispiel@example.org", phone: "06251 12345",
          note: "Spricht Arabisch", consentGiven: true, consentDate: "2026-03-01" }) { id } }`,
        { actorId },
      ),
    );
    return addContact.id;
  }

  async function linksOf(id: string): Promise<RelationshipRecord[]> {
    return (await readDocument(api.db)).relationships.filter((r) => r.from === id || r.to === id);
  }

  it('folds the duplicate into the record to keep: relationships, contacts, sources and names move', async () => {
    const contactId = await addContact('caritas-kopie');
    const { mergeDuplicates: result } = ok(await merge('caritas-bergstrasse', 'caritas-kopie'));
    expect(result).toMatchObject({
      kind: 'ACTOR',
      keep: 'caritas-bergstrasse',
      drop: 'caritas-kopie',
      moved: 5,
      folded: 2,
      linksRemoved: 1,
      contactsMoved: 1,
      aliases: ['Caritas Kreis Bergstraße', 'CKB', 'Caritas Bergstraße'],
    });
    const doc = await readDocument(api.db);
    expect(doc.actors.map((a) => a.id)).not.toContain('caritas-kopie');
    const keep = doc.actors.find((a) => a.id === 'caritas-bergstrasse');
    expect(keep?.sources).toEqual(['src-a', 'src-b']);
    expect(json(result.record as string)).toEqual(keep);
    expect(await linksOf('caritas-kopie')).toEqual([]);
    const contacts = ok(
      await api.admin.query<{ actorContacts: { id: string }[] }>(
        '{ actorContacts(actorId: "caritas-bergstrasse") { id } }',
      ),
    );
    expect(contacts.actorContacts.map((c) => c.id)).toEqual([contactId]);
  });

  it('keeps two cooperations of different kinds apart, each with its own properties', async () => {
    ok(await merge('caritas-bergstrasse', 'caritas-kopie'));
    const cooperations = (await linksOf('caritas-bergstrasse')).filter((r) => r.type === 'COOPERATES_WITH');
    expect(
      cooperations
        .map((r) => ({ kind: r.kind, note: r.note, sources: r.sources }))
        .sort((a, b) => String(a.kind).localeCompare(String(b.kind))),
    ).toEqual([
      { kind: 'jointProject', note: 'Gemeinsames Sprachcafé', sources: ['src-b'] },
      { kind: 'referral', note: null, sources: ['src-a', 'src-b'] },
    ]);
  });

  it('folds a cooperation stored the other way round into the kept one instead of doubling it', async () => {
    ok(await merge('caritas-bergstrasse', 'caritas-kopie'));
    const referrals = (await linksOf('jobcenter-bergstrasse')).filter(
      (r) => r.type === 'COOPERATES_WITH' && r.kind === 'referral',
    );
    // Stored once, in the direction the kept one had; the folded one's note does not overwrite.
    expect(referrals).toHaveLength(1);
    expect(referrals[0]).toMatchObject({
      from: 'jobcenter-bergstrasse',
      to: 'caritas-bergstrasse',
      note: null,
      sources: ['src-a', 'src-b'],
    });
    const all = await linksOf('caritas-bergstrasse');
    expect(
      Object.fromEntries(all.map((r) => [relationshipKey(r), { sources: r.sources, note: r.note }])),
    ).toEqual(MERGED_CARITAS_LINKS);
    expect(all.find((r) => r.type === 'MEMBER_OF')?.role).toBe('chair');
  });

  it('refuses a merge that leaves relationships breaking the rules, naming each one, and writes nothing', async () => {
    // The association is no body: the working group's members cannot become its members.
    const result = await refused(api, () => merge('ak-verein', 'ak-integration'));
    const { code, extensions } = errorOf(result);
    expect(code).toBe('BAD_USER_INPUT');
    const issues = extensions.issues as { code: string; file: string; record?: string }[];
    const moved = (from: string) => `relationships MEMBER_OF|${from}|ak-integration (moved to ak-verein)`;
    expect(issues.map((i) => [i.code, i.file, i.record])).toEqual([
      ['INVALID_ENDPOINT', 'database', moved('caritas-bergstrasse')],
      ['INVALID_ENDPOINT', 'database', moved('caritas-kopie')],
      ['INVALID_ENDPOINT', 'database', moved('jobcenter-bergstrasse')],
    ]);
    // The other way round the members stay on a body: allowed.
    expect(ok(await merge('ak-integration', 'ak-verein')).mergeDuplicates).toMatchObject({ moved: 1 });
  });

  it('removes relationships between the two records (they would be loops), each with an UNLINK entry', async () => {
    ok(await merge('caritas-bergstrasse', 'caritas-kopie'));
    const loops = (await readDocument(api.db)).relationships.filter((r) => r.from === r.to);
    expect(loops).toEqual([]);
    const removed = (await latestAudit(api, 50))
      .filter((e) => json(e.detail) !== null)
      .filter((e) => {
        const detail = json(e.detail) as { merge?: string };
        return detail.merge === 'betweenMergedRecords';
      });
    expect(removed.map((e) => [e.action, e.targetId, e.after])).toEqual([
      ['UNLINK', 'COOPERATES_WITH|caritas-bergstrasse|caritas-kopie|referral', null],
    ]);
    expect(json(removed[0]?.before)).toMatchObject({
      type: 'COOPERATES_WITH',
      from: 'caritas-kopie',
      to: 'caritas-bergstrasse',
      kind: 'referral',
    });
  });

  it('audits every relationship moved, folded, changed or removed and every contact moved, in its transaction', async () => {
    const contactId = await addContact('caritas-kopie');
    ok(await merge('caritas-bergstrasse', 'caritas-kopie'));
    const entries = await latestAudit(api, 50);
    // Only the merge's entries: those after the test added the contact.
    const added = entries.find((e) => e.action === 'CONTACT_ADD')?.seq ?? Infinity;
    const mergeEntries = entries.filter((e) => e.seq > added);
    const summary = mergeEntries
      .map((e) => [e.action, e.targetId, (json(e.detail) as { merge?: string }).merge ?? null])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(summary).toEqual(
      [
        ['CONTACT_UPDATE', contactId, 'moved'],
        ['MERGE', 'caritas-bergstrasse', null],
        ['MERGE', 'caritas-kopie', null],
        ['UNLINK', 'COOPERATES_WITH|caritas-bergstrasse|caritas-kopie|referral', 'betweenMergedRecords'],
        ['UNLINK', 'COOPERATES_WITH|caritas-kopie|jobcenter-bergstrasse|referral', 'folded'],
        ['UNLINK', 'MEMBER_OF|caritas-kopie|ak-integration', 'folded'],
        ['UPDATE_LINK', 'ADDRESSES|caritas-bergstrasse|sprache', 'moved'],
        ['UPDATE_LINK', 'COOPERATES_WITH|caritas-bergstrasse|jobcenter-bergstrasse|jointProject', 'moved'],
        [
          'UPDATE_LINK',
          'COOPERATES_WITH|caritas-bergstrasse|jobcenter-bergstrasse|referral',
          'gainedSources',
        ],
        ['UPDATE_LINK', 'LOCATED_IN|caritas-bergstrasse|de-06431', 'moved'],
      ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
    for (const entry of mergeEntries) {
      expect(entry.subjectIds).toEqual(expect.arrayContaining(['caritas-bergstrasse', 'caritas-kopie']));
    }
    const moved = mergeEntries.find((e) => e.targetId === 'LOCATED_IN|caritas-bergstrasse|de-06431');
    expect(json(moved?.before)).toMatchObject({ from: 'caritas-kopie', to: 'de-06431' });
    expect(json(moved?.after)).toMatchObject({ from: 'caritas-bergstrasse', to: 'de-06431' });
    const gained = mergeEntries.find(
      (e) => json(e.detail) && (json(e.detail) as { merge: string }).merge === 'gainedSources',
    );
    expect([json(gained?.before), json(gained?.after)].map((r) => (r as RelationshipRecord).sources)).toEqual(
      [['src-a'], ['src-a', 'src-b']],
    );
    // The trail of the dropped id shows where each of its relationships went.
    const ofDrop = await latestAudit(api, 50, 'caritas-kopie');
    expect(ofDrop.filter((e) => e.targetKind === 'Relationship')).toHaveLength(7);
  });

  it("keeps a moved contact's personal data out of the audit trail, as every contact entry does", async () => {
    const contactId = await addContact('caritas-kopie');
    ok(await merge('caritas-bergstrasse', 'caritas-kopie'));
    const [entry] = (await latestAudit(api, 50)).filter((e) => e.action === 'CONTACT_UPDATE');
    expect(entry).toMatchObject({ targetKind: 'Contact', targetId: contactId });
    expect(json(entry?.before)).toEqual({
      id: contactId,
      actorId: 'caritas-kopie',
      consentGiven: true,
      consentDate: '2026-03-01',
    });
    expect(json(entry?.after)).toEqual({
      id: contactId,
      actorId: 'caritas-bergstrasse',
      consentGiven: true,
      consentDate: '2026-03-01',
    });
    const trail = JSON.stringify(await latestAudit(api, 50));
    for (const personal of PERSONAL) expect(trail).not.toContain(personal);
  });

  it('refuses unknown ids (NOT_FOUND), different kinds and the same id twice (BAD_USER_INPUT)', async () => {
    const cases: [string, string, string][] = [
      ['caritas-bergstrasse', 'no-such-actor', 'NOT_FOUND'],
      ['caritas-bergstrasse', 'wir-hessen', 'BAD_USER_INPUT'],
      ['wir-hessen', 'wir-hessen', 'BAD_USER_INPUT'],
    ];
    for (const [keep, drop, code] of cases) {
      expect(errorOf(await refused(api, () => merge(keep, drop))).code).toBe(code);
    }
  });
});
