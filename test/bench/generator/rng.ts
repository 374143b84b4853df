// A small seeded PRNG (sfc32, seeded through splitmix32) and the draws the generator needs. No Math.random, no
// clock: the same seed gives the same sequence on every machine and Node version, so a tier and a seed always
// produce byte-identical output.

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One element, with probability proportional to its weight (weights ≥ 0, not all 0). */
  weighted<T>(items: readonly T[], weight: (item: T, index: number) => number): T;
  /** `count` distinct elements (or all of them), in drawing order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A Poisson-distributed count with this mean (Knuth's method; fine for the small means used here). */
  poisson(mean: number): number;
  /**
   * An independent stream for one part of the graph, derived from the seed and the label only (not from the draws
   * made so far), so that adding draws in one part does not shift another.
   */
  fork(label: string): Rng;
}

export function createRng(seed: number | string): Rng {
  return fromSeed(typeof seed === 'number' ? String(seed) : seed);
}

function fromSeed(seedText: string): Rng {
  const state = seedState(seedText);
  const next = (): number => {
    // sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), 32-bit arithmetic throughout.
    const a = state[0]!;
    const b = state[1]!;
    const c = state[2]!;
    const d = state[3]!;
    const t = (((a + b) | 0) + d) | 0;
    state[3] = (d + 1) | 0;
    state[0] = b ^ (b >>> 9);
    state[1] = (c + (c << 3)) | 0;
    const rotated = (c << 21) | (c >>> 11);
    state[2] = (rotated + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const rng: Rng = {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(items.length)]!;
    },
    weighted: <T>(items: readonly T[], weight: (item: T, index: number) => number): T => {
      const weights = items.map(weight);
      const total = weights.reduce((sum, w) => sum + w, 0);
      if (!(total > 0)) throw new Error('weighted pick needs a positive total weight');
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i]!;
        if (r < 0) return items[i]!;
      }
      return items[items.length - 1]!;
    },
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const taken: T[] = [];
      while (taken.length < count && pool.length > 0) taken.push(pool.splice(int(pool.length), 1)[0]!);
      return taken;
    },
    poisson: (mean) => {
      const limit = Math.exp(-mean);
      let k = 0;
      for (let p = next(); p > limit; p *= next()) k++;
      return k;
    },
    fork: (label) => fromSeed(`${seedText}/${label}`),
  };
  for (let i = 0; i < 12; i++) next(); // warm up, as sfc32's authors advise
  return rng;
}

/** Four 32-bit words from a string: FNV-1a of the text, spread by splitmix32. */
function seedState(text: string): Uint32Array {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  const state = new Uint32Array(4);
  let x = h >>> 0;
  for (let i = 0; i < 4; i++) {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    state[i] = (z ^ (z >>> 16)) >>> 0;
  }
  return state;
}
