// The real data the generator stands on: the 400 Kreise and 16 Länder, the Gemeinde counts, and the curated
// vocabulary it uses.
import { describe, expect, it } from 'vitest';
import { FIGURES } from '../../../bench/generator/figures.ts';
import { GEMEINDE_COUNTS } from '../../../bench/generator/gemeinde-counts.ts';
import { loadReference } from '../../../bench/generator/reference.ts';
import { missingVocabulary } from '../../../bench/generator/vocabulary.ts';

describe('the reference regions of the generator', () => {
  const { laender, kreise } = loadReference();

  it('are the 16 Länder and the 400 Kreise (294 Landkreise, 106 kreisfreie Städte) with their population', () => {
    expect(laender).toHaveLength(16);
    expect(kreise).toHaveLength(FIGURES.kreise.value);
    expect(kreise.filter((k) => k.kreisfrei)).toHaveLength(106);
    expect(kreise.reduce((s, k) => s + k.population, 0)).toBe(FIGURES.population.value);
    expect(kreise.filter((k) => k.land.id === 'de-05')).toHaveLength(53);
    expect(kreise.find((k) => k.id === 'de-05913')?.label).toBe('Stadt Dortmund');
  });

  it('has a Gemeinde count for every Kreis, summing to the figure', () => {
    expect(Object.keys(GEMEINDE_COUNTS).sort()).toEqual(kreise.map((k) => k.code));
    expect(Object.values(GEMEINDE_COUNTS).reduce((s, n) => s + n, 0)).toBe(FIGURES.gemeinden.value);
    expect(GEMEINDE_COUNTS['05562']).toBe(10); // Kreis Recklinghausen: ten towns
  });

  it('uses only vocabulary that the curated dataset defines', () => {
    expect(missingVocabulary()).toEqual([]);
  });
});
