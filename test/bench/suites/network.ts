// The network answer: over HTTP against its own Cypher statement through the driver (what the API adds), the
// server's response building against JSON.stringify of the same payload (what graphql-js and Apollo add), and
// the size of the national answer on the wire.
import { HeaderMap } from '@apollo/server';
import { ANONYMOUS } from '../../../server/auth/viewer.ts';
import { loadConfig } from '../../../server/config/config.ts';
import type { Database } from '../../../server/db/database.ts';
import { createApollo } from '../../../server/graphql/apollo.ts';
import type { AtlasContext } from '../../../server/graphql/context.ts';
import { Deadline } from '../../../server/graphql/limits/deadline.ts';
import { MAX_DRAWING_LIMIT } from '../../../server/graphql/resolvers/read/network-drawing.ts';
import { planNetworkRead } from '../../../server/graphql/resolvers/read/network.ts';
import { createLogger } from '../../../server/logging/logger.ts';
import { NETWORK_DRAWING_QUERY } from '../../../client/src/views/network/network-operations.ts';
import type { BenchContext } from '../harness/bench-context.ts';
import { compare, measure } from '../harness/compare.ts';
import { dataOf, postGraphql } from '../harness/post-graphql.ts';
import type { FigureResult, RatioResult } from '../harness/report.ts';

/** The explorer's variables for the network of a region (NetworkView.tsx: depth 0, the drawing limit). */
export function regionVariables(region: string) {
  return {
    focus: null,
    region,
    depth: 0,
    at: null,
    statedOnly: false,
    relationshipTypes: null,
    limit: MAX_DRAWING_LIMIT,
  };
}

interface Drawing {
  networkDrawing: { nodes: { id: string[] }; edges: { id: string[] } };
}

/** The explorer's network request for a region over HTTP; returns node and edge counts. */
export async function drawRegion(ctx: BenchContext, region: string, acceptEncoding = 'identity') {
  const answer = await postGraphql(
    ctx.serverUrl,
    NETWORK_DRAWING_QUERY,
    regionVariables(region),
    acceptEncoding,
  );
  const data = dataOf(answer, `networkDrawing(region: ${region})`) as unknown as Drawing;
  return {
    nodes: data.networkDrawing.nodes.id.length,
    edges: data.networkDrawing.edges.id.length,
    answer,
  };
}

/** The statement the API runs for that request, with the same parameters, through the driver. */
function rawStatement(db: Database, region: string) {
  const config = loadConfig({});
  const read = planNetworkRead(
    { ...regionVariables(region), activeAt: null },
    config.limits.maxTraversalDepth,
    MAX_DRAWING_LIMIT,
  );
  return async () => {
    const rows = await db.read(read.statement, read.params);
    const text = JSON.stringify(rows);
    const row = rows[0] as { nodes: unknown[]; edges: unknown[] };
    return { rows, text, nodes: row.nodes.length, edges: row.edges.length };
  };
}

/** `networkDrawing` for a Land over HTTP / its statement through the driver, serialised. */
export async function networkApiVsRawCypher(ctx: BenchContext, land: string): Promise<RatioResult> {
  const raw = rawStatement(ctx.db, land);
  const [api, direct] = [await firstDrawing(ctx, land), await raw()];
  if (api.nodes !== direct.nodes || api.edges !== direct.edges) {
    throw new Error(
      `network of ${land}: the API answered ${api.nodes} nodes and ${api.edges} edges, the statement ${direct.nodes} and ${direct.edges}`,
    );
  }
  ctx.say(`network of ${land}: ${api.nodes} nodes, ${api.edges} edges`);
  return compare({
    key: 'network_api_vs_raw_cypher',
    what: `networkDrawing(region: "${land}") over HTTP (the explorer's request, no compression; layout cached) / its Cypher statement through the driver, rows serialised with JSON.stringify (${api.nodes} nodes, ${api.edges} edges)`,
    goal: 1.3,
    rounds: ctx.rounds,
    a: { label: 'API over HTTP', run: () => drawRegion(ctx, land) },
    b: { label: 'statement through the driver + JSON.stringify', run: raw },
  });
}

/**
 * Apollo's work for one request from the statement's rows on: parse, validate, cost, execute (graphql-js
 * resolves and completes every field), format — against a database stand-in that returns the rows at once.
 */
async function responseBuilder(rows: Record<string, unknown>[]) {
  const config = loadConfig({});
  const apollo = createApollo(config.limits);
  await apollo.start();
  const stand = { read: () => Promise.resolve(rows) } as unknown as Database;
  const headers = new HeaderMap([['content-type', 'application/json']]);
  const build = async () => {
    const deadline = new Deadline(config.limits.deadlineMs);
    const context: AtlasContext = {
      db: stand,
      log: createLogger('error', () => undefined),
      requestId: 'bench',
      viewer: ANONYMOUS,
      limits: config.limits,
      site: config.site,
      deadline,
    };
    try {
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers,
          search: '',
          body: { query: NETWORK_DRAWING_QUERY, variables: regionVariables('de') },
        },
        context: () => Promise.resolve(context),
      });
      if (result.body.kind !== 'complete') throw new Error('expected a complete answer');
      return result.body.string;
    } finally {
      deadline.dispose();
    }
  };
  return { build, stop: () => apollo.stop() };
}

/** The server's response building for the national network / JSON.stringify of the same payload. */
export async function networkSerialiseVsStringify(ctx: BenchContext): Promise<RatioResult> {
  const { rows } = await rawStatement(ctx.db, 'de')();
  const builder = await responseBuilder(rows);
  try {
    // The first build lays the network out (the layout cache is this process's); as in firstDrawing, a first
    // attempt may pass the deadline while the layout goes on, and a later one finds it kept.
    let body = '';
    let payload: { data?: Drawing; errors?: unknown } = {};
    for (let attempt = 1; attempt <= 5 && !payload.data; attempt += 1) {
      body = await builder.build();
      payload = JSON.parse(body) as typeof payload;
    }
    if (!payload.data) throw new Error(`response building failed: ${JSON.stringify(payload.errors)}`);
    ctx.say(`national network: ${payload.data.networkDrawing.nodes.id.length} nodes`);
    return await compare({
      key: 'network_serialise_vs_json_stringify',
      what: `building the networkDrawing answer of Germany from the statement's rows (Apollo: parse, validate, cost, execute, format, serialise; layout cached) / JSON.stringify of the same payload (${body.length} bytes)`,
      goal: 2,
      rounds: ctx.rounds,
      a: { label: 'Apollo response building', run: builder.build },
      b: { label: 'JSON.stringify of the payload', run: () => Promise.resolve(JSON.stringify(payload)) },
    });
  } finally {
    await builder.stop();
  }
}

/** Bytes of the national network answer: plain, gzip and brotli as the server sends them. */
export async function networkResponseBytes(ctx: BenchContext): Promise<FigureResult> {
  const plain = await drawRegion(ctx, 'de');
  const gzip = await drawRegion(ctx, 'de', 'gzip');
  const br = await drawRegion(ctx, 'de', 'br');
  return {
    kind: 'figure',
    key: 'network_response_bytes_tier_l',
    what: `the explorer's network answer for Germany, tier ${ctx.tier} (${plain.nodes} nodes, ${plain.edges} edges)`,
    value: plain.answer.wireBytes,
    unit: 'bytes',
    note: `gzip ${gzip.answer.wireBytes} bytes, br ${br.answer.wireBytes} bytes on the wire`,
  };
}

/**
 * The first request for a large network lays it out (ForceAtlas2, seconds for a country), which on a loaded
 * machine can pass the request deadline (504); the layout then finishes in the background and is kept, so asking
 * again succeeds. Not timed: the rounds measure the request with the layout kept.
 */
export async function firstDrawing(ctx: BenchContext, region: string) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await drawRegion(ctx, region);
    } catch (err) {
      if (attempt >= 5 || !String(err).includes('HTTP 504')) throw err;
      ctx.say(`  the first drawing of ${region} passed the deadline (attempt ${attempt}); asking again`);
    }
  }
}

/** One point of the network's growth: the explorer's request for `region`, sized by nodes + edges. */
export async function networkPoint(ctx: BenchContext, region: string) {
  const first = await firstDrawing(ctx, region);
  const timed = await measure({ label: region, run: () => drawRegion(ctx, region) }, ctx.rounds);
  return { size: first.nodes + first.edges, ...timed, nodes: first.nodes, edges: first.edges };
}
