// The gap matrix as plain data: rows (topics) and columns (target groups) in the order of their labels in the
// page's language, one cell for every pair — a pair the answer lacks becomes an explicit zero, never a blank —
// and what each cell shows: the number of offers or, per capita, FULL offers per 100,000 inhabitants.
import type { CoverageMatrixQuery } from '../../api/generated/operations.ts';
import type { UiLanguage } from '../../app/url-state.ts';

export type CoverageAnswer = CoverageMatrixQuery['coverage'];
export type CellOffer = CoverageAnswer['cells'][number]['offers'][number];

export interface Axis {
  readonly id: string;
  readonly label: string;
}

export interface MatrixCell {
  readonly topic: Axis;
  readonly targetGroup: Axis;
  readonly count: number;
  readonly full: number;
  readonly partial: number;
  readonly perHundredThousand: number | null;
  readonly gap: boolean;
  readonly offers: readonly CellOffer[];
}

export interface MatrixModel {
  readonly regionId: string;
  readonly regionName: string;
  readonly at: string;
  readonly population: number | null;
  /** Offers reaching the region at all, and how many of them FULL or PARTIAL. */
  readonly count: number;
  readonly full: number;
  readonly partial: number;
  readonly topics: readonly Axis[];
  readonly targetGroups: readonly Axis[];
  /** `rows[i][j]`: topic i, target group j. */
  readonly rows: readonly (readonly MatrixCell[])[];
  /** Cells with at least one offer, and all cells. */
  readonly filled: number;
  readonly total: number;
  readonly maxCount: number;
  readonly maxPerCapita: number;
  /** Names by id: the region's offers, the region and the regions above it. */
  readonly names: ReadonlyMap<string, string>;
}

const key = (topic: string, targetGroup: string) => `${topic}\n${targetGroup}`;

function axes(terms: readonly { id: string; labelDe: string; labelEn: string }[], lang: UiLanguage): Axis[] {
  const collator = new Intl.Collator(lang);
  return terms
    .map((term) => ({ id: term.id, label: lang === 'en' ? term.labelEn : term.labelDe }))
    .sort((a, b) => collator.compare(a.label, b.label) || (a.id < b.id ? -1 : 1));
}

export function matrixModel(answer: CoverageAnswer, lang: UiLanguage): MatrixModel {
  const topics = axes(answer.topics, lang);
  const targetGroups = axes(answer.targetGroups, lang);
  const byPair = new Map(answer.cells.map((cell) => [key(cell.topic.id, cell.targetGroup.id), cell]));
  const rows = topics.map((topic) =>
    targetGroups.map((targetGroup): MatrixCell => {
      const cell = byPair.get(key(topic.id, targetGroup.id));
      if (!cell) {
        return {
          topic,
          targetGroup,
          count: 0,
          full: 0,
          partial: 0,
          perHundredThousand: null,
          gap: true,
          offers: [],
        };
      }
      const { count, full, partial, perHundredThousand, offers } = cell;
      return { topic, targetGroup, count, full, partial, perHundredThousand, gap: count === 0, offers };
    }),
  );
  const cells = rows.flat();
  const names = new Map<string, string>([
    ...answer.initiatives.map((i) => [i.id, i.name] as const),
    ...answer.region.ancestors.map((r) => [r.id, r.name] as const),
    [answer.region.id, answer.region.name],
  ]);
  return {
    regionId: answer.region.id,
    regionName: answer.region.name,
    at: answer.at,
    population: answer.population,
    count: answer.count,
    full: answer.full,
    partial: answer.partial,
    topics,
    targetGroups,
    rows,
    filled: cells.filter((c) => !c.gap).length,
    total: cells.length,
    maxCount: Math.max(0, ...cells.map((c) => c.count)),
    maxPerCapita: Math.max(0, ...cells.map((c) => c.perHundredThousand ?? 0)),
    names,
  };
}

export function findCell(
  model: MatrixModel,
  topic: string | null,
  targetGroup: string | null,
): MatrixCell | null {
  const i = model.topics.findIndex((t) => t.id === topic);
  const j = model.targetGroups.findIndex((g) => g.id === targetGroup);
  return model.rows[i]?.[j] ?? null;
}

/** Per capita only when asked for and the region's population is known; else the number of offers. */
export const showsPerCapita = (model: MatrixModel, perCapita: boolean) =>
  perCapita && model.population !== null;

export interface NumberFormats {
  readonly count: Intl.NumberFormat;
  /** One decimal, for offers per 100,000 inhabitants. */
  readonly rate: Intl.NumberFormat;
}

export function numberFormats(lang: UiLanguage): NumberFormats {
  return {
    count: new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }),
    rate: new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  };
}

export interface CellDisplay {
  /** What the colour scale reads. */
  readonly value: number;
  /** The number printed in the cell: a gap is always "0". */
  readonly text: string;
  /** How many of the offers reach only parts of the region; null when none do. */
  readonly partial: number | null;
}

export function cellDisplay(cell: MatrixCell, perCapita: boolean, formats: NumberFormats): CellDisplay {
  const partial = cell.partial > 0 ? cell.partial : null;
  if (cell.gap) return { value: 0, text: formats.count.format(0), partial: null };
  if (perCapita) {
    const rate = cell.perHundredThousand ?? 0;
    return { value: rate, text: formats.rate.format(rate), partial };
  }
  return { value: cell.count, text: formats.count.format(cell.count), partial };
}

/** A `YYYY-MM-DD` day as the page's language writes it ("21. November 2026"). */
export function formatDay(day: string, lang: UiLanguage): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
