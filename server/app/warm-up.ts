// After start-up, the server asks itself the questions the explorer asks first, so the first person to open a view
// does not wait for Neo4j to plan the analysis statements (3–5 s each on a cold database, measured on the curated
// data) or for the analysis cache to fill. It runs in the background through the public HTTP API — the same
// limits, parsing and statements as a real request — and never blocks or fails the start: errors are logged.
import type { Logger } from '../logging/logger.ts';

/** Picks the region the per-region questions are asked about: the first Kreis by name and its Land. */
export const WARM_UP_REGION_QUERY = `{ regions(level: "kreis", first: 1) { nodes { id parent { id } } } }`;

/**
 * One request per analysis and the network view: for the whole graph, and per region for the Kreis and Land found
 * first. Without a Kreis in the database they run with a region that does not exist: the first statement of each is
 * planned and run all the same, then they answer NOT_FOUND. `$at` is today.
 */
export const WARM_UP_QUERIES: readonly string[] = [
  `query ($at: Date) { overlaps(at: $at, first: 1) { score reasons } }`,
  `query ($at: Date) { networkStructure(at: $at) { isolatedCount betweenness(first: 1) { score } } }`,
  `query ($at: Date) { suggestedPartners(at: $at, first: 1) { score reason } }`,
  `query ($at: Date) { bodyGaps(at: $at, first: 1) { share reason } }`,
  `query ($at: Date, $kreis: ID!) {
     coverage(region: $kreis, at: $at) { region { id } gaps { nearest { distance } } }
   }`,
  `query ($at: Date, $land: ID!) { kreisCoverage(land: $land, at: $at) { count } }`,
  `query ($at: Date, $kreis: ID) { network(region: $kreis, activeAt: $at) { nodes { id } } }`,
];

export interface WarmUpResult {
  /** Requests answered (any status: a NOT_FOUND answer has still planned and run its statements). */
  readonly answered: number;
  /** Requests that failed to get an answer at all (connection refused, aborted). */
  readonly failed: number;
  readonly ms: number;
}

function firstKreis(body: unknown): { id: string; parent: string | null } | null {
  const node = (body as { data?: { regions?: { nodes?: { id: string; parent: { id: string } | null }[] } } })
    ?.data?.regions?.nodes?.[0];
  return node ? { id: node.id, parent: node.parent?.id ?? null } : null;
}

/** Sends the warm-up requests one after another; stops early when `signal` aborts (the server is stopping). */
export async function warmUp(
  graphqlUrl: string,
  log: Logger,
  signal: AbortSignal,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<WarmUpResult> {
  const started = Date.now();
  let answered = 0;
  let failed = 0;
  const ask = async (query: string, variables: Record<string, unknown>): Promise<unknown> => {
    try {
      const res = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal,
      });
      const body: unknown = await res.json().catch(() => null);
      answered += 1;
      return body;
    } catch (err) {
      failed += 1;
      if (!signal.aborted) log.warn('warm-up request failed', { message: String(err) });
      return null;
    }
  };
  const kreis = firstKreis(await ask(WARM_UP_REGION_QUERY, {}));
  const variables = { at: today, kreis: kreis?.id ?? '-', land: kreis?.parent ?? '-' };
  for (const query of WARM_UP_QUERIES) {
    if (signal.aborted) break;
    await ask(query, variables);
  }
  const result = { answered, failed, ms: Date.now() - started };
  log.info('warm-up done', { ...result });
  return result;
}
