// The atlas as `npm start` runs it (its own process: a stall or a crash must not take the test with it), against
// the test database, logging at debug level into a buffer the leak check reads, with one admin token.
import { sha256 } from '../../../server/auth/authenticate.ts';
import { isRunning, spawnAtlas, type SpawnedAtlas } from '../spawn-atlas.ts';
import { testServerEnv } from '../test-neo4j.ts';
import { ODD_STRINGS, type ValuePools } from './schema-operations.ts';

export const HOSTILE_ADMIN_TOKEN = 'hostile-campaign-admin-token';

export interface HostileAtlas {
  /** `http://127.0.0.1:<port>/` */
  readonly base: string;
  readonly atlas: SpawnedAtlas;
  /** True while the process runs. */
  running(): boolean;
  stop(): Promise<void>;
}

/** Starts the server; `env` adds to the test environment (limits, the deadline). */
export async function startHostileAtlas(env: NodeJS.ProcessEnv = {}): Promise<HostileAtlas> {
  const atlas = spawnAtlas({
    ...process.env,
    ...testServerEnv({
      LOG_LEVEL: 'debug',
      ATLAS_ADMIN_TOKENS: `hostile:${sha256(HOSTILE_ADMIN_TOKEN).toString('hex')}`,
      ...env,
    }),
  });
  const ready = await atlas.waitFor(/ready at (http:\/\/127\.0\.0\.1:\d+\/)/);
  const running = () =>
    atlas.child.pid !== undefined && isRunning(atlas.child.pid) && atlas.child.exitCode === null;
  return {
    base: ready[1]!,
    atlas,
    running,
    async stop() {
      if (running()) {
        atlas.child.kill('SIGTERM');
        await atlas.exited;
      }
    },
  };
}

/** POSTs an operation as JSON and returns the parsed body (for setting up, not for checking). */
export async function graphql(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<{
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}> {
  const response = await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Awaited<ReturnType<typeof graphql>>;
}

const POOL_QUERIES = [
  '{ actors(first: 30) { nodes { id name } } }',
  '{ programs(first: 10) { nodes { id name } } measures(first: 10) { nodes { id name } } }',
  '{ regions(first: 20) { nodes { id name } } sources(first: 5) { nodes { id } } }',
  '{ topics { id } targetGroups { id } }',
  '{ vocabularies { name terms { key } } }',
];

/** Ids and words from the data the server holds (asked anonymously), plus ids that do not exist. */
export async function valuePools(base: string, extra: Partial<ValuePools> = {}): Promise<ValuePools> {
  let text = '';
  for (const query of POOL_QUERIES) {
    // Set-up, not a check: a busy machine may take a query past the deadline; ask again.
    for (let attempt = 1; ; attempt++) {
      const answer = await graphql(base, query);
      if (answer.data) {
        text += JSON.stringify(answer.data);
        break;
      }
      if (attempt === 3) throw new Error(`cannot read the value pools: ${JSON.stringify(answer.errors)}`);
    }
  }
  const ids = [...new Set([...text.matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]!))];
  const words = [
    ...new Set(
      [...text.matchAll(/"(?:name|key)":"([^"]+)"/g)].flatMap((m) => [m[1]!, m[1]!.split(/\s+/)[0]!]),
    ),
  ];
  return {
    ids: [...ids, 'nope', 'de', 'contact-00000000-0000-0000-0000-000000000000', ...(extra.ids ?? [])],
    strings: [...words, ...ODD_STRINGS, ...(extra.strings ?? [])],
  };
}
