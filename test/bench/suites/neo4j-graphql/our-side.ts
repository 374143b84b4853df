// Our side of the comparison: the whole-Land network of North Rhine-Westphalia through `networkDrawing`, asked
// in-process of the atlas's own Apollo (its schema, limits, plugins and per-request deadline, as
// server/http/graphql-handler.ts sets them up), so that both sides share one Node process and differ only in
// what turns GraphQL into Cypher.
import { ANONYMOUS } from '../../../../server/auth/viewer.ts';
import { loadConfig } from '../../../../server/config/config.ts';
import type { Database } from '../../../../server/db/database.ts';
import { createApollo } from '../../../../server/graphql/apollo.ts';
import type { AtlasContext } from '../../../../server/graphql/context.ts';
import { Deadline } from '../../../../server/graphql/limits/deadline.ts';
import { createLogger } from '../../../../server/logging/logger.ts';
import { singleResult } from './answers.ts';

/** The largest Land by nodes, and the id of its region. */
export const LAND = { id: 'de-05', name: 'North Rhine-Westphalia' } as const;

/**
 * As the explorer asks for a region's network (client/src/views/network/network-operations.ts, with depth 0 and
 * limit 20,000 as NetworkView.tsx sends them), minus `x`, `y` and `positioned`: the other side has no layout,
 * and asking for the positions would time ForceAtlas2 (or its cache) instead of the fetch.
 */
const NETWORK_DRAWING = /* GraphQL */ `
  query LandNetwork($region: ID!) {
    networkDrawing(region: $region, depth: 0, statedOnly: false, limit: 20000) {
      nodes {
        id
        name
        kind
      }
      edges {
        id
        source
        target
        type
        role
        kind
        claim
        reach
        sources
      }
      truncated
    }
  }
`;

export interface OurSide {
  /** One request, answered as the HTTP handler would send it: the response body as JSON text. */
  readonly fetch: () => Promise<string>;
  readonly stop: () => Promise<void>;
}

export async function startOurSide(db: Database, say: (line: string) => void): Promise<OurSide> {
  // The environment's limits, as the bench's atlas server reads them; the deadline must allow a whole Land.
  const { limits, site } = loadConfig();
  const apollo = createApollo(limits);
  await apollo.start();
  const log = createLogger('warn', say);
  const fetch = async (): Promise<string> => {
    const deadline = new Deadline(limits.deadlineMs);
    const contextValue: AtlasContext = {
      db: db.within(deadline),
      log,
      requestId: 'bench-neo4j-graphql',
      viewer: ANONYMOUS,
      limits,
      site,
      deadline,
    };
    try {
      const response = await apollo.executeOperation(
        { query: NETWORK_DRAWING, variables: { region: LAND.id } },
        { contextValue },
      );
      return JSON.stringify(singleResult(response.body));
    } finally {
      deadline.dispose();
    }
  };
  return { fetch, stop: () => apollo.stop() };
}
