// A minimal per-request batching cache (the DataLoader idea, without the dependency). GraphQL resolves the same
// field of every item of a list in one synchronous pass, so the keys asked for before the next turn of the event
// loop are fetched with one statement instead of one per item; each key is fetched at most once per request.
// A cached value, too, is handed out on the next turn: a deep tree resolved from cached values then gives the
// event loop back once per level, so the server answers other requests meanwhile. Once the request's signal is
// aborted (its deadline, server/graphql/limits/deadline.ts), nothing more is fetched or handed out.

type Fetch<V> = (keys: readonly string[]) => Promise<ReadonlyMap<string, V>>;

interface Pending<V> {
  readonly key: string;
  readonly resolve: (value: V) => void;
  readonly reject: (reason: unknown) => void;
}

export class BatchLoader<V> {
  readonly #fetch: Fetch<V>;
  readonly #missing: V;
  readonly #signal: AbortSignal | undefined;
  readonly #cache = new Map<string, Promise<V>>();
  #queue: Pending<V>[] = [];
  #turn: Promise<void> | undefined;

  /** `missing` is what a key that the fetch did not return resolves to (null for a node, [] for links). */
  constructor(fetch: Fetch<V>, missing: V, signal?: AbortSignal) {
    this.#fetch = fetch;
    this.#missing = missing;
    this.#signal = signal;
  }

  load(key: string): Promise<V> {
    if (this.#signal?.aborted) return Promise.reject(this.#signal.reason as Error);
    const cached = this.#cache.get(key);
    if (cached) {
      return this.#nextTurn().then(() => {
        this.#signal?.throwIfAborted();
        return cached;
      });
    }
    const promise = new Promise<V>((resolve, reject) => this.#queue.push({ key, resolve, reject }));
    this.#cache.set(key, promise);
    void this.#nextTurn();
    return promise;
  }

  loadMany(keys: readonly string[]): Promise<V[]> {
    return Promise.all(keys.map((key) => this.load(key)));
  }

  /** The next turn of the event loop, when the keys asked for until then are fetched together. */
  #nextTurn(): Promise<void> {
    this.#turn ??= new Promise<void>((resolve) => {
      setImmediate(() => {
        this.#turn = undefined;
        void this.#dispatch();
        resolve();
      });
    });
    return this.#turn;
  }

  async #dispatch(): Promise<void> {
    const batch = this.#queue;
    this.#queue = [];
    if (batch.length === 0) return;
    try {
      // Asked for before the request was stopped, due after it: refused without a statement.
      this.#signal?.throwIfAborted();
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
