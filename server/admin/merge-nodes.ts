// Merges two duplicates: $keep absorbs $drop's relationships, contacts, sources and names (as aliases); $drop is
// deleted. Like every admin write: read, validate (the graph after the merge must pass the importer's checks),
// then one audited transaction that locks both records, reads them and their relationships again and refuses with
// CONFLICT if anything changed since the validation, writes with the importer's statements and audits every
// record, relationship and contact it touched. A failed merge leaves both records as they were.
import type { RelationshipRecord } from '../domain/atlas-document.ts';
import type { AuditChange } from '../audit/audit-entry.ts';
import { auditedWrite } from '../audit/audited-write.ts';
import { ENTITY_KINDS, entityKindOf } from '../audit/record-kinds.ts';
import { cypherFile } from '../db/cypher-file.ts';
import type { Database, Transaction } from '../db/database.ts';
import { asInteger } from '../db/integer.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import type { LocatedRecord } from '../parse/records.ts';
import { readEntities, readLinksTouching, readOnly, type Runner } from '../store/read-records.ts';
import { relationshipKey } from '../store/relationship-rows.ts';
import { toContact } from './contacts/contact-record.ts';
import { documentWith } from './documents.ts';
import { changedMeanwhile } from './input-errors.ts';
import { mergeAudit, type MovedContact } from './merge/merge-audit.ts';
import {
  MERGE_SECTIONS,
  planMerge,
  sideKey,
  type MergePlan,
  type MergeSection,
  type Named,
} from './merge/merge-plan.ts';
import { storedAt, validateRecords } from './validate-records.ts';
import { lockNodes, writeRecords } from './write-records.ts';
import type { Writer } from './writer.ts';

export { mergedRecord } from './merge/merge-plan.ts';

const READ_CONTACTS = cypherFile('admin/merge-read-contacts');
const MOVE_CONTACTS = cypherFile('admin/merge-move-contacts');
const DELETE_DROP = cypherFile('admin/merge-delete-drop');

export interface MergeResult {
  readonly keep: string;
  readonly drop: string;
  readonly section: MergeSection;
  /** The record $keep became. */
  readonly record: Named;
  readonly aliases: readonly string[];
  /** Relationships of $drop now at $keep: moved, or folded into the same relationship $keep had. */
  readonly moved: number;
  /** Of those, the ones folded into a relationship $keep had. */
  readonly folded: number;
  /** Relationships between $keep and $drop, deleted (they would be loops). */
  readonly linksRemoved: number;
  readonly contactsMoved: number;
}

interface MergeState {
  readonly section: MergeSection;
  readonly keep: Named;
  readonly drop: Named;
  /** Every importable relationship touching either record. */
  readonly links: readonly RelationshipRecord[];
}

export async function mergeNodes(writer: Writer, keepId: string, dropId: string): Promise<MergeResult> {
  if (keepId === dropId) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Cannot merge a node with itself.');
  const read = await readState(readOnly(writer.db), keepId, dropId);
  const plan = await validated(writer.db, planMerge(read.section, read.keep, read.drop, read.links));
  const label = ENTITY_KINDS[entityKindOf(plan.section)].label;

  return auditedWrite(writer.db, writer.author, async (tx) => {
    // The lock other admin writes take too: nobody changes either record (or links to them) until we commit.
    await lockNodes(tx, [keepId, dropId]);
    const current = await readState(tx, keepId, dropId);
    for (const side of ['keep', 'drop'] as const) {
      const then = sideKey(read.section, read[side], read.links);
      if (sideKey(current.section, current[side], current.links) !== then) {
        throw changedMeanwhile(label, read[side].id);
      }
    }
    const contacts = await moveContacts(tx, keepId, dropId);
    await writeRecords(
      tx,
      documentWith({
        [plan.section]: [plan.merged],
        relationships: [...plan.moved.map((m) => m.after), ...plan.grown.map((g) => g.after)],
      }),
    );
    const expected = plan.moved.length + plan.folded.length + plan.removed.length;
    const [row] = await tx.run(DELETE_DROP, { drop: dropId, expected: asInteger(expected) });
    if (row?.deleted !== true) throw changedMeanwhile(label, dropId);
    const changes: AuditChange[] = mergeAudit(plan, contacts);
    return { result: resultOf(plan, contacts.length), changes };
  });
}

/** Both records and their relationships; NOT_FOUND or BAD_USER_INPUT when they cannot be merged. */
async function readState(runner: Runner, keepId: string, dropId: string): Promise<MergeState> {
  const found = await readEntities(runner, [keepId, dropId]);
  const of = (id: string) => {
    const entity = found.find((f) => f.record.id === id);
    const section = MERGE_SECTIONS.find((s) => s === entity?.section);
    if (!entity || !section) {
      throw new AppError(ErrorCode.NOT_FOUND, `No actor, program or measure with id "${id}".`, { id });
    }
    return { section, record: entity.record as Named };
  };
  const keep = of(keepId);
  const drop = of(dropId);
  if (keep.section !== drop.section) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Cannot merge ${dropId} (${drop.section}) into ${keepId} (${keep.section}): both must be of the same kind.`,
    );
  }
  const links = await readLinksTouching(runner, [keepId, dropId]);
  return { section: keep.section, keep: keep.record, drop: drop.record, links };
}

/**
 * Validates the graph around $keep as it will be: the merged record with every relationship it will have, checked
 * by the importer as one import would be (so a relationship that cannot stand at $keep — members of a body merged
 * into an actor that is no body — is refused with BAD_USER_INPUT naming it). Returns the plan with the records as
 * the importer normalised them, which is what is written and audited.
 */
async function validated(db: Database, plan: MergePlan): Promise<MergePlan> {
  const movedFrom = new Map(plan.moved.map((m) => [relationshipKey(m.after), m.before]));
  const relationships: LocatedRecord[] = plan.keepLinks.map((link) => {
    const before = movedFrom.get(relationshipKey(link));
    const name = before
      ? `relationships ${relationshipKey(before)} (moved to ${plan.keep.id})`
      : `relationships ${relationshipKey(link)}`;
    return { data: link, location: storedAt(name) };
  });
  const doc = await validateRecords(
    db,
    {
      [plan.section]: [{ data: plan.merged, location: storedAt(`${plan.section} ${plan.keep.id} (merged)`) }],
      relationships,
    },
    // The merged record carries $drop's names, and $drop is still stored: the duplicate being merged away.
    { allowDuplicates: true },
  );
  const merged = (doc[plan.section] as Named[]).find((r) => r.id === plan.keep.id);
  if (!merged) throw new Error(`validated ${plan.section} lost the record ${plan.keep.id}`);
  const normalised = new Map(doc.relationships.map((r) => [relationshipKey(r), r]));
  const as = (link: RelationshipRecord) => {
    const record = normalised.get(relationshipKey(link));
    if (!record) throw new Error(`validated relationships lost ${relationshipKey(link)}`);
    return record;
  };
  return {
    ...plan,
    merged,
    moved: plan.moved.map((m) => ({ ...m, after: as(m.after) })),
    grown: plan.grown.map((g) => ({ ...g, after: as(g.after) })),
    keepLinks: plan.keepLinks.map(as),
  };
}

/** Moves $drop's contacts to $keep (locked and read first, so none is missed or moved twice). */
async function moveContacts(tx: Transaction, keepId: string, dropId: string): Promise<MovedContact[]> {
  const before = (await tx.run(READ_CONTACTS, { drop: dropId })).map((row) =>
    toContact(row.contact as Record<string, unknown>),
  );
  if (before.length === 0) return [];
  const rows = await tx.run(MOVE_CONTACTS, {
    keep: keepId,
    drop: dropId,
    contactIds: before.map((c) => c.id),
  });
  const after = new Map(
    rows.map((row) => toContact(row.contact as Record<string, unknown>)).map((c) => [c.id, c]),
  );
  return before.map((contact) => {
    const moved = after.get(contact.id);
    if (!moved) throw changedMeanwhile('contact', contact.id);
    return { before: contact, after: moved };
  });
}

function resultOf(plan: MergePlan, contactsMoved: number): MergeResult {
  return {
    keep: plan.keep.id,
    drop: plan.drop.id,
    section: plan.section,
    record: plan.merged,
    aliases: plan.merged.aliases,
    moved: plan.moved.length + plan.folded.length,
    folded: plan.folded.length,
    linksRemoved: plan.removed.length,
    contactsMoved,
  };
}
