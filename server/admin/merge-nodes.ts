// Merges two duplicates: $keep absorbs $drop's relationships, sources and names (as aliases); $drop is deleted.
// One transaction, so a failed merge leaves both nodes as they were.
import { cypherFile } from '../db/cypher-file.ts';
import type { Database, Transaction } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import {
  emptyDocument,
  type ActorRecord,
  type AtlasDocument,
  type ProgramRecord,
} from '../domain/atlas-document.ts';
import { readDocument } from '../store/read-document.ts';
import { ACTOR_LABELS } from '../domain/node-kinds.ts';
import { readActorClasses } from '../store/actor-classes.ts';
import { entityRows } from '../store/node-rows.ts';

const MOVE = cypherFile('admin/move-relationships');
const UPSERT_ENTITIES = cypherFile('import/upsert-entities');

// Programs and measures share one record shape.
type Named = ActorRecord | ProgramRecord;
const SECTIONS = ['actors', 'programs', 'measures'] as const;

export interface MergeResult {
  readonly keep: string;
  readonly drop: string;
  readonly moved: number;
  readonly aliases: readonly string[];
  readonly section: (typeof SECTIONS)[number];
  /** The record $keep became. */
  readonly record: Named;
}

/** What the merge changed, for whoever records it (the admin API's audit trail). */
export interface MergeChange {
  readonly section: (typeof SECTIONS)[number];
  /** Both records as they were, and what $keep became. */
  readonly keep: Named;
  readonly drop: Named;
  readonly merged: Named;
  readonly moved: number;
}

export interface MergeOptions {
  /**
   * Runs inside the merge's transaction, after the merge: what it writes commits with the merge or not at all.
   * The transaction may be retried, so it must only write through `tx`.
   */
  readonly inTransaction?: (tx: Transaction, change: MergeChange) => Promise<void>;
}

function find(
  doc: AtlasDocument,
  id: string,
): { section: (typeof SECTIONS)[number]; record: Named } | undefined {
  for (const section of SECTIONS) {
    const record = (doc[section] as Named[]).find((r) => r.id === id);
    if (record) return { section, record };
  }
  return undefined;
}

/** The record $keep becomes: its own fields, plus $drop's names as aliases and $drop's sources. */
export function mergedRecord(keep: Named, drop: Named): Named {
  const names = [drop.name, ...(drop.shortName ? [drop.shortName] : []), ...drop.aliases, ...keep.aliases];
  const aliases = [...new Set(names)].filter((n) => n !== keep.name && n !== keep.shortName);
  return {
    ...keep,
    aliases,
    sources: [...new Set([...keep.sources, ...drop.sources])].sort(),
    description: keep.description ?? drop.description,
  };
}

export async function mergeNodes(
  db: Database,
  keepId: string,
  dropId: string,
  options: MergeOptions = {},
): Promise<MergeResult> {
  if (keepId === dropId) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Cannot merge a node with itself.');
  const doc = await readDocument(db, [keepId, dropId]);
  const keep = find(doc, keepId);
  const drop = find(doc, dropId);
  for (const [id, found] of [
    [keepId, keep],
    [dropId, drop],
  ] as const) {
    if (!found) {
      throw new AppError(ErrorCode.NOT_FOUND, `No actor, program or measure with id "${id}".`, { id });
    }
  }
  if (keep!.section !== drop!.section) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Cannot merge ${dropId} (${drop!.section}) into ${keepId} (${keep!.section}): both must be of the same kind.`,
    );
  }
  const merged = mergedRecord(keep!.record, drop!.record);
  const moved = await db.writeTransaction(async (tx) => {
    const single = { ...emptyDocument(), [keep!.section]: [merged] };
    const rows = entityRows(
      single,
      await readActorClasses((statement, params) => tx.run(statement, params), single),
    );
    await tx.run(UPSERT_ENTITIES, { rows, kindLabels: ACTOR_LABELS });
    const [row] = await tx.run(MOVE, { keep: keepId, drop: dropId });
    const count = Number(row?.moved ?? 0);
    await options.inTransaction?.(tx, {
      section: keep!.section,
      keep: keep!.record,
      drop: drop!.record,
      merged,
      moved: count,
    });
    return count;
  });
  return {
    keep: keepId,
    drop: dropId,
    moved,
    aliases: merged.aliases,
    section: keep!.section,
    record: merged,
  };
}
