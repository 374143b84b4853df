// The audit trail of a merge: one MERGE entry for each of the two records, and one entry for every relationship
// and contact the merge moved, folded, changed or removed, so that the trail alone tells where each fact went.
import type { RelationshipRecord } from '../../domain/atlas-document.ts';
import type { AuditAction, AuditChange } from '../../audit/audit-entry.ts';
import { ENTITY_KINDS, entityKindOf } from '../../audit/record-kinds.ts';
import { relationshipKey } from '../../store/relationship-rows.ts';
import { contactAudit, type Contact } from '../contacts/contact-record.ts';
import type { MergePlan } from './merge-plan.ts';

/** A contact as it was at $drop and as it is at $keep. */
export interface MovedContact {
  readonly before: Contact;
  readonly after: Contact;
}

export function mergeAudit(plan: MergePlan, contacts: readonly MovedContact[]): AuditChange[] {
  const targetKind = ENTITY_KINDS[entityKindOf(plan.section)].label;
  const keep = plan.keep.id;
  const drop = plan.drop.id;
  const counts = {
    moved: plan.moved.length + plan.folded.length,
    folded: plan.folded.length,
    linksRemoved: plan.removed.length,
    contactsMoved: contacts.length,
  };
  const merge = { mergedFrom: drop, mergedInto: keep };
  const link = (
    action: AuditAction,
    before: RelationshipRecord | null,
    after: RelationshipRecord | null,
    detail: Record<string, unknown>,
  ): AuditChange => {
    const record = after ?? before!;
    return {
      action,
      targetKind: 'Relationship',
      targetId: relationshipKey(record),
      // Both records of the merge too, so the trail of either id shows where its relationships went.
      subjectIds: [record.from, record.to, keep, drop],
      before,
      after,
      detail: { ...detail, ...merge },
    };
  };
  return [
    {
      action: 'MERGE',
      targetKind,
      targetId: keep,
      subjectIds: [keep, drop],
      before: plan.keep,
      after: plan.merged,
      detail: { merged: drop, ...counts },
    },
    {
      action: 'MERGE',
      targetKind,
      targetId: drop,
      subjectIds: [drop, keep],
      before: plan.drop,
      after: null,
      detail: { mergedInto: keep, ...counts },
    },
    // Moved: the relationship of $drop now stands at $keep (a new key, as when updateLink re-keys).
    ...plan.moved.map((m) => link('UPDATE_LINK', m.before, m.after, { merge: 'moved' })),
    // Folded: $keep had the same relationship; the one of $drop goes, its record is kept here.
    ...plan.folded.map((f) => link('UNLINK', f.before, null, { merge: 'folded', foldedInto: f.into })),
    // $keep's relationship gains the sources of those folded into it.
    ...plan.grown.map((g) =>
      link('UPDATE_LINK', g.before, g.after, { merge: 'gainedSources', foldedFrom: g.from }),
    ),
    // Between the two records: it would become a loop of $keep, so it is deleted.
    ...plan.removed.map((r) => link('UNLINK', r, null, { merge: 'betweenMergedRecords' })),
    // Contacts: only what every contact entry keeps (ids, actor, consent), never name, email or phone.
    ...contacts.map(({ before, after }) => ({
      ...contactAudit('CONTACT_UPDATE', before, after, {
        changedFields: ['actorId'],
        merge: 'moved',
        ...merge,
      }),
      subjectIds: [keep, drop, after.id],
    })),
  ];
}
