/** What one request got: `ok`, an error code with the HTTP status (`503 DATABASE_UNAVAILABLE`), or `no answer`. */
export type Outcome = string;

export interface ReadSample {
  /** The phase when the request was sent. */
  readonly phase: string;
  readonly outcome: Outcome;
  /** When the answer came, ms since the epoch. */
  readonly at: number;
  /** How long the answer took. */
  readonly ms: number;
}

export interface SteadyReads {
  /** Labels the requests sent from now on (`before`, `outage`, …). */
  phase(name: string): void;
  readonly samples: readonly ReadSample[];
  /** Counts of outcomes in one phase, e.g. `{ ok: 40, '200 DATABASE_UNAVAILABLE': 12 }`. */
  tally(phase: string): Record<Outcome, number>;
  /** Resolves once `count` answers of `phase` satisfy `test` (no timeout of its own: the test's bounds it). */
  waitFor(phase: string, count: number, test: (s: ReadSample) => boolean): Promise<void>;
  /** Stops sending and resolves once every worker's last request has been answered. */
  stop(): Promise<void>;
}

/**
 * A steady read load: `workers` loops, each sending the `queries` over and over, one at a time, to a GraphQL
 * endpoint, every answer classified and kept with the phase it arrived in.
 */
export function steadyReads(graphqlUrl: string, queries: readonly string[], workers = 2): SteadyReads {
  const samples: ReadSample[] = [];
  let phase = 'start';
  let running = true;
  const listeners = new Set<() => void>();
  const loop = async (offset: number) => {
    for (let i = offset; running; i += 1) {
      const query = queries[i % queries.length] ?? '';
      const sentIn = phase;
      const sent = Date.now();
      const outcome = await ask(graphqlUrl, query);
      samples.push({ phase: sentIn, outcome, at: Date.now(), ms: Date.now() - sent });
      for (const l of [...listeners]) l();
      // A refused connection answers in microseconds: without a pause the loop would only measure itself.
      if (outcome === 'no answer') await new Promise((r) => setTimeout(r, 50));
    }
  };
  const loops = Array.from({ length: workers }, (_, w) => loop(w));
  return {
    samples,
    phase(name) {
      phase = name;
    },
    tally(name) {
      const counts: Record<Outcome, number> = {};
      for (const s of samples) if (s.phase === name) counts[s.outcome] = (counts[s.outcome] ?? 0) + 1;
      return counts;
    },
    waitFor(name, count, test) {
      return new Promise((resolve) => {
        const check = () => {
          if (samples.filter((s) => s.phase === name && test(s)).length >= count) {
            listeners.delete(check);
            resolve();
          }
        };
        listeners.add(check);
        check();
      });
    },
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function ask(url: string, query: string): Promise<Outcome> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { at: '2026-11-30' } }),
    });
  } catch {
    return 'no answer';
  }
  const body = (await res.json().catch(() => null)) as {
    data?: unknown;
    errors?: { extensions?: { code?: unknown } }[];
  } | null;
  const codes = [...new Set((body?.errors ?? []).map((e) => String(e.extensions?.code)))].sort();
  if (res.status === 200 && body?.data && codes.length === 0) return 'ok';
  return `${res.status} ${codes.join('+') || 'no code'}`;
}
