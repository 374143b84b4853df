// Spreading a national total over the Kreise by population (largest remainder), so that every tier holds the same
// share of it for the same Kreis: tier M's Nordrhein-Westfalen has NRW's share of the 1,430 MBE offices, and tier S's
// Kreis the same offices as that Kreis in tiers L and XL.
import type { Kreis } from './reference.ts';

/**
 * `total` items over `kreise` in proportion to population, at least `min` each (the minimum is taken out of the
 * total first). Ties in the remainders go to the smaller AGS, so the result depends on the inputs only.
 */
export function allocateByPopulation(
  kreise: readonly Kreis[],
  total: number,
  min = 0,
): ReadonlyMap<string, number> {
  const rest = Math.max(0, total - min * kreise.length);
  const population = kreise.reduce((sum, k) => sum + k.population, 0);
  const shares = kreise.map((k) => {
    const exact = (rest * k.population) / population;
    return { id: k.id, code: k.code, whole: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = rest - shares.reduce((sum, s) => sum + s.whole, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.code.localeCompare(b.code));
  const extra = new Set<string>();
  for (const share of byRemainder) {
    if (left <= 0) break;
    extra.add(share.id);
    left--;
  }
  return new Map(shares.map((s) => [s.id, min + s.whole + (extra.has(s.id) ? 1 : 0)]));
}

/** Per 100,000 inhabitants, rounded, at least `min`. */
export function perPopulation(kreis: Kreis, per100k: number, min = 0): number {
  return Math.max(min, Math.round((kreis.population / 100_000) * per100k));
}
