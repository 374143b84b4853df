// client_first_frame_vs_bare_cytoscape and explorer_first_load_gzip_bytes (issue 11): what the explorer costs on
// top of Cytoscape itself when it draws the national network, and what its first page load weighs on the wire.
//
// The ratio: the explorer's time from the network's answer reaching the view to the first frame painted with it
// (its own performance marks, NetworkView.tsx and GraphCanvas.tsx), against a bare page that hands Cytoscape the
// same nodes, edges and server positions (preset layout, Cytoscape's default style) and times from just before
// `cytoscape({...})` to its first painted frame. Both in one headless Chromium, a fresh page per round, page
// loads and data transfers outside the timing. Goal: the explorer takes at most 1.5 times as long.
//
// The figure: the bytes of the static files (HTML, JS, CSS, fonts) the first view of `/` loads, as the server
// sends them to a browser that accepts gzip only; the brotli total goes in the note.
import http from 'node:http';
import { createRequire } from 'node:module';
import type cytoscape from 'cytoscape';
import type { ElementDefinition } from 'cytoscape';
import type { Browser, Page } from 'playwright-core';
import type { NetworkDrawingQuery } from '../../../client/src/api/generated/operations.ts';
import { NETWORK_DRAWING_QUERY } from '../../../client/src/views/network/network-operations.ts';
import { launchBrowser } from '../../support/browser.ts';
import type { BenchContext, Suite } from '../harness/bench-context.ts';
import { compare } from '../harness/compare.ts';
import type { FigureResult, RatioResult, Result } from '../harness/report.ts';
import { summarise } from '../harness/stats.ts';
import { regionVariables } from './network.ts';

const RATIO_KEY = 'client_first_frame_vs_bare_cytoscape';
const RATIO_GOAL = 1.5;
const BYTES_KEY = 'explorer_first_load_gzip_bytes';

/** Tier L's largest network: the whole country, as the explorer's region picker offers it. */
const REGION = 'de';
/** The window the browser tests use (test/support/atlas-page.ts). */
const VIEWPORT = { width: 1400, height: 900 };
/** The marks GraphCanvas.tsx exports; repeated here so the bench does not load the client's React modules. */
const DATA_MARK = 'atlas:network-data';
const PAINTED_MARK = 'atlas:network-painted';
/** A national network takes the server seconds the first time (layout) and the page seconds to draw. */
const DRAW_TIMEOUT_MS = 180_000;

type Drawing = NetworkDrawingQuery['networkDrawing'];

/** What one side drew and how long it took, in the page's own clock. */
interface Drawn {
  readonly ms: number;
  readonly nodes: number;
  readonly edges: number;
}

/** The explorer's canvas, which the bare page copies so both draw the same viewport. */
interface Canvas {
  readonly width: number;
  readonly height: number;
  readonly minZoom: number;
  readonly maxZoom: number;
}

/** The national network as the explorer asks for it, once, over HTTP. */
async function fetchDrawing(serverUrl: string): Promise<Drawing> {
  const response = await fetch(new URL('/graphql', serverUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: NETWORK_DRAWING_QUERY, variables: regionVariables(REGION) }),
  });
  const answer = (await response.json()) as { data?: NetworkDrawingQuery; errors?: { message: string }[] };
  if (!answer.data)
    throw new Error(`networkDrawing(region: "${REGION}") failed: ${answer.errors?.[0]?.message}`);
  return answer.data.networkDrawing;
}

/**
 * The drawing as plain Cytoscape elements at the server's positions. Edge ids get a prefix, as the explorer's do,
 * because Cytoscape wants ids unique across nodes and edges. Fails on a drawing without positions: the explorer
 * would lay it out itself, and that is not what this benchmark compares.
 */
export function bareElements(drawing: Drawing): ElementDefinition[] {
  const { id, x, y } = drawing.nodes;
  if (!drawing.positioned || x === null || y === null || x.length !== id.length || y.length !== id.length) {
    throw new Error('networkDrawing came without the server’s positions');
  }
  const nodeId = (index: number) => {
    const found = id[index];
    if (found === undefined)
      throw new Error(`networkDrawing: edge end ${index} outside the ${id.length} nodes`);
    return found;
  };
  const edges = drawing.edges;
  return [
    ...id.map((nodeIdAt, i) => ({
      group: 'nodes' as const,
      data: { id: nodeIdAt },
      position: { x: x[i]!, y: y[i]! },
    })),
    ...edges.id.map((edgeId, i) => ({
      group: 'edges' as const,
      data: { id: `e:${edgeId}`, source: nodeId(edges.source[i]!), target: nodeId(edges.target[i]!) },
    })),
  ];
}

/** Throws unless a side drew every node and edge of the answer: a ratio of unlike drawings means nothing. */
export function assertDrewAll(side: string, drawn: Drawn, expected: Omit<Drawn, 'ms'>): void {
  if (drawn.nodes !== expected.nodes || drawn.edges !== expected.edges) {
    throw new Error(
      `${side} drew ${drawn.nodes} nodes and ${drawn.edges} edges, the answer has ${expected.nodes} and ${expected.edges}`,
    );
  }
}

/** A fresh explorer page at the national network, returned once its first frame with the network is painted. */
async function openExplorer(browser: Browser, serverUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(new URL(`/?region=${REGION}`, serverUrl).href, { timeout: DRAW_TIMEOUT_MS });
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, PAINTED_MARK, {
    timeout: DRAW_TIMEOUT_MS,
  });
  return page;
}

/** One explorer round: the time between its two marks, and what its Cytoscape holds. */
async function explorerRound(browser: Browser, serverUrl: string): Promise<Drawn> {
  const page = await openExplorer(browser, serverUrl);
  try {
    return await page.evaluate(
      ([dataMark, paintedMark]) => {
        // One answer, one frame: more marks would mean the view drew twice and the measure took the last pair.
        const counts = [dataMark, paintedMark].map((mark) => performance.getEntriesByName(mark).length);
        if (counts.some((count) => count !== 1))
          throw new Error(`expected one mark each, got ${counts.join(', ')}`);
        const cy = window.__atlas?.cy;
        return {
          ms: performance.measure('atlas:first-frame', dataMark, paintedMark).duration,
          nodes: cy?.nodes().length ?? 0,
          edges: cy?.edges().length ?? 0,
        };
      },
      [DATA_MARK, PAINTED_MARK] as const,
    );
  } finally {
    await page.close();
  }
}

/** The explorer's canvas size and zoom bounds, from one untimed load (which also warms the server's layout cache). */
async function probeExplorer(browser: Browser, serverUrl: string): Promise<Canvas> {
  const page = await openExplorer(browser, serverUrl);
  try {
    const box = await page.locator('.graph').boundingBox();
    if (!box) throw new Error('the explorer shows no graph canvas');
    const zoom = await page.evaluate(() => {
      const cy = window.__atlas!.cy!;
      return { minZoom: cy.minZoom(), maxZoom: cy.maxZoom() };
    });
    return { width: Math.round(box.width), height: Math.round(box.height), ...zoom };
  } finally {
    await page.close();
  }
}

/** The page the bare side draws on: nothing but a container the size of the explorer's canvas. */
function bareHtml(canvas: Canvas): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html, body { margin: 0 }
#cy { width: ${canvas.width}px; height: ${canvas.height}px }</style></head><body><div id="cy"></div></body></html>`;
}

/** The bare page's globals: Cytoscape's UMD build and the elements handed over before the timing. */
interface BareWindow {
  cytoscape: typeof cytoscape;
  benchElements: ElementDefinition[];
}

const CYTOSCAPE_SCRIPT = createRequire(import.meta.url).resolve('cytoscape/dist/cytoscape.min.js');

/** A fresh bare page, loaded, with the elements already in the page (the transfer is not timed). */
async function openBarePage(browser: Browser, elements: ElementDefinition[], canvas: Canvas): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.setContent(bareHtml(canvas));
  await page.addScriptTag({ path: CYTOSCAPE_SCRIPT });
  await page.evaluate((handed) => {
    (window as unknown as BareWindow).benchElements = handed;
  }, elements);
  return page;
}

/** One bare round: from just before `cytoscape({...})` to the frame after its first render, on a fresh page. */
async function bareRound(page: Page, canvas: Canvas): Promise<Drawn> {
  try {
    return await page.evaluate(
      ({ minZoom, maxZoom }) =>
        new Promise<Drawn>((resolve) => {
          const { cytoscape, benchElements } = window as unknown as BareWindow;
          const started = performance.now();
          const cy = cytoscape({
            container: document.getElementById('cy'),
            elements: benchElements,
            layout: { name: 'preset' },
            minZoom,
            maxZoom,
          });
          // As GraphCanvas marks it: Cytoscape emits 'render' in the frame it drew; the next frame follows its paint.
          cy.one('render', () =>
            requestAnimationFrame(() =>
              resolve({
                ms: performance.now() - started,
                nodes: cy.nodes().length,
                edges: cy.edges().length,
              }),
            ),
          );
        }),
      { minZoom: canvas.minZoom, maxZoom: canvas.maxZoom },
    );
  } finally {
    await page.close();
  }
}

/**
 * compare() alternates the sides and drops the warm-up round, but it times `run()` from Node, which here would
 * add page loads and DevTools round trips. So each run records the page's own measure, and the counted rounds'
 * measures (handed over in `progress`) replace compare()'s wall-clock ones.
 */
async function firstFrameRatio(ctx: BenchContext, browser: Browser): Promise<RatioResult> {
  ctx.say(`${RATIO_KEY}: asking the server for the network of region "${REGION}"`);
  const drawing = await fetchDrawing(ctx.serverUrl);
  const elements = bareElements(drawing);
  const expected = { nodes: drawing.nodes.id.length, edges: drawing.edges.id.length };
  const canvas = await probeExplorer(browser, ctx.serverUrl);
  ctx.say(
    `${RATIO_KEY}: ${expected.nodes} nodes, ${expected.edges} edges on a ${canvas.width}×${canvas.height} canvas`,
  );
  const latest = { a: Number.NaN, b: Number.NaN };
  const counted = { a: [] as number[], b: [] as number[] };
  let bare: Page | undefined;
  const timed = await compare({
    key: RATIO_KEY,
    what:
      `explorer at ?region=${REGION} (${expected.nodes} nodes, ${expected.edges} edges, server positions): ` +
      `answer in the view → first frame painted / bare Cytoscape, same elements, preset layout, default style: ` +
      `cytoscape() → first frame painted`,
    goal: RATIO_GOAL,
    rounds: ctx.rounds,
    a: {
      label: 'explorer (answer → first frame)',
      run: async () => {
        const drawn = await explorerRound(browser, ctx.serverUrl);
        assertDrewAll('the explorer', drawn, expected);
        latest.a = drawn.ms;
      },
    },
    b: {
      label: 'bare Cytoscape (cytoscape() → first frame)',
      before: async () => {
        bare = await openBarePage(browser, elements, canvas);
      },
      run: async () => {
        const drawn = await bareRound(bare!, canvas);
        assertDrewAll('bare Cytoscape', drawn, expected);
        latest.b = drawn.ms;
      },
    },
    progress: (round) => {
      counted.a.push(latest.a);
      counted.b.push(latest.b);
      ctx.say(
        `${RATIO_KEY} round ${round}/${ctx.rounds}: explorer ${latest.a.toFixed(0)} ms, bare ${latest.b.toFixed(0)} ms`,
      );
    },
  });
  ctx.say(
    `${RATIO_KEY}: wall-clock per round with page load: explorer ${timed.a.median.toFixed(0)} ms, ` +
      `bare ${timed.b.median.toFixed(0)} ms (medians)`,
  );
  const a = { label: timed.a.label, ...summarise(counted.a) };
  const b = { label: timed.b.label, ...summarise(counted.b) };
  return { ...timed, ratio: a.median / b.median, a, b };
}

/** The same-origin static files the first view of `/` asks for (not its GraphQL requests), in a fresh context. */
async function firstLoadUrls(browser: Browser, serverUrl: string): Promise<string[]> {
  const origin = new URL(serverUrl).origin;
  const page = await browser.newPage({ viewport: VIEWPORT });
  const urls = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && url.pathname !== '/graphql') urls.add(url.href);
  });
  try {
    await page.goto(new URL('/', serverUrl).href, { waitUntil: 'networkidle' });
  } finally {
    await page.close();
  }
  return [...urls];
}

/** One file as it travels: its body's bytes on the wire (no decoding) and the coding the server chose. */
export interface WireFile {
  readonly url: string;
  readonly type: string;
  readonly bytes: number;
  readonly encoding: string;
}

function fetchRaw(url: string, acceptEncoding: string): Promise<WireFile> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('error', reject);
      response.on('end', () => {
        const length = Number(response.headers['content-length']);
        if (response.statusCode !== 200) reject(new Error(`${url}: HTTP ${response.statusCode}`));
        else if (length !== bytes) reject(new Error(`${url}: ${bytes} bytes, Content-Length ${length}`));
        else
          resolve({
            url,
            type: response.headers['content-type'] ?? '',
            bytes,
            encoding: response.headers['content-encoding'] ?? 'identity',
          });
      });
    });
    request.on('error', reject);
  });
}

/** Types the server compresses (server/http/static-files.ts: text, and TrueType); WOFF2 and images are not. */
const COMPRESSED_TYPE = /^(text\/|application\/json|image\/svg\+xml|font\/ttf)/;

/**
 * Throws when a file arrives in another coding than `coding` although its type is one the server compresses (the
 * figure would then measure something else), or arrives compressed although it is not.
 */
export function assertCoding(files: readonly WireFile[], coding: 'gzip' | 'br'): void {
  for (const file of files) {
    const wanted = COMPRESSED_TYPE.test(file.type) ? coding : 'identity';
    if (file.encoding !== wanted) {
      throw new Error(`${file.url} (${file.type}) came as ${file.encoding}, expected ${wanted}`);
    }
  }
}

export const totalBytes = (files: readonly WireFile[]): number => files.reduce((sum, f) => sum + f.bytes, 0);

async function firstLoadBytes(ctx: BenchContext, browser: Browser): Promise<FigureResult> {
  if (new URL(ctx.serverUrl).protocol !== 'http:') throw new Error(`${BYTES_KEY} needs an http: server`);
  const urls = await firstLoadUrls(browser, ctx.serverUrl);
  ctx.say(`${BYTES_KEY}: the first view of / loads ${urls.length} static files`);
  const fetchAll = (coding: string) => Promise.all(urls.map((url) => fetchRaw(url, coding)));
  const [gzip, br, plain] = [await fetchAll('gzip'), await fetchAll('br'), await fetchAll('identity')];
  assertCoding(gzip, 'gzip');
  assertCoding(br, 'br');
  const kinds = [...new Set(plain.map((f) => f.type.split(';')[0]))].join(', ');
  return {
    kind: 'figure',
    key: BYTES_KEY,
    what: 'bytes of the static files the first view of / loads, as sent to a browser accepting gzip only',
    value: totalBytes(gzip),
    unit: 'bytes',
    note: `${urls.length} files (${kinds}); br ${totalBytes(br)} bytes, uncompressed ${totalBytes(plain)} bytes`,
  };
}

export const clientFirstFrameSuite: Suite = async (ctx): Promise<Result[]> => {
  const browser = await launchBrowser();
  try {
    return [await firstFrameRatio(ctx, browser), await firstLoadBytes(ctx, browser)];
  } finally {
    await browser.close();
  }
};
