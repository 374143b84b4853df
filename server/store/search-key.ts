// The folding that lets a typed text find a name however it is spelt, and the stored property it is matched
// against. `searchKey` is derived by the writer (node-rows.ts) for every entity it stores; Query.search folds the
// typed text with the same `searchFold` and matches it with CONTAINS on a text index (cypher/queries/search.cypher).
// Migration 0006 (cypher/schema/) computes the same key in Cypher for nodes written before it existed, step by
// step as below; a test proves both give the same keys.

const NONE = 0; // the previous character neither opens nor closes an umlaut spelling
const AFTER_VOWEL = 1;
const UMLAUT_BASE = 2; // `a` or `o`, or `u` after a consonant: an `e` next is the `e` of `ae`, `oe`, `ue`

const MARK = /^\p{M}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Lucene's GermanNormalizationFilter, which the `german` full-text analyzer applies too: `ä`, `ö`, `ü` → `a`, `o`,
 * `u`; `ae`, `oe` → `a`, `o`, and `ue` → `u` unless a vowel precedes (`Frauen`, `neue`, `Quelle` keep theirs);
 * `ß` → `ss`. So "Ausländerbehörde", "Auslaenderbehoerde" and "Auslanderbehorde" all become "auslanderbehorde".
 */
export function germanNormalise(text: string): string {
  let out = '';
  let state = NONE;
  // By UTF-16 unit, as Cypher's substring() walks a string.
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    switch (c) {
      case 'a':
      case 'o':
        out += c;
        state = UMLAUT_BASE;
        break;
      case 'u':
        out += c;
        state = state === NONE ? UMLAUT_BASE : AFTER_VOWEL;
        break;
      case 'e':
        if (state !== UMLAUT_BASE) out += c;
        state = AFTER_VOWEL;
        break;
      case 'i':
      case 'q':
      case 'y':
        out += c;
        state = AFTER_VOWEL;
        break;
      case 'ä':
      case 'ö':
      case 'ü':
        out += c === 'ä' ? 'a' : c === 'ö' ? 'o' : 'u';
        state = AFTER_VOWEL;
        break;
      case 'ß':
        out += 'ss';
        state = NONE;
        break;
      default:
        out += c;
        state = NONE;
    }
  }
  return out;
}

/**
 * A name or a typed text as search compares it: lower-case, German spellings folded (germanNormalise), other
 * accents dropped, every run of other characters than letters and digits one space. "Caritasverband für die
 * Diözese X" → "caritasverband fur die diozese x"; "Straße" and "Strasse" → "strasse".
 */
export function searchFold(text: string): string {
  // Lower-cased again after NFKD, which turns some letters (𝐀, Ⓐ) into capitals.
  const german = germanNormalise(text.toLowerCase().normalize('NFC')).normalize('NFKD').toLowerCase();
  let out = '';
  for (let i = 0; i < german.length; i += 1) {
    const c = german[i]!;
    if (MARK.test(c)) continue;
    if (LETTER_OR_DIGIT.test(c)) out += c;
    else if (out !== '' && !out.endsWith(' ')) out += ' ';
  }
  return out.trimEnd();
}

/** Separates the names in a search key; never part of a folded name. */
export const SEARCH_KEY_BAR = '|';

/**
 * The stored search key: every name a node goes by (name, short name, aliases, English label), folded, each
 * between bars, so that `|caritas` means "a name starts with caritas" and `|caritas|` "a name is caritas":
 * `|caritas|deutscher caritasverband|`.
 */
export function searchKey(names: readonly (string | null | undefined)[]): string {
  const keys: string[] = [];
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const key = searchFold(name);
    if (key !== '' && !keys.includes(key)) keys.push(key);
  }
  return SEARCH_KEY_BAR + keys.map((key) => key + SEARCH_KEY_BAR).join('');
}

/** The names a stored node goes by, from its properties (what searchKey and migration 0006 read). */
export function searchNames(props: Readonly<Record<string, unknown>>): (string | null | undefined)[] {
  const aliases = Array.isArray(props.aliases) ? (props.aliases as unknown[]) : [];
  return [props.name, props.shortName, ...aliases, props.labelEn].map((v) =>
    typeof v === 'string' ? v : null,
  );
}
