// The bodies view's words: German and English have the same keys and count one and many.
import { describe, expect, it } from 'vitest';
import { BODIES_TEXTS } from '../../../../../client/src/views/bodies/bodies-texts.ts';

describe('BODIES_TEXTS', () => {
  it('has the same keys in both languages', () => {
    expect(Object.keys(BODIES_TEXTS.en).sort()).toEqual(Object.keys(BODIES_TEXTS.de).sort());
  });
  it('counts one and many', () => {
    expect(BODIES_TEXTS.de.summary(1, 1)).toBe('1 Gremium, 1 Akteur sitzt in mindestens einem.');
    expect(BODIES_TEXTS.de.announce('Kreis X', 3, 2)).toBe('Kreis X: 3 Gremien, 2 Akteure ohne Gremium');
  });
});
