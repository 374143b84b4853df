// The guard that holds while an operation runs (execution-guard.ts), through the atlas's own Apollo set-up: a
// query whose lists hold more than their estimate is stopped at ATLAS_MAX_COST resolved fields, and a query
// still resolving at its deadline stops resolving, although no timer can fire while it runs.
import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../../../server/config/config.ts';
import type { Database } from '../../../../server/db/database.ts';
import { ErrorCode } from '../../../../server/errors/error-codes.ts';
import { createApollo } from '../../../../server/graphql/apollo.ts';
import type { AtlasContext } from '../../../../server/graphql/context.ts';
import { Deadline, DeadlineExceededError } from '../../../../server/graphql/limits/deadline.ts';
import { createLogger } from '../../../../server/logging/logger.ts';
import { ANONYMOUS } from '../../../../server/auth/viewer.ts';

const LIST_SIZE_DIRECTIVE = fs.readFileSync(
  path.join(import.meta.dirname, '../../../../server/graphql/schema/list-size.graphql'),
  'utf8',
);

/** Every node has 10 children, all resolved synchronously; the schema claims 2. */
const FAN_OUT = 10;

function treeSchema(onChildren: () => void) {
  return makeExecutableSchema({
    typeDefs: /* GraphQL */ `
      ${LIST_SIZE_DIRECTIVE}
      type Query {
        tree: Node!
      }
      type Mutation {
        grow: [Node!]! @listSize(assumedSize: 1)
      }
      type Node {
        id: Int!
        children: [Node!]! @listSize(assumedSize: 2)
      }
    `,
    resolvers: {
      Query: { tree: () => ({ id: 0 }) },
      Mutation: { grow: () => Array.from({ length: 500 }, (_, id) => ({ id })) },
      Node: {
        children: (node: { id: number }) => {
          onChildren();
          return Array.from({ length: FAN_OUT }, (_, i) => ({ id: node.id * FAN_OUT + i }));
        },
      },
    },
  });
}

/** Five levels: estimated 1 + (1 + 2 × (… 2 × 1)) = 64, but 10^5 leaves in fact. */
const DEEP = '{ tree { children { children { children { children { children { id } } } } } } }';

async function run(
  query: string,
  env: NodeJS.ProcessEnv,
  deadline = new Deadline(60_000),
  onChildren: () => void = () => undefined,
) {
  const apollo = createApollo(loadConfig(env).limits, treeSchema(onChildren));
  await apollo.start();
  const logged: string[] = [];
  const contextValue: AtlasContext = {
    // The tree's resolvers read no database.
    db: undefined as unknown as Database,
    log: createLogger('debug', (line) => logged.push(line)),
    requestId: 'test',
    viewer: ANONYMOUS,
    limits: loadConfig(env).limits,
    site: loadConfig(env).site,
    deadline,
  };
  try {
    const response = await apollo.executeOperation({ query }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not used by the atlas');
    return { result: response.body.singleResult, logged };
  } finally {
    await apollo.stop();
  }
}

describe('the execution guard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('stops a query that resolves more fields than ATLAS_MAX_COST with LIMIT_EXCEEDED', async () => {
    let calls = 0;
    const deadline = new Deadline(60_000);
    const { result } = await run(DEEP, { ATLAS_MAX_COST: '1000' }, deadline, () => calls++);
    deadline.dispose();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: ErrorCode.LIMIT_EXCEEDED,
      limit: 'maxCost',
      maximum: 1000,
    });
    expect(deadline.signal.reason).toMatchObject({ extensions: { code: ErrorCode.LIMIT_EXCEEDED } });
    // 11,111 nodes have children; resolving stopped after about 1000 fields, not after all of them.
    expect(calls).toBeLessThan(1000);
    // Mutations are not metered: their results lead nowhere.
    const mutation = await run('mutation { grow { id } }', { ATLAS_MAX_COST: '100' });
    expect(mutation.result.errors).toBeUndefined();
    expect((mutation.result.data as { grow: unknown[] }).grow).toHaveLength(500);
  });

  it('stops resolving once the deadline has passed by the clock, while the query never yields', async () => {
    // In time, the same kind of query runs to the end.
    const inTime = new Deadline(60_000);
    const small = await run('{ tree { children { children { id } } } }', {}, inTime);
    inTime.dispose();
    expect(small.result.errors).toBeUndefined();
    expect(JSON.stringify(small.result.data).match(/"id"/g)).toHaveLength(FAN_OUT ** 2);

    const deadline = new Deadline(1000);
    const started = performance.now();
    let calls = 0;
    let late = false;
    vi.spyOn(performance, 'now').mockImplementation(() => (late ? started + 5000 : started));
    const { result, logged } = await run(DEEP, {}, deadline, () => {
      // Half-way through the third level, time is up; the timer cannot fire before the query yields.
      if (++calls === 500) late = true;
    });
    deadline.dispose();
    expect(deadline.signal.reason).toBeInstanceOf(DeadlineExceededError);
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(calls).toBeLessThan(600);
    // The fields that only repeat the stop reason are not each logged as an unexpected error.
    expect(logged.filter((line) => line.includes('request error'))).toEqual([]);
  });
});
