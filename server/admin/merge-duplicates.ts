import { mergeNodes } from './merge-nodes.ts';
import { entityKindOf, type EntityKind } from '../audit/record-kinds.ts';
import type { Writer } from './writer.ts';

/** The GraphQL MergeResult. */
export interface MergeReport {
  readonly kind: EntityKind;
  readonly keep: string;
  readonly drop: string;
  readonly moved: number;
  readonly folded: number;
  readonly linksRemoved: number;
  readonly contactsMoved: number;
  readonly aliases: readonly string[];
  readonly record: string;
}

/**
 * The merge of `npm run merge` and Mutation.mergeDuplicates: validated like every write, in one transaction with
 * the lock of the other mutations, and audited entry by entry (see merge-nodes.ts).
 */
export async function mergeDuplicates(writer: Writer, keep: string, drop: string): Promise<MergeReport> {
  const result = await mergeNodes(writer, keep, drop);
  return {
    kind: entityKindOf(result.section),
    keep: result.keep,
    drop: result.drop,
    moved: result.moved,
    folded: result.folded,
    linksRemoved: result.linksRemoved,
    contactsMoved: result.contactsMoved,
    aliases: result.aliases,
    record: JSON.stringify(result.record),
  };
}
