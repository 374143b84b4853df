// Laid-out networks are kept by their shape (the node ids and the index pairs of their edges), not by the request:
// the same sub-graph asked for in another way, or again after a write that did not touch it, is not laid out twice,
// and no database round trip is needed to know whether a layout still fits. Concurrent requests for the same shape
// share one computation; a failed one is not kept.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { forceLayout, type Positions } from './force-layout.ts';

/** A national layout is 12,000 × 2 numbers (~200 KB); a few dozen views fit easily. */
const MAX_ENTRIES = 50;

const layouts = new LRUCache<string, Promise<Positions>>({ max: MAX_ENTRIES });

/** A digest of the shape: ids in order, then the edges' index pairs. */
export function shapeKey(
  ids: readonly string[],
  sources: readonly number[],
  targets: readonly number[],
): string {
  const hash = createHash('sha256');
  for (const id of ids) hash.update(id).update('\u0000');
  hash.update('\u0001');
  const pairs = new Int32Array(sources.length * 2);
  for (let i = 0; i < sources.length; i += 1) {
    pairs[2 * i] = sources[i]!;
    pairs[2 * i + 1] = targets[i]!;
  }
  hash.update(new Uint8Array(pairs.buffer));
  return hash.digest('base64url');
}

/** The positions of a network of `ids` tied by edges `sources[i]`–`targets[i]` (indices into `ids`). */
export function layoutOf(
  ids: readonly string[],
  sources: readonly number[],
  targets: readonly number[],
): Promise<Positions> {
  const key = shapeKey(ids, sources, targets);
  const cached = layouts.get(key);
  if (cached) return cached;
  const pairs = sources.map((source, i): readonly [number, number] => [source, targets[i]!]);
  const pending = forceLayout(ids.length, pairs);
  layouts.set(key, pending);
  pending.catch(() => layouts.delete(key));
  return pending;
}
