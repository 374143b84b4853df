// The overlap list's words: German and English say the same things, counted right.
import { describe, expect, it } from 'vitest';
import { OVERLAPS_TEXTS } from '../../../../../client/src/views/overlaps/overlaps-texts.ts';

describe('OVERLAPS_TEXTS', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(OVERLAPS_TEXTS.en).sort()).toEqual(Object.keys(OVERLAPS_TEXTS.de).sort());
    expect(Object.keys(OVERLAPS_TEXTS.en.tieKinds).sort()).toEqual(
      Object.keys(OVERLAPS_TEXTS.de.tieKinds).sort(),
    );
  });
  it('counts one and many', () => {
    expect(OVERLAPS_TEXTS.de.summary(1, 0)).toBe('1 Überschneidung, davon 0 nicht abgestimmt.');
    expect(OVERLAPS_TEXTS.de.summary(3, 1)).toBe('3 Überschneidungen, davon 1 nicht abgestimmt.');
    expect(OVERLAPS_TEXTS.en.announce(2, 0, 'Dortmund')).toBe('2 overlaps in Dortmund, 0 not coordinated');
  });
  it('does not pass off the strongest findings as all of them', () => {
    expect(OVERLAPS_TEXTS.de.summaryTop(50, 50, 'yes')).toBe(
      'Die 50 stärksten Überschneidungen – es gibt weitere; von diesen 50 sind 50 nicht abgestimmt.',
    );
    expect(OVERLAPS_TEXTS.de.summaryTop(200, 12, 'unknown')).toMatch(
      /^Die 200 stärksten Überschneidungen, davon 12 nicht abgestimmt\. Mehr zeigt die Liste nicht/,
    );
    expect(OVERLAPS_TEXTS.de.announceTop(50, 50, null, 'yes')).toBe(
      'Die 50 stärksten Überschneidungen (es gibt weitere), davon 50 nicht abgestimmt',
    );
    expect(OVERLAPS_TEXTS.en.showMore(50)).toBe('Show 50 more');
  });
});
