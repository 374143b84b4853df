import { describe, expect, it } from 'vitest';
import { aliases, optionalText, text } from '../../../server/domain/field-schemas.ts';
import { cleanText, nameProblem, textProblem } from '../../../server/domain/text-safety.ts';

/** Invisible characters the brief names, written out here rather than taken from the code under test. */
const INVISIBLE: readonly [string, string][] = [
  ['zero-width space', '\u200B'],
  ['zero-width non-joiner', '\u200C'],
  ['zero-width joiner', '\u200D'],
  ['word joiner', '\u2060'],
  ['byte-order mark', '\uFEFF'],
  ['soft hyphen', '\u00AD'],
];
const BIDI_REORDERING = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
];
const BIDI_MARKS = ['\u200E', '\u200F', '\u061C'];

describe('cleanText: the stored form of every text', () => {
  it.each(INVISIBLE)('drops a %s inside a Latin word', (_, char) => {
    expect(cleanText(`Cari${char}tas Köln`)).toBe('Caritas Köln');
  });

  it('composes to NFC, so a decomposed umlaut is the same text as a precomposed one', () => {
    expect(cleanText('Ko\u0308ln')).toBe('Köln');
    expect(cleanText('Ko\u0308ln')).toHaveLength(4);
  });

  it('writes every line break as \\n', () => {
    expect(cleanText('eins\r\nzwei\rdrei\nvier')).toBe('eins\nzwei\ndrei\nvier');
  });

  it('keeps the joiners that Persian, Hindi and emoji need', () => {
    const persian = 'می\u200Cخواهم'; // "I want": the ZWNJ keeps the prefix from joining
    const hindi = 'क्\u200Dष'; // a half form: consonant, virama, ZWJ
    const family = '👩\u200D👧';
    expect(cleanText(persian)).toBe(persian);
    expect(cleanText(hindi)).toBe(hindi);
    expect(cleanText(family)).toBe(family);
  });

  it('is what the text schemas store, for import and admin input alike', () => {
    expect(text.parse(' Cari\u200Btas\u00AD Ko\u0308ln ')).toBe('Caritas Köln');
    expect(optionalText.parse('\u200B\uFEFF')).toBeNull(); // invisible only = empty
    expect(aliases.parse(['AW\u200BO'])).toEqual(['AWO']);
    expect(text.safeParse('\u200B').success).toBe(false);
  });
});

describe('nameProblem: names, titles, labels, aliases', () => {
  it.each([
    ['Cyrillic С and а in a Latin word', 'Саritas Köln'],
    ['a Greek omicron in a Latin word', 'Diakonie Οberhessen'],
    ['a Latin a in a Cyrillic word', 'Москвa'],
    ['an Armenian o in a Latin word', 'Deutsch-Türkisches Fоrum'.replace('о', 'օ')],
  ])('refuses %s', (_, name) => {
    expect(nameProblem(name)).toMatch(/mixes/);
  });

  it('names the letters that do not belong', () => {
    expect(nameProblem('Саritas')).toContain('U+0421');
    expect(nameProblem('Саritas')).toContain('U+0430');
  });

  it.each([...BIDI_REORDERING, ...BIDI_MARKS])('refuses the direction control %j', (control) => {
    expect(nameProblem(`Caritas${control} Köln`)).toMatch(/control/);
  });

  it.each([
    'Caritasverband für die Stadt Köln e. V.',
    'İstanbul Şişli Göçmen Derneği',
    'Ассоциация переселенцев «Радуга» e. V.',
    'جمعية الجالية العربية',
    'انجمن فرهنگی ایرانیان می\u200Cخواهم',
    'Ελληνική Κοινότητα Frankfurt',
    'ドイツ日本人会',
    'Straße 12a, 3. OG',
  ])('accepts words each written in one script: %s', (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });
});

describe('textProblem: prose (descriptions, notes, quotes)', () => {
  it.each(BIDI_REORDERING)('refuses the reordering control %j', (control) => {
    expect(textProblem(`Rechnung_${control}fdp.exe`)).toMatch(/reorders/);
  });

  it('accepts direction marks and quotations in other scripts', () => {
    expect(textProblem('Der Verein „Радуга“ (arabisch: جمعية\u200F) berät')).toBeUndefined();
    expect(textProblem('Ωmega-Kurs und Caritas')).toBeUndefined();
  });
});
