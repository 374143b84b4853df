import { mergeNodes, type MergeChange } from './merge-nodes.ts';
import type { AuditChange } from '../audit/audit-entry.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { entityKindOf, ENTITY_KINDS, type EntityKind } from '../audit/record-kinds.ts';
import type { Writer } from './writer.ts';

/** The GraphQL MergeResult. */
export interface MergeReport {
  readonly kind: EntityKind;
  readonly keep: string;
  readonly drop: string;
  readonly moved: number;
  readonly aliases: readonly string[];
  readonly record: string;
}

/** The merge of `npm run merge`, with its two audit entries committed in the merge's own transaction. */
export async function mergeDuplicates(writer: Writer, keep: string, drop: string): Promise<MergeReport> {
  const result = await mergeNodes(writer.db, keep, drop, {
    inTransaction: (tx, change) => recordAudit(tx, writer.author, mergeAudit(change)),
  });
  return {
    kind: entityKindOf(result.section),
    keep: result.keep,
    drop: result.drop,
    moved: result.moved,
    aliases: result.aliases,
    record: JSON.stringify(result.record),
  };
}

/** One entry for the record that stays (before → merged), one for the record that went (before → deleted). */
function mergeAudit(change: MergeChange): AuditChange[] {
  const targetKind = ENTITY_KINDS[entityKindOf(change.section)].label;
  const keep = change.keep.id;
  const drop = change.drop.id;
  return [
    {
      action: 'MERGE',
      targetKind,
      targetId: keep,
      subjectIds: [keep, drop],
      before: change.keep,
      after: change.merged,
      detail: { merged: drop, moved: change.moved },
    },
    {
      action: 'MERGE',
      targetKind,
      targetId: drop,
      subjectIds: [drop, keep],
      before: change.drop,
      after: null,
      detail: { mergedInto: keep, moved: change.moved },
    },
  ];
}
