// The gaps of a matrix (cells nobody covers) with where such offers exist elsewhere: one statement for all gaps.
import { asInteger } from '../../db/integer.ts';
import { cypherFile } from '../../db/cypher-file.ts';
import type { Database } from '../../db/database.ts';
import { cellKey, type CoverageMatrix } from './matrix.ts';
import type { CoverageOptions } from './options.ts';
import { countsUnder } from './roll-up.ts';
import { count, records, text, texts } from './rows.ts';
import { loadVocabulary } from './vocabulary.ts';

const GAPS = cypherFile('analysis/coverage-gaps');

/** Regions with such an offer, per gap: the nearest by hierarchy. */
export const MAX_NEAREST = 3;
/** Programs, and funders, named per gap: those with the most initiatives in the cell. */
export const MAX_NAMED = 5;

export interface NearbyOffer {
  readonly regionId: string;
  /** Steps up from the gap's region to the lowest region both lie in. */
  readonly up: number;
  /** Steps up plus steps down to this region. */
  readonly distance: number;
  readonly initiativeIds: readonly string[];
}

export interface Named {
  readonly id: string;
  readonly initiativeIds: readonly string[];
}

export interface CoverageGap {
  readonly topicId: string;
  readonly targetGroupId: string;
  readonly nearest: readonly NearbyOffer[];
  readonly programs: readonly Named[];
  readonly funders: readonly Named[];
}

function named(value: unknown, idColumn: string): Named[] {
  return records(value).flatMap((r) => {
    const id = text(r[idColumn]);
    return id === null ? [] : [{ id, initiativeIds: texts(r.initiatives) }];
  });
}

function nearby(value: unknown): NearbyOffer[] {
  return records(value).flatMap((r) => {
    const regionId = text(r.region);
    if (regionId === null) return [];
    return [{ regionId, up: count(r.up), distance: count(r.distance), initiativeIds: texts(r.initiatives) }];
  });
}

/** Every empty cell of `matrix`, in the matrix's order, with what the graph shows elsewhere (maybe nothing). */
export async function findGaps(
  db: Database,
  matrix: CoverageMatrix,
  options: CoverageOptions,
): Promise<CoverageGap[]> {
  const empty = matrix.cells.filter((cell) => cell.count === 0);
  if (empty.length === 0) return [];
  const vocabulary = await loadVocabulary(db);
  const rows = await db.read(GAPS, {
    region: matrix.regionId,
    activeAt: options.at,
    statedOnly: options.statedOnly,
    topicRows: Object.fromEntries(countsUnder(vocabulary.topics, options.rollUp)),
    groupRows: Object.fromEntries(countsUnder(vocabulary.groups, options.rollUp)),
    gapKeys: empty.map((cell) => cellKey(cell.topicId, cell.targetGroupId)),
    maxRegions: asInteger(MAX_NEAREST),
    maxNamed: asInteger(MAX_NAMED),
  });
  const found = new Map(rows.map((row) => [cellKey(String(row.topic), String(row.targetGroup)), row]));
  return empty.map((cell) => {
    const row = found.get(cellKey(cell.topicId, cell.targetGroupId));
    return {
      topicId: cell.topicId,
      targetGroupId: cell.targetGroupId,
      nearest: nearby(row?.nearest),
      programs: named(row?.programs, 'program'),
      funders: named(row?.funders, 'funder'),
    };
  });
}
