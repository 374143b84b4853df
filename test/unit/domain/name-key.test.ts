import { describe, expect, it } from 'vitest';
import { latinLookalikes, nameKey } from '../../../server/domain/name-key.ts';

describe('nameKey: deceptive spellings meet the name they imitate', () => {
  const key = nameKey('Caritas Köln');

  it.each([
    ['a zero-width space inside a word', 'Cari\u200Btas Köln'],
    ['a zero-width space between words', 'Caritas\u200B Köln'],
    ['a soft hyphen', 'Cari\u00ADtas Köln'],
    ['a word joiner and a byte-order mark', 'Cari\u2060tas\uFEFF Köln'],
    ['a zero-width joiner', 'Cari\u200Dtas Köln'],
    ['a right-to-left mark', 'Caritas\u200F Köln'],
    ['a decomposed umlaut', 'Caritas Ko\u0308ln'],
    ['Cyrillic С and а mixed in', 'Саritas Köln'],
    ['the first word all Cyrillic look-alikes', 'Сагітаѕ Köln'],
    ['Greek capitals', 'CΑRΙΤΑS KÖLN'],
    ['fullwidth letters', 'Ｃａｒｉｔａｓ Köln'],
  ])('%s', (_, variant) => {
    expect(nameKey(variant)).toBe(key);
  });

  it('folds names in Latin letters exactly as before, so stored keys stay valid', () => {
    expect(nameKey('Caritas-Verband  für den Kreis Gießen e.V.')).toBe(
      'caritas verband fuer den kreis giessen e v',
    );
    expect(nameKey('Institut für Migrationsforschung (IMIS) 1, 0, l, I, m')).toBe(
      'institut fuer migrationsforschung imis 1 0 l i m',
    );
    expect(nameKey('İstanbul Şişli')).toBe('istanbul sisli');
  });

  it('leaves a word in another script alone when not every letter has a Latin look-alike', () => {
    expect(latinLookalikes('Ассоциация Радуга')).toBe('Ассоциация Радуга');
    expect(latinLookalikes('جمعية')).toBe('جمعية');
    expect(nameKey('Радуга')).toBe('радуга');
  });
});
