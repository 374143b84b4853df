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
    expect(BODIES_TEXTS.de.announcePartial('Land X', 54, 1, 100, 1067)).toBe(
      'Land X: 54 Gremien; von den ersten 100 der 1067 Akteure sitzt 1 in keinem',
    );
  });
  it('says which page of bodies is shown, and of how many matching the filter', () => {
    expect(BODIES_TEXTS.de.bodiesRange(11, 20, 54, 54)).toBe('Gremien 11–20 von 54');
    expect(BODIES_TEXTS.de.bodiesRange(1, 3, 3, 54)).toBe('Gremien 1–3 von 3 passenden (von 54)');
    expect(BODIES_TEXTS.de.bodiesRange(1, 1, 1, 54)).toBe('Gremium 1 von 1 passenden (von 54)');
    expect(BODIES_TEXTS.en.bodiesRange(11, 20, 54, 54)).toBe('Bodies 11–20 of 54');
    expect(BODIES_TEXTS.de.atNoTableChecked(101, 145, 145, 15)).toBe(
      'Geprüft: Akteure 101–145 von 145 der Region (nach Name), davon 15 ohne Gremium.',
    );
  });
});
