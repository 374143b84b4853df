import { describe, expect, it } from 'vitest';
import { allocateByPopulation } from '../../../bench/generator/allocate.ts';
import { FIGURES } from '../../../bench/generator/figures.ts';
import { loadReference } from '../../../bench/generator/reference.ts';

const { kreise } = loadReference();

describe('spreading national figures over the Kreise', () => {
  it('hands out the whole total, at least the minimum each, more to larger Kreise', () => {
    const mbe = allocateByPopulation(kreise, FIGURES.mbeOffices.value, 1);
    const values = [...mbe.values()];
    expect(values.reduce((s, v) => s + v, 0)).toBe(1430);
    expect(Math.min(...values)).toBe(1);
    expect(mbe.get('de-11000')).toBeGreaterThan(40); // Berlin, 3.6 million of 83 million inhabitants
    expect(mbe.get('de-11000')).toBeGreaterThan(mbe.get('de-05562')!);
    const jmd = allocateByPopulation(kreise, FIGURES.jmdOffices.value);
    expect([...jmd.values()].reduce((s, v) => s + v, 0)).toBe(450);
  });

  it('gives a Kreis the same share whatever else is generated (it depends on the inputs only)', () => {
    expect(allocateByPopulation(kreise, 1430, 1)).toEqual(
      allocateByPopulation([...kreise].reverse(), 1430, 1),
    );
  });
});
