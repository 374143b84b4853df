import type { RelationshipRecord } from '../domain/atlas-document.ts';
import { relationshipKey } from '../store/relationship-rows.ts';
import type { AuditChange } from '../audit/audit-entry.ts';
import { auditedWrite } from '../audit/audited-write.ts';
import { cypherFile } from '../db/cypher-file.ts';
import { assertDeletable, readBlockers } from './delete-blockers.ts';
import { notFound } from './input-errors.ts';
import { readEntity, readLinksTouching, readOnly } from '../store/read-records.ts';
import { recordChange, type RecordChange } from './record-change.ts';
import { ENTITY_KINDS, type EntityKind } from '../audit/record-kinds.ts';
import { lockNodes } from './write-records.ts';
import type { Writer } from './writer.ts';

const DELETE_ENTITY = cypherFile('mutations/delete-entity');

/**
 * Deletes a record. Refused (CONFLICT) while facts depend on it; with relationships or contacts attached only
 * when `detach` is true, and then each removed relationship and contact gets its own audit entry.
 */
export async function deleteEntity(
  writer: Writer,
  kind: EntityKind,
  id: string,
  detach: boolean,
): Promise<RecordChange> {
  const { section, label } = ENTITY_KINDS[kind];
  const found = await readEntity(readOnly(writer.db), id);
  if (found?.section !== section) throw notFound(label, id);

  return auditedWrite(writer.db, writer.author, async (tx) => {
    await lockNodes(tx, [id]);
    const current = await readEntity(tx, id);
    if (current?.section !== section) throw notFound(label, id);
    const blockers = await readBlockers(tx, id);
    const links = await readLinksTouching(tx, [id]);
    assertDeletable(label, id, blockers, links, detach);
    await tx.run(DELETE_ENTITY, { id });
    const changes: AuditChange[] = [
      {
        action: 'DELETE',
        targetKind: label,
        targetId: id,
        subjectIds: [id],
        before: current.record,
        after: null,
        ...(detach && { detail: { detached: { links: links.length, contacts: blockers.contacts.length } } }),
      },
      ...links.map((link) => removedLink(link, id)),
      ...blockers.contacts.map((contactId) => removedContact(contactId, id)),
    ];
    return {
      result: recordChange(kind, id, 'DELETED', current.record, {
        links: links.length,
        contacts: blockers.contacts.length,
      }),
      changes,
    };
  });
}

function removedLink(link: RelationshipRecord, deletedId: string): AuditChange {
  return {
    action: 'UNLINK',
    targetKind: 'Relationship',
    targetId: relationshipKey(link),
    subjectIds: [link.from, link.to],
    before: link,
    after: null,
    detail: { deletedWith: deletedId },
  };
}

/** Without the contact's personal data: the trail keeps only that it existed and went (see admin-contacts). */
function removedContact(contactId: string, actorId: string): AuditChange {
  return {
    action: 'CONTACT_REMOVE',
    targetKind: 'Contact',
    targetId: contactId,
    subjectIds: [actorId, contactId],
    before: { id: contactId, actorId },
    after: null,
    detail: { deletedWith: actorId },
  };
}
