// The colour of a matrix cell: a sequential blue scale (d3-scale-chromatic) by the cell's value, and a text
// colour with at least 4.5:1 contrast against it (WCAG 2.1, 1.4.3). Gaps get no colour here: they are hatched
// and labelled "0" (gaps.css), so a gap never depends on colour alone.
import { interpolateBlues } from 'd3-scale-chromatic';

export interface CellColour {
  readonly background: string;
  readonly text: string;
}

/** The page's dark text, preferred where it reaches the contrast; black and white as the fallbacks. */
const DARK_TEXT = '#1d2430';
const TEXT_CANDIDATES = [DARK_TEXT, '#ffffff', '#000000'] as const;
export const MIN_TEXT_CONTRAST = 4.5;

/**
 * The lightest and darkest ends of the scale used: the lightest still reads as "something" against the white
 * page, the darkest stays short of near-black.
 */
const LIGHTEST = 0.15;
const DARKEST = 0.95;

type Rgb = readonly [number, number, number];

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` (what the d3 interpolators return). */
export function parseColour(colour: string): Rgb {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    const channel = (i: number) => parseInt(digits.slice(i, i + 2), 16);
    return [channel(0), channel(2), channel(4)];
  }
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(colour.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  throw new Error(`Not a colour this module reads: ${colour}`);
}

/** Relative luminance as WCAG 2.1 defines it. */
export function luminance(colour: string): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseColour(colour);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The first candidate with enough contrast; failing that, the one with the most (black or white always reach 4.58). */
export function textColourOn(background: string): string {
  const fit = TEXT_CANDIDATES.find((c) => contrastRatio(c, background) >= MIN_TEXT_CONTRAST);
  if (fit) return fit;
  return [...TEXT_CANDIDATES].sort((a, b) => contrastRatio(b, background) - contrastRatio(a, background))[0]!;
}

/** Where on the scale a value lies: 0 < value ≤ max maps into [LIGHTEST, DARKEST]; max 0 gives the lightest. */
export function scalePosition(value: number, max: number): number {
  if (max <= 0 || value <= 0) return LIGHTEST;
  return LIGHTEST + (DARKEST - LIGHTEST) * Math.min(1, value / max);
}

/** The colours of a cell that has offers (its value may be 0.0 per capita when all its offers are partial). */
export function cellColour(value: number, max: number): CellColour {
  const background = interpolateBlues(scalePosition(value, max));
  return { background, text: textColourOn(background) };
}

/**
 * The values the legend shows a swatch for, ending at `max`: every count up to 5, else 5 spread out — counts
 * rounded to whole numbers, rates to the one decimal the cells print — without repeats; none when nothing is
 * above 0.
 */
export function legendStops(max: number, whole: boolean): number[] {
  if (max <= 0) return [];
  if (whole && max <= 5) return Array.from({ length: max }, (_, i) => i + 1);
  const round = whole ? (v: number) => Math.max(1, Math.round(v)) : (v: number) => Math.round(v * 10) / 10;
  const stops = [...new Set([0.2, 0.4, 0.6, 0.8, 1].map((f) => round(f * max)))].filter((v) => v > 0);
  return stops.length > 0 ? stops : [max];
}
