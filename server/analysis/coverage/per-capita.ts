/**
 * Offers per 100,000 inhabitants, or null when the population is unknown (or not positive). Callers pass the
 * FULL offers: a PARTIAL one reaches only some places, so it says nothing per head of the whole region.
 */
export function perHundredThousand(offers: number, population: number | null): number | null {
  if (population === null || !(population > 0)) return null;
  return (offers * 100_000) / population;
}
