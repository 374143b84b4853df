// `npm run neo4j`: the local Neo4j alone, with the home and port `npm start` uses, for Neo4j Browser, cypher-shell
// or a second terminal. Prints where to connect and where the password is (never the password), stops on Ctrl-C.
// `npm run neo4j -- --reset-password` gives the database the password in the password file, a new one if the file
// is missing: the recovery for a home whose password file was lost.
import { loadConfig } from '../config/config.ts';
import { isAppError } from '../errors/app-error.ts';
import { startLocalNeo4j } from './local-neo4j.ts';

const USAGE = 'Usage: npm run neo4j [-- --reset-password]';
const say = (line: string) => process.stdout.write(line + '\n');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--reset-password');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument ${unknown.join(' ')}. ${USAGE}\n`);
    process.exit(2);
  }
  const config = loadConfig();
  if (config.external)
    say(`NEO4J_URI is set, so \`npm start\` would use ${config.external.uri}, not this one.`);
  const local = await startLocalNeo4j(config.local, say, {
    resetPassword: args.includes('--reset-password'),
  });
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    say(`Stopping (${why})…`);
    await local.stop();
    say('Stopped.');
    process.exit(0);
  };
  // Registered before the ready line: whoever reacts to that line with a signal must find the handlers in place.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  say(`Local Neo4j ${local.version} is ready at ${local.uri}`);
  say(`  user:     ${local.user}`);
  say(`  password: in ${local.passwordFile} (readable by you only)`);
  say(`  data:     ${config.local.home}`);
  say('Press Ctrl-C to stop.');
  void local.exited.then((code) => {
    if (stopping) return;
    process.stderr.write(`The local Neo4j stopped unexpectedly (exit ${code}).\n`);
    process.exit(1);
  });
}

main().catch((err: unknown) => {
  const text = isAppError(err)
    ? `${err.message} [${err.code}]`
    : err instanceof Error
      ? (err.stack ?? err.message)
      : String(err);
  process.stderr.write(`The local Neo4j could not start: ${text}\n`);
  process.exit(1);
});
