import { describe, expect, it } from 'vitest';
import {
  cellDisplay,
  findCell,
  formatDay,
  matrixModel,
  numberFormats,
  showsPerCapita,
  type CoverageAnswer,
} from '../../../../../client/src/views/gaps/matrix-model.ts';

type Cell = CoverageAnswer['cells'][number];

function cell(
  topic: string,
  group: string,
  count: number,
  partial = 0,
  perHundredThousand: number | null = null,
): Cell {
  return {
    topic: { id: topic },
    targetGroup: { id: group },
    count,
    full: count - partial,
    partial,
    perHundredThousand,
    gap: count === 0,
    offers: Array.from({ length: count }, (_, i) => ({
      initiativeId: `${topic}-${group}-${i}`,
      coverage: i < count - partial ? ('FULL' as const) : ('PARTIAL' as const),
      viaId: 'de-kreis',
      rolledUp: false,
    })),
  };
}

/** A 2 × 2 answer in the API's order (by German label), with one cell missing from `cells`. */
const ANSWER: CoverageAnswer = {
  region: { id: 'de-kreis', name: 'Ein Kreis', ancestors: [{ id: 'de', name: 'Deutschland' }] },
  at: '2026-11-21',
  population: 250_000,
  count: 4,
  full: 3,
  partial: 1,
  topics: [
    { id: 'arbeit', labelDe: 'Arbeit', labelEn: 'Work' },
    { id: 'sprache', labelDe: 'Sprache', labelEn: 'Language' },
  ],
  targetGroups: [
    { id: 'frauen', labelDe: 'Frauen', labelEn: 'Women' },
    { id: 'neu', labelDe: 'Neuzugewanderte', labelEn: 'Newcomers' },
  ],
  cells: [cell('arbeit', 'frauen', 0), cell('arbeit', 'neu', 1, 0, 0.4), cell('sprache', 'neu', 3, 1, 0.8)],
  initiatives: [{ id: 'kurs', name: 'Integrationskurs' }],
};

describe('matrixModel', () => {
  it('orders rows and columns by their German labels and keeps every pair', () => {
    const model = matrixModel(ANSWER, 'de');
    expect(model.topics.map((t) => t.label)).toEqual(['Arbeit', 'Sprache']);
    expect(model.targetGroups.map((g) => g.label)).toEqual(['Frauen', 'Neuzugewanderte']);
    expect(model.rows.map((row) => row.map((c) => c.count))).toEqual([
      [0, 1],
      [0, 3],
    ]);
    expect(model.total).toBe(4);
    expect(model.filled).toBe(2);
    expect(model.maxCount).toBe(3);
    expect(model.maxPerCapita).toBe(0.8);
  });

  it('orders by the English labels in English', () => {
    const model = matrixModel(ANSWER, 'en');
    expect(model.topics.map((t) => t.label)).toEqual(['Language', 'Work']);
    expect(model.targetGroups.map((g) => g.label)).toEqual(['Newcomers', 'Women']);
    expect(findCell(model, 'sprache', 'neu')?.count).toBe(3);
    expect(model.rows[0]![0]).toBe(findCell(model, 'sprache', 'neu'));
  });

  it('turns a pair the answer lacks into an explicit zero, a gap', () => {
    const missing = findCell(matrixModel(ANSWER, 'de'), 'sprache', 'frauen');
    expect(missing).toMatchObject({ count: 0, gap: true, offers: [] });
    expect(findCell(matrixModel(ANSWER, 'de'), 'arbeit', 'frauen')).toMatchObject({ count: 0, gap: true });
  });

  it('finds no cell for ids the matrix does not have', () => {
    const model = matrixModel(ANSWER, 'de');
    expect(findCell(model, 'unbekannt', 'neu')).toBeNull();
    expect(findCell(model, null, null)).toBeNull();
  });

  it('names the offers, the region and the regions above it', () => {
    const names = matrixModel(ANSWER, 'de').names;
    expect(names.get('kurs')).toBe('Integrationskurs');
    expect(names.get('de-kreis')).toBe('Ein Kreis');
    expect(names.get('de')).toBe('Deutschland');
  });
});

describe('cellDisplay', () => {
  const de = numberFormats('de');
  const model = matrixModel(ANSWER, 'de');
  const language = findCell(model, 'sprache', 'neu')!;
  const gap = findCell(model, 'arbeit', 'frauen')!;

  it('prints counts and how many offers are partial', () => {
    expect(cellDisplay(language, false, de)).toEqual({ value: 3, text: '3', partial: 1 });
    expect(cellDisplay(findCell(model, 'arbeit', 'neu')!, false, de)).toEqual({
      value: 1,
      text: '1',
      partial: null,
    });
  });

  it('prints a gap as 0 in both modes', () => {
    expect(cellDisplay(gap, false, de).text).toBe('0');
    expect(cellDisplay(gap, true, de)).toEqual({ value: 0, text: '0', partial: null });
  });

  it('prints per capita values with one decimal in the German or English format', () => {
    expect(cellDisplay(language, true, de)).toEqual({ value: 0.8, text: '0,8', partial: 1 });
    expect(cellDisplay({ ...language, perHundredThousand: 12.345 }, true, de).text).toBe('12,3');
    expect(cellDisplay({ ...language, perHundredThousand: 1234.5 }, true, de).text).toBe('1.234,5');
    expect(cellDisplay({ ...language, perHundredThousand: 1234.5 }, true, numberFormats('en')).text).toBe(
      '1,234.5',
    );
  });

  it('shows per capita only when the population is known', () => {
    expect(showsPerCapita(model, true)).toBe(true);
    expect(showsPerCapita(model, false)).toBe(false);
    expect(showsPerCapita(matrixModel({ ...ANSWER, population: null }, 'de'), true)).toBe(false);
  });
});

describe('formatDay', () => {
  it('writes the day in the page language, whatever the time zone', () => {
    expect(formatDay('2026-11-21', 'de')).toBe('21. November 2026');
    expect(formatDay('2026-11-21', 'en')).toBe('November 21, 2026');
    expect(formatDay('kein Tag', 'de')).toBe('kein Tag');
  });
});
