// Text that looks like something it is not: characters that cannot be seen (zero-width spaces, soft hyphens, a
// byte-order mark in the middle of a word), controls that reorder what is shown (bidi overrides and isolates), and
// words that mix letters of two scripts ("Саritas" with a Cyrillic С and а). Every text field is normalised on the
// way in (field-schemas.ts); what cannot be normalised without guessing is refused by the record rules
// (validate/check-record-rules.ts), naming file, line and field. docs/import-format.md, "Text".

/**
 * Invisible characters that are dropped from every text: soft hyphen, Mongolian vowel separator, zero-width space,
 * combining grapheme joiner, word joiner and the invisible operators, a byte-order mark inside a text. None of them
 * changes what a reader sees, so dropping them loses nothing and lets "Cari\u200Btas" meet "Caritas".
 */
// U+034F is a combining mark, so it stands outside the class.
const INVISIBLE = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]|\u034F/gu;
/** Zero-width non-joiner and joiner: needed in Persian, Arabic and Indic words and in emoji sequences, else noise. */
const JOINERS = /[\u200C\u200D]/gu;
/**
 * Scripts whose spelling uses the zero-width (non-)joiner between letters: Persian "می‌خواهم" needs its ZWNJ.
 * Between letters of any other script (Latin, Greek, Cyrillic, …) it only hides a difference, so it is dropped.
 */
const JOINING_LETTER =
  /^[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Nko}\p{Script=Mongolian}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Oriya}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{Script=Myanmar}\p{Script=Khmer}]$/u;
const EMOJI_BEFORE_JOINER = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER_JOINER = /^\p{Extended_Pictographic}$/u;

/** Embeddings, overrides and isolates: they reorder the characters as shown ("Trojan Source"). Refused everywhere. */
const REORDERING_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
/** Every bidi control, the marks LRM, RLM and ALM included: refused in names, where no spelling needs them. */
const BIDI_CONTROL = /\p{Bidi_Control}/u;

/**
 * The form every text is stored in: Unicode NFC (a precomposed `ö`, never `o` + combining diaeresis), line breaks
 * as `\n` (so CSV, which turns CRLF into LF, gives back the same text), and invisible characters removed. Not
 * trimmed: the schemas trim after this, so that a text that was only invisible characters counts as empty.
 */
export function cleanText(text: string): string {
  const nfc = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
  return nfc.replace(JOINERS, (joiner, offset: number) => (joinerNeeded(nfc, joiner, offset) ? joiner : ''));
}

function joinerNeeded(text: string, joiner: string, offset: number): boolean {
  const before = lastCodePoint(text.slice(0, offset).replace(/\p{M}+$/u, ''));
  const after = String.fromCodePoint(text.codePointAt(offset + 1) ?? 0x20);
  if (JOINING_LETTER.test(before) && JOINING_LETTER.test(after)) return true;
  return joiner === '\u200D' && EMOJI_BEFORE_JOINER.test(before) && EMOJI_AFTER_JOINER.test(after);
}

function lastCodePoint(text: string): string {
  return [...text].at(-1) ?? ' ';
}

/** Why a text may not be stored as it is, or undefined. For every text field (descriptions, notes, quotes, …). */
export function textProblem(text: string): string | undefined {
  const control = REORDERING_CONTROLS.exec(text)?.[0];
  if (control === undefined) return undefined;
  return `contains the invisible control ${codePoint(control)}, which reorders how the text is shown; remove it`;
}

/**
 * Why a name (or a title, label, alias, web or e-mail address) may not be stored as it is, or undefined: it holds a
 * bidi control, or a word in it mixes scripts. A word written wholly in one script — German, Turkish, Cyrillic,
 * Arabic — is fine; so is Japanese, which mixes Han, Hiragana and Katakana (and Latin) by design (UTS #39, "Highly
 * Restrictive"), and Chinese or Korean with Latin.
 */
export function nameProblem(text: string): string | undefined {
  const control = BIDI_CONTROL.exec(text)?.[0];
  if (control !== undefined) {
    return `contains the invisible control ${codePoint(control)}, which changes the direction of the text; remove it`;
  }
  for (const word of text.match(WORD) ?? []) {
    const scripts = scriptsOf(word);
    if (scripts.size > 1 && !ALLOWED_MIXES.some((mix) => [...scripts].every((script) => mix.has(script)))) {
      const letters = [...word]
        .filter((char) => LETTER.test(char) && scriptOf(char) !== majorityScript(word))
        .map((char) => `"${char}" ${codePoint(char)}`);
      return (
        `the word "${word}" mixes ${[...scripts].join(' and ')} letters (${[...new Set(letters)].join(', ')}), ` +
        'which look alike but are different characters; write the word in one script'
      );
    }
  }
  return undefined;
}

/** A run of letters, marks and digits, with the joiners kept inside it: the unit in which scripts must not mix. */
const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;
const LETTER = /^\p{L}$/u;

/**
 * The scripts a letter can belong to, checked in this order; a letter of a script not listed counts as "another
 * script" (so it still cannot hide inside a Latin word). Common letters (ª, º) and marks count as none.
 */
const SCRIPTS: readonly (readonly [string, RegExp])[] = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Georgian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Nko',
  'Ethiopic',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Khmer',
  'Mongolian',
  'Han',
  'Hiragana',
  'Katakana',
  'Bopomofo',
  'Hangul',
  'Cherokee',
  'Canadian_Aboriginal',
  'Coptic',
  'Lisu',
  'Vai',
  'Tifinagh',
  'Runic',
  'Ogham',
  'Glagolitic',
].map((name) => [name.replace('_', ' '), new RegExp(`^\\p{Script=${name}}$`, 'u')] as const);
const NO_SCRIPT = /^[\p{Script=Common}\p{Script=Inherited}]$/u;

const ALLOWED_MIXES: readonly ReadonlySet<string>[] = [
  new Set(['Latin', 'Han', 'Hiragana', 'Katakana']),
  new Set(['Latin', 'Han', 'Bopomofo']),
  new Set(['Latin', 'Han', 'Hangul']),
];

function scriptOf(char: string): string | undefined {
  if (!LETTER.test(char) || NO_SCRIPT.test(char)) return undefined;
  return SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'another script';
}

function scriptsOf(word: string): Set<string> {
  const scripts = new Set<string>();
  for (const char of word) {
    const script = scriptOf(char);
    if (script !== undefined) scripts.add(script);
  }
  return scripts;
}

/** The script most letters of a word are in (the first of equals): the others are the intruders to name. */
function majorityScript(word: string): string | undefined {
  const counts = new Map<string, number>();
  for (const char of word) {
    const script = scriptOf(char);
    if (script !== undefined) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  return [...counts].reduce<[string, number] | undefined>(
    (best, entry) => (best === undefined || entry[1] > best[1] ? entry : best),
    undefined,
  )?.[0];
}

function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
