// The key under which names are compared when looking for likely duplicates. Exported so that the database side
// can store it on nodes and look candidates up by it, with exactly the same folding.

const UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * Lower-case, German umlauts folded (`ä` → `ae`, so "Müller" and "Mueller" meet), other accents dropped, and every
 * run of punctuation or whitespace collapsed to one space: "AWO-Kreisverband  e.V." → "awo kreisverband e v".
 */
export function nameKey(name: string): string {
  return (
    name
      .toLowerCase()
      // Umlauts first: NFKD would otherwise split `ä` into `a` + a combining mark and lose the `e`.
      .replace(/[äöüß]/g, (char) => UMLAUTS[char] ?? char)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}
