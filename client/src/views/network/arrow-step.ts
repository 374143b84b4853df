// Keyboard travel in the graph: an arrow key moves to the neighbour that lies most in that direction on screen
// (within 90° of it, nearest angle first, then nearest distance); none there: stay.
export type Arrow = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

export interface Point {
  readonly x: number;
  readonly y: number;
}

const DIRECTION: Readonly<Record<Arrow, number>> = {
  ArrowRight: 0,
  ArrowDown: Math.PI / 2,
  ArrowLeft: Math.PI,
  ArrowUp: -Math.PI / 2,
};

export function stepTo(
  from: Point,
  arrow: Arrow,
  candidates: readonly (Point & { id: string })[],
): string | null {
  let best: { id: string; off: number; dist: number } | null = null;
  for (const c of candidates) {
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    let off = Math.abs(Math.atan2(dy, dx) - DIRECTION[arrow]);
    if (off > Math.PI) off = 2 * Math.PI - off;
    if (off > Math.PI / 2) continue;
    if (best === null || off < best.off - 1e-9 || (Math.abs(off - best.off) <= 1e-9 && dist < best.dist)) {
      best = { id: c.id, off, dist };
    }
  }
  return best?.id ?? null;
}
