import { startAtlas } from './start-atlas.ts';
import { loadConfig } from '../config/config.ts';
import { isAppError } from '../errors/app-error.ts';
import { createLogger } from '../logging/logger.ts';

// `npm start`'s work, loaded by server/main.ts: everything in one process, one line printed when it is ready, a
// clean stop on Ctrl-C / SIGTERM.
const started = Date.now();
const say = (line: string) => process.stdout.write(line + '\n');

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const atlas = await startAtlas(config, say, log);
  let stopping = false;
  const stop = async (why: string, code: number) => {
    if (stopping) return;
    stopping = true;
    say(`Stopping (${why})…`);
    await atlas.stop();
    say('Stopped.');
    process.exit(code);
  };
  // Registered before the ready line: whoever reacts to that line with a signal must find the handlers in place.
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
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
