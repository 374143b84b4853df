// The key under which names are compared when looking for likely duplicates. Exported so that the database side
// can store it on nodes and look candidates up by it, with exactly the same folding.
import unhomoglyph from 'unhomoglyph';

const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Characters no reader sees (zero-width spaces and joiners, soft hyphens, …) and the bidi controls. */
const UNSEEN = /[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/gu;
const NON_LATIN_LETTER = /[^\P{L}\p{Script=Latin}\p{Script=Common}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const PLAIN_LETTERS = /^[A-Za-z]+$/;

/**
 * Lower-case, German umlauts folded (`ä` → `ae`, so "Müller" and "Mueller" meet), other accents dropped, and every
 * run of punctuation or whitespace collapsed to one space: "AWO-Kreisverband  e.V." → "awo kreisverband e v".
 * Invisible characters are dropped first ("Cari\u200Btas" → "caritas"), and a word whose letters from other
 * scripts all look like Latin ones is read as those Latin letters ("Сагітаѕ", all Cyrillic, → "caritas"), so a
 * deceptive spelling meets the name it imitates. A name in Latin letters only folds exactly as before, so keys
 * stored on nodes stay valid.
 */
export function nameKey(name: string): string {
  return (
    latinLookalikes(name.normalize('NFC').replace(UNSEEN, ''))
      .toLowerCase()
      // Umlauts first: NFKD would otherwise split `ä` into `a` + a combining mark and lose the `e`.
      .replace(/[äöüß]/g, (char) => UMLAUTS[char] ?? char)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/**
 * Each word with letters of other scripts (Cyrillic, Greek, Armenian, Cherokee, …) that all have a Latin look-alike
 * in Unicode's confusables list (UTS #39, through the `unhomoglyph` package), spelt with those Latin letters; any
 * other word as it is — "Москва" has no look-alike for every letter and is compared as Cyrillic.
 */
export function latinLookalikes(text: string): string {
  return text.replace(WORD, (word) => {
    if (!NON_LATIN_LETTER.test(word)) return word;
    let latin = '';
    for (const char of word) {
      const replacement = NON_LATIN_LETTER.test(char) ? latinLetterFor(char) : char;
      if (replacement === undefined) return word;
      latin += replacement;
    }
    return latin;
  });
}

/**
 * The Latin letter(s) a letter of another script looks like. The confusables list maps some lower-case letters to
 * small capitals (Cyrillic `т` → `ᴛ`) and capital Greek iota to `l` (the prototype it shares with `I`); since the key
 * is lower-cased anyway, the letter's other case is tried when its own mapping is not plain Latin or is that `l`.
 */
function latinLetterFor(char: string): string | undefined {
  const candidates = [char, char.toLowerCase(), char.toUpperCase()].map((form) => unhomoglyph(form));
  const plain = candidates.filter((candidate) => PLAIN_LETTERS.test(candidate));
  return plain.find((candidate) => candidate !== 'l') ?? plain[0];
}
