// A small seeded generator (mulberry32), so that Louvain and the betweenness pivots give the same answer for the
// same graph on every run and every server: a coordinator comparing two views must not see communities shuffle.

/** Numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct indices out of `0 … size-1`, chosen by the seeded generator (partial Fisher–Yates). */
export function sampleIndices(size: number, count: number, random: () => number): number[] {
  const pool = Array.from({ length: size }, (_, index) => index);
  const take = Math.min(count, size);
  for (let i = 0; i < take; i += 1) {
    const j = i + Math.floor(random() * (size - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, take);
}
