// Analysis results are computed on request and cached under the data version they were computed from. Every
// write is audited and bumps the version (cypher/analysis/data-version.cypher), so a cached result is never served
// after an import, an admin mutation or a merge — also one made by another server instance or the CLI, since the
// version lives in the database. One small query per request decides; the cache itself is bounded (LRU).
import { LRUCache } from 'lru-cache';
import { cypherFile } from '../db/cypher-file.ts';
import type { Database } from '../db/database.ts';

const DATA_VERSION = cypherFile('analysis/data-version');

/** Enough for the views of a few dozen coordinators at once; a national network result is a few MB. */
const MAX_ENTRIES = 200;

export async function dataVersion(db: Database): Promise<string> {
  const [row] = await db.read(DATA_VERSION);
  return typeof row?.version === 'string' ? row.version : 'none';
}

export class AnalysisCache {
  readonly #entries = new LRUCache<string, Promise<unknown>>({ max: MAX_ENTRIES });
  #hits = 0;
  #misses = 0;

  /**
   * The result for `key` under the current data version, computed once: concurrent requests for the same key
   * share one computation, and a failed computation is not kept.
   */
  async get<T>(db: Database, key: string, compute: () => Promise<T>): Promise<T> {
    const version = await dataVersion(db);
    const full = `${version}\u0000${key}`;
    const cached = this.#entries.get(full) as Promise<T> | undefined;
    if (cached) {
      this.#hits += 1;
      return cached;
    }
    this.#misses += 1;
    const pending = compute();
    this.#entries.set(full, pending);
    pending.catch(() => this.#entries.delete(full));
    return pending;
  }

  /** For tests and the benchmark: how often a result came from the cache. */
  stats(): { hits: number; misses: number; size: number } {
    return { hits: this.#hits, misses: this.#misses, size: this.#entries.size };
  }
}

/** One cache per server process. */
export const analysisCache = new AnalysisCache();
