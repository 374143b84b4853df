// Coverage of every Kreis of a Land, or of a whole country (`de`), at once, for a heat map: one statement, counts
// only.
import { cypherFile } from '../../db/cypher-file.ts';
import type { Database } from '../../db/database.ts';
import type { CoverageOptions } from './options.ts';
import { perHundredThousand } from './per-capita.ts';
import { countingUnder } from './roll-up.ts';
import { count, numberOrNull, text } from './rows.ts';
import { loadVocabulary } from './vocabulary.ts';

const KREISE = cypherFile('analysis/coverage-kreise');

export interface KreisCount {
  readonly regionId: string;
  readonly count: number;
  readonly full: number;
  readonly partial: number;
  readonly population: number | null;
  /** FULL offers per 100,000 inhabitants. */
  readonly perHundredThousand: number | null;
}

export interface KreisCell {
  /** Null: any topic (or none). */
  readonly topicId: string | null;
  /** Null: any target group (or none). */
  readonly targetGroupId: string | null;
}

/** Thrown (as a value) when the cell names a topic or target group the graph does not hold. */
export class UnknownVocabularyId extends Error {
  constructor(
    readonly argument: 'topic' | 'targetGroup',
    readonly id: string,
  ) {
    super(`No ${argument === 'topic' ? 'topic' : 'target group'} with id ${id}.`);
  }
}

/** Every Kreis (or Austrian Bezirk) inside the Land or country, ordered by name, with 0 where nothing reaches it. */
export async function kreisCoverage(
  db: Database,
  landId: string,
  cell: KreisCell,
  options: Omit<CoverageOptions, 'dedupeParts'>,
): Promise<KreisCount[]> {
  const vocabulary = await loadVocabulary(db);
  const ids = (items: typeof vocabulary.topics, id: string | null, argument: 'topic' | 'targetGroup') => {
    if (id === null) return null;
    if (!items.some((item) => item.id === id)) throw new UnknownVocabularyId(argument, id);
    return countingUnder(items, id, options.rollUp);
  };
  const rows = await db.read(KREISE, {
    land: landId,
    activeAt: options.at,
    statedOnly: options.statedOnly,
    fromAbove: options.fromAbove,
    topicIds: ids(vocabulary.topics, cell.topicId, 'topic'),
    groupIds: ids(vocabulary.groups, cell.targetGroupId, 'targetGroup'),
  });
  return rows.flatMap((row) => {
    const regionId = text(row.id);
    if (regionId === null) return [];
    const population = numberOrNull(row.population);
    const full = count(row.full);
    return [
      {
        regionId,
        count: count(row.count),
        full,
        partial: count(row.partial),
        population,
        perHundredThousand: perHundredThousand(full, population),
      },
    ];
  });
}
