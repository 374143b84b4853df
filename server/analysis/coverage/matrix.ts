// The matrix topic × target group of one region, from the offers that reach it: which initiatives count in each
// cell, how (FULL or PARTIAL), and the counts. Pure, so the rules are unit-tested without a database.
import { perHundredThousand } from './per-capita.ts';
import { countsUnder, type VocabularyItem } from './roll-up.ts';

export type CoverageKind = 'FULL' | 'PARTIAL';

/** A program or measure that reaches the region (coverage-offers.cypher), with its own topics and groups. */
export interface RegionOffer {
  readonly id: string;
  readonly coverage: CoverageKind;
  /** The region its strongest ACTIVE_IN points at. */
  readonly via: string;
  readonly topics: readonly string[];
  readonly groups: readonly string[];
  /** The programs and measures it is a part of (PART_OF, any depth). */
  readonly umbrellas: readonly string[];
}

export interface CellOffer {
  readonly initiativeId: string;
  readonly coverage: CoverageKind;
  readonly viaId: string;
  /** True when it counts here only through a narrower topic or target group (roll-up). */
  readonly rolledUp: boolean;
}

export interface CoverageCell {
  readonly topicId: string;
  readonly targetGroupId: string;
  /** Distinct initiatives. */
  readonly count: number;
  readonly full: number;
  readonly partial: number;
  /** FULL offers per 100,000 inhabitants; null when the population is unknown. */
  readonly perHundredThousand: number | null;
  /** FULL first, then by initiative id. */
  readonly offers: readonly CellOffer[];
}

export interface CoverageMatrix {
  readonly regionId: string;
  readonly population: number | null;
  readonly topicIds: readonly string[];
  readonly targetGroupIds: readonly string[];
  /** Every offer of the region, in a cell or not (one without topic or target group is in none). */
  readonly offers: readonly RegionOffer[];
  /** Row by row: every topic × every target group, in the order of the vocabularies. */
  readonly cells: readonly CoverageCell[];
}

export interface MatrixInput {
  readonly regionId: string;
  readonly population: number | null;
  readonly topics: readonly VocabularyItem[];
  readonly groups: readonly VocabularyItem[];
  readonly offers: readonly RegionOffer[];
  readonly rollUp: boolean;
  readonly dedupeParts: boolean;
}

export const cellKey = (topicId: string, targetGroupId: string) => `${topicId}|${targetGroupId}`;

const byCoverageThenId = (a: CellOffer, b: CellOffer) =>
  a.coverage === b.coverage ? (a.initiativeId < b.initiativeId ? -1 : 1) : a.coverage === 'FULL' ? -1 : 1;

/** The ids `ids` count under (itself and, rolled up, the broader ones), each once; unknown ids are dropped. */
function expand(ids: readonly string[], under: Map<string, string[]>): Set<string> {
  return new Set(ids.flatMap((id) => under.get(id) ?? []));
}

/** Without the umbrellas of which another offer of the same cell is a part. */
function withoutUmbrellas(offers: CellOffer[], umbrellasOf: Map<string, readonly string[]>): CellOffer[] {
  const covered = new Set(offers.flatMap((o) => umbrellasOf.get(o.initiativeId) ?? []));
  return offers.filter((o) => !covered.has(o.initiativeId));
}

export function buildMatrix(input: MatrixInput): CoverageMatrix {
  const rowsOf = countsUnder(input.topics, input.rollUp);
  const columnsOf = countsUnder(input.groups, input.rollUp);
  const inCell = new Map<string, CellOffer[]>();
  for (const offer of input.offers) {
    const ownTopics = new Set(offer.topics);
    const ownGroups = new Set(offer.groups);
    const columns = expand(offer.groups, columnsOf);
    for (const row of expand(offer.topics, rowsOf)) {
      for (const column of columns) {
        const key = cellKey(row, column);
        const list = inCell.get(key) ?? [];
        list.push({
          initiativeId: offer.id,
          coverage: offer.coverage,
          viaId: offer.via,
          rolledUp: !(ownTopics.has(row) && ownGroups.has(column)),
        });
        inCell.set(key, list);
      }
    }
  }
  const umbrellasOf = new Map(input.offers.map((o) => [o.id, o.umbrellas]));
  const cells = input.topics.flatMap((topic) =>
    input.groups.map((group): CoverageCell => {
      const found = inCell.get(cellKey(topic.id, group.id)) ?? [];
      const offers = (input.dedupeParts ? withoutUmbrellas(found, umbrellasOf) : found).sort(
        byCoverageThenId,
      );
      const full = offers.filter((o) => o.coverage === 'FULL').length;
      return {
        topicId: topic.id,
        targetGroupId: group.id,
        count: offers.length,
        full,
        partial: offers.length - full,
        perHundredThousand: perHundredThousand(full, input.population),
        offers,
      };
    }),
  );
  return {
    regionId: input.regionId,
    population: input.population,
    topicIds: input.topics.map((t) => t.id),
    targetGroupIds: input.groups.map((g) => g.id),
    offers: input.offers,
    cells,
  };
}
