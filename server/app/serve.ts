import os from 'node:os';
import { startAtlas } from './start-atlas.ts';
import { loadConfig } from '../config/config.ts';
import { isAppError } from '../errors/app-error.ts';
import { createLogger } from '../logging/logger.ts';

// `npm start`'s work, loaded by server/main.ts: everything in one process, one line printed when it is ready, a
// clean stop on Ctrl-C / SIGTERM.
const started = Date.now();
const say = (line: string) => process.stdout.write(line + '\n');
/** After the grace: time for Apollo and the driver to close (and, below, for the local Neo4j's own clean stop). */
const STOP_STEPS_MS = 15_000;
/** local-neo4j.ts escalates to SIGTERM after 60 s and SIGKILL after 90 s. */
const LOCAL_STOP_MS = 100_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const atlas = await startAtlas(config, say, log);
  let stopping = false;
  const stop = async (why: string, code: number) => {
    if (stopping) return;
    stopping = true;
    // Bounded even if a step hangs: the grace for requests, then the driver and the local Neo4j's own stop.
    const limitMs = config.http.shutdownGraceMs + (atlas.local ? LOCAL_STOP_MS : STOP_STEPS_MS);
    setTimeout(() => {
      process.stderr.write(`Stopping took longer than ${limitMs} ms; exiting without waiting further.\n`);
      process.exit(1);
    }, limitMs).unref();
    const stopped = atlas.stop();
    // The HTTP drain is among the first steps of the stop and stops listening before any I/O is waited for: once
    // this line is out, new connections are refused (a test reacts to it).
    await new Promise((resolve) => setImmediate(resolve));
    say(`Stopping (${why})…`);
    await stopped;
    say('Stopped.');
    process.exit(code);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      // The second signal: the operator will not wait for the drain.
      process.stderr.write(`${signal} again: exiting at once.\n`);
      process.exit(128 + os.constants.signals[signal]);
    }
    void stop(signal, 0);
  };
  // Registered before the ready line: whoever reacts to that line with a signal must find the handlers in place.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const where = atlas.local ? `local Neo4j ${atlas.neo4jVersion}` : `Neo4j at ${config.external?.uri}`;
  say(
    `Integration Atlas is ready at ${atlas.url} (GraphQL at ${atlas.url}graphql, ${where}) — started in ${seconds} s`,
  );
  void atlas.local?.exited.then((code) => {
    if (stopping) return;
    process.stderr.write(
      `The local Neo4j stopped unexpectedly (exit ${code}); the atlas cannot go on without it.\n`,
    );
    void stop('Neo4j died', 1);
  });
}

main().catch((err: unknown) => {
  if (isAppError(err)) {
    process.stderr.write(`Integration Atlas could not start: ${err.message} [${err.code}]\n`);
  } else {
    process.stderr.write(
      `Integration Atlas could not start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  }
  process.exit(1);
});
