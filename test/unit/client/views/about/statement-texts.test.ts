// The accessibility statement says the same in German and English: the same parts, the same barriers in the same
// order, nothing left empty, and a date that is a real day.
import { describe, expect, it } from 'vitest';
import { validDay } from '../../../../../client/src/app/url-state.ts';
import {
  STATEMENT_PREPARED,
  STATEMENT_TEXTS,
} from '../../../../../client/src/views/about/statement-texts.ts';

describe('STATEMENT_TEXTS', () => {
  it('has the same parts and as many barriers in both languages, none empty', () => {
    const { de, en } = STATEMENT_TEXTS;
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    expect(en.barriers).toHaveLength(de.barriers.length);
    for (const texts of [de, en]) {
      for (const value of Object.values(texts)) {
        if (typeof value === 'string') expect(value.trim()).not.toBe('');
      }
      for (const barrier of texts.barriers) expect(barrier.what && barrier.detail).toBeTruthy();
    }
  });

  it('is dated with a real day', () => {
    expect(validDay(STATEMENT_PREPARED)).toBe(STATEMENT_PREPARED);
  });
});
