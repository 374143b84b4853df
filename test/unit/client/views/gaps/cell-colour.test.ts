import { describe, expect, it } from 'vitest';
import {
  cellColour,
  contrastRatio,
  legendStops,
  luminance,
  MIN_TEXT_CONTRAST,
  parseColour,
  scalePosition,
  textColourOn,
} from '../../../../../client/src/views/gaps/cell-colour.ts';

describe('contrast (WCAG 2.1)', () => {
  it('reads hex and rgb() colours', () => {
    expect(parseColour('#fff')).toEqual([255, 255, 255]);
    expect(parseColour('#1d2430')).toEqual([29, 36, 48]);
    expect(parseColour('rgb(8, 48, 107)')).toEqual([8, 48, 107]);
    expect(() => parseColour('blue')).toThrow(/blue/);
  });

  it('computes luminance and contrast as the standard does', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
    expect(luminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    // A known pair: #767676 on white is the lightest grey that passes 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('picks dark text on light cells and white text on dark ones', () => {
    expect(textColourOn('#deebf7')).toBe('#1d2430');
    expect(textColourOn('#08306b')).toBe('#ffffff');
  });

  it('falls back to black where neither the page text nor white reaches 4.5:1', () => {
    // Mid grey: white gives 4.0:1, #1d2430 gives 4.2:1, black 5.3:1.
    expect(contrastRatio('#ffffff', '#808080')).toBeLessThan(MIN_TEXT_CONTRAST);
    expect(contrastRatio('#1d2430', '#808080')).toBeLessThan(MIN_TEXT_CONTRAST);
    expect(textColourOn('#808080')).toBe('#000000');
  });
});

describe('cellColour', () => {
  it('gives text with at least 4.5:1 contrast everywhere on the scale', () => {
    for (let value = 1; value <= 200; value += 1) {
      const { background, text } = cellColour(value, 200);
      expect(contrastRatio(text, background), `${value}: ${text} on ${background}`).toBeGreaterThanOrEqual(
        MIN_TEXT_CONTRAST,
      );
    }
    for (const value of [0, 0.05, 0.5, 7.3]) {
      const { background, text } = cellColour(value, 7.3);
      expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
    }
  });

  it('darkens with the value, and keeps the lightest end visible', () => {
    expect(scalePosition(1, 3)).toBeLessThan(scalePosition(2, 3));
    expect(scalePosition(3, 3)).toBeCloseTo(0.95);
    expect(scalePosition(0, 3)).toBe(scalePosition(0, 0));
    expect(luminance(cellColour(1, 3).background)).toBeGreaterThan(luminance(cellColour(3, 3).background));
    expect(luminance(cellColour(0, 0).background)).toBeLessThan(0.9);
  });
});

describe('legendStops', () => {
  it('lists every count up to 5, else five spread out, ending at the maximum', () => {
    expect(legendStops(0, true)).toEqual([]);
    expect(legendStops(3, true)).toEqual([1, 2, 3]);
    expect(legendStops(12, true)).toEqual([2, 5, 7, 10, 12]);
    expect(legendStops(6, true)).toEqual([1, 2, 4, 5, 6]);
    expect(legendStops(2, false)).toEqual([0.4, 0.8, 1.2, 1.6, 2]);
  });

  it('rounds rates to one decimal and drops repeats, as the cells print them', () => {
    expect(legendStops(0.34, false)).toEqual([0.1, 0.2, 0.3]);
    expect(legendStops(0.02, false)).toEqual([0.02]);
  });
});
