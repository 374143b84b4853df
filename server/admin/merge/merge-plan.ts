// What a merge of two duplicates will write, worked out from what is stored before anything is written: the record
// $keep becomes, and what happens to each relationship of $drop. Pure, so the same plan is validated, compared with
// what the write transaction reads again, written and audited.
import type {
  ActorRecord,
  MeasureRecord,
  ProgramRecord,
  RelationshipRecord,
} from '../../domain/atlas-document.ts';
import { canonical, sourceSet } from '../../store/plan-changes.ts';
import { relationshipKey } from '../../store/relationship-rows.ts';

/** The records a merge folds together: actors, programs and measures (all named, with aliases). */
export type Named = ActorRecord | ProgramRecord | MeasureRecord;
export const MERGE_SECTIONS = ['actors', 'programs', 'measures'] as const;
export type MergeSection = (typeof MERGE_SECTIONS)[number];

/** A relationship of $drop that now stands at $keep under a key $keep did not have. */
export interface MovedLink {
  readonly before: RelationshipRecord;
  readonly after: RelationshipRecord;
}

/** A relationship of $drop whose key $keep already had: it goes, and the one $keep keeps gains its sources. */
export interface FoldedLink {
  readonly before: RelationshipRecord;
  /** The key of the relationship it was folded into. */
  readonly into: string;
}

/** A relationship of $keep that changes because others were folded into it (it gains their sources). */
export interface GrownLink {
  readonly before: RelationshipRecord;
  readonly after: RelationshipRecord;
  /** Keys of the relationships of $drop folded into it. */
  readonly from: readonly string[];
}

export interface MergePlan {
  readonly section: MergeSection;
  readonly keep: Named;
  readonly drop: Named;
  readonly merged: Named;
  readonly moved: readonly MovedLink[];
  readonly folded: readonly FoldedLink[];
  readonly grown: readonly GrownLink[];
  /** Relationships between $keep and $drop themselves: they would become loops, so they are deleted. */
  readonly removed: readonly RelationshipRecord[];
  /** Every relationship $keep has after the merge: what the validation checks. */
  readonly keepLinks: readonly RelationshipRecord[];
}

/** The record $keep becomes: its own fields, plus $drop's names as aliases and $drop's sources. */
export function mergedRecord<T extends Named>(keep: T, drop: Named): T {
  const names = [drop.name, ...(drop.shortName ? [drop.shortName] : []), ...drop.aliases, ...keep.aliases];
  const aliases = [...new Set(names)].filter((n) => n !== keep.name && n !== keep.shortName);
  return {
    ...keep,
    aliases,
    sources: sourceSet(keep.sources, drop.sources),
    description: keep.description ?? drop.description,
  };
}

/** The relationship with $drop's end replaced by $keep's, in its stored direction. */
function rewired(link: RelationshipRecord, keepId: string, dropId: string): RelationshipRecord {
  return {
    ...link,
    from: link.from === dropId ? keepId : link.from,
    to: link.to === dropId ? keepId : link.to,
  };
}

const byKey = (a: RelationshipRecord, b: RelationshipRecord) =>
  relationshipKey(a) < relationshipKey(b) ? -1 : relationshipKey(a) > relationshipKey(b) ? 1 : 0;

/**
 * Plans the merge. A relationship is identified as the importer identifies it (`relationshipKey`: type and ends,
 * for the mutual COOPERATES_WITH also its kind, whichever direction it is stored in), so two cooperations of
 * different kinds stay two, and a cooperation stored the other way round folds into $keep's instead of doubling.
 * A folded relationship leaves $keep's as it is, apart from gaining the folded one's sources.
 */
export function planMerge(
  section: MergeSection,
  keep: Named,
  drop: Named,
  links: readonly RelationshipRecord[],
): MergePlan {
  const keepId = keep.id;
  const dropId = drop.id;
  const touches = (link: RelationshipRecord, id: string) => link.from === id || link.to === id;
  const ofKeep = links.filter((l) => touches(l, keepId) && !touches(l, dropId)).sort(byKey);
  const ofDrop = links.filter((l) => touches(l, dropId) && !touches(l, keepId)).sort(byKey);
  const removed = links.filter((l) => touches(l, keepId) && touches(l, dropId)).sort(byKey);

  // What $keep has under each key after the merge, and whether it was $keep's before.
  const result = new Map<string, { record: RelationshipRecord; original?: RelationshipRecord }>();
  for (const link of ofKeep) result.set(relationshipKey(link), { record: link, original: link });
  const movedFirst = new Map<string, RelationshipRecord>();
  const folded: FoldedLink[] = [];
  for (const link of ofDrop) {
    const after = rewired(link, keepId, dropId);
    const key = relationshipKey(after);
    const existing = result.get(key);
    if (existing) {
      result.set(key, {
        ...existing,
        record: { ...existing.record, sources: sourceSet(existing.record.sources, link.sources) },
      });
      folded.push({ before: link, into: key });
    } else {
      result.set(key, { record: after });
      movedFirst.set(key, link);
    }
  }

  const moved: MovedLink[] = [...movedFirst].map(([key, before]) => ({
    before,
    after: result.get(key)!.record,
  }));
  const grown: GrownLink[] = [];
  for (const [key, { record, original }] of result) {
    if (original && canonical('relationships', record) !== canonical('relationships', original)) {
      const from = folded.filter((f) => f.into === key).map((f) => relationshipKey(f.before));
      grown.push({ before: original, after: record, from });
    }
  }
  return {
    section,
    keep,
    drop,
    merged: mergedRecord(keep, drop),
    moved,
    folded,
    grown,
    removed,
    keepLinks: [...result.values()].map((r) => r.record),
  };
}

/**
 * One side of the stored state a plan was made from, as a comparable string: the record and the relationships
 * touching it. Two reads of the same state give the same string.
 */
export function sideKey(section: MergeSection, record: Named, links: readonly RelationshipRecord[]): string {
  const touching = links.filter((link) => link.from === record.id || link.to === record.id);
  return JSON.stringify([
    canonical(section, record),
    touching.map((link) => canonical('relationships', link)).sort(),
  ]);
}
