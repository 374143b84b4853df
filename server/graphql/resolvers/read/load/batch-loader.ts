// A minimal per-request batching cache (the DataLoader idea, without the dependency). GraphQL resolves the same
// field of every item of a list in one synchronous pass, so the keys asked for before the next turn of the event
// loop are fetched with one statement instead of one per item; each key is fetched at most once per request.

type Fetch<V> = (keys: readonly string[]) => Promise<ReadonlyMap<string, V>>;

interface Pending<V> {
  readonly key: string;
  readonly resolve: (value: V) => void;
  readonly reject: (reason: unknown) => void;
}

export class BatchLoader<V> {
  readonly #fetch: Fetch<V>;
  readonly #missing: V;
  readonly #cache = new Map<string, Promise<V>>();
  #queue: Pending<V>[] = [];

  /** `missing` is what a key that the fetch did not return resolves to (null for a node, [] for links). */
  constructor(fetch: Fetch<V>, missing: V) {
    this.#fetch = fetch;
    this.#missing = missing;
  }

  load(key: string): Promise<V> {
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      if (this.#queue.length === 0) setImmediate(() => void this.#dispatch());
      this.#queue.push({ key, resolve, reject });
    });
    this.#cache.set(key, promise);
    return promise;
  }

  loadMany(keys: readonly string[]): Promise<V[]> {
    return Promise.all(keys.map((key) => this.load(key)));
  }

  async #dispatch(): Promise<void> {
    const batch = this.#queue;
    this.#queue = [];
    try {
      const values = await this.#fetch(batch.map((p) => p.key));
      for (const p of batch) p.resolve(values.has(p.key) ? (values.get(p.key) as V) : this.#missing);
    } catch (err) {
      for (const p of batch) {
        // A failed fetch must not stay cached: a later request in the same operation may try again.
        this.#cache.delete(p.key);
        p.reject(err);
      }
    }
  }
}
