// Preloaded into a spawned atlas server by the memory test (NODE_OPTIONS `--import`), never by the server itself:
// every ATLAS_TEST_HEAP_EVERY_MS (default 2000) it appends the process's `process.memoryUsage()` as one JSON line
// to the file ATLAS_TEST_HEAP_LOG, so the test sees the V8 heap beside the RSS it reads from /proc. When the process
// runs with --expose-gc, every ATLAS_TEST_GC_EVERY_MS (default 10000) it also forces a full collection and appends
// the memory still in use after it (`retained`: the V8 heap plus the buffers outside it, `external`), and the
// resident set at that moment (`rssAfterGc`): what the process really keeps, free of when V8 chooses to collect.
//
// ATLAS_TEST_LEAK_BYTES_PER_REQUEST (unset: off) makes the server leak on purpose — every HTTP request keeps a
// buffer of that size for good — to check that the memory test fails on a leak (docs/testing.md).
import fs from 'node:fs';
import http from 'node:http';

const file = process.env.ATLAS_TEST_HEAP_LOG;
if (file) {
  const every = Number(process.env.ATLAS_TEST_HEAP_EVERY_MS ?? 2000);
  const sample = () => {
    const m = process.memoryUsage();
    const line = {
      t: Date.now(),
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
    };
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  sample();
  setInterval(sample, every).unref();

  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    const collect = () => {
      gc();
      const m = process.memoryUsage();
      const line = { t: Date.now(), retained: m.heapUsed + m.external, rssAfterGc: m.rss };
      fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
    };
    collect();
    setInterval(collect, Number(process.env.ATLAS_TEST_GC_EVERY_MS ?? 10_000)).unref();
  }
}

const leakBytes = Number(process.env.ATLAS_TEST_LEAK_BYTES_PER_REQUEST ?? 0);
if (leakBytes > 0) {
  const kept: Buffer[] = [];
  type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  const server = http.Server.prototype as unknown as { emit: Emit };
  const emit = server.emit;
  server.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') kept.push(Buffer.alloc(leakBytes, 1));
    return emit.call(this, event, ...args);
  };
}
