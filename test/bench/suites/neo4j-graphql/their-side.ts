// The other side: @neo4j/graphql (v7) generating the Cypher for the same sub-graph, over its own driver on the
// same database, served by a plain Apollo in the same process as ours.
import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../../../../server/config/config.ts';
import { READABLE_RELATIONSHIP_TYPES } from '../../../../server/domain/relationship-types.ts';
import { singleResult } from './answers.ts';

/** The relationship types `networkDrawing` draws by default: all readable ones but SOURCED_FROM (network.ts). */
export const DRAWN_TYPES = READABLE_RELATIONSHIP_TYPES.filter((type) => type !== 'SOURCED_FROM');

/** MEMBER_OF → memberOf: the GraphQL field of a relationship type. */
export function fieldOf(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/**
 * A generic mapping of our graph, as someone new to it would write it for @neo4j/graphql: every readable node
 * carries `Entity`, so one node type; one outgoing relationship field per type, all sharing the facts a
 * drawing shows. The kind is the label besides Entity and Actor (our `kindLabelOf`, without our label order:
 * every node here has at most one such label), read through @cypher since the library maps no labels.
 */
export function typeDefs(): string {
  const relationships = DRAWN_TYPES.map(
    (type) =>
      `  ${fieldOf(type)}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Facts")`,
  );
  return [
    'type Entity @node(labels: ["Entity"]) {',
    '  id: ID!',
    '  name: String',
    `  kind: String @cypher(statement: "RETURN [l IN labels(this) WHERE NOT l IN ['Entity', 'Actor']][0] AS kind", columnName: "kind")`,
    ...relationships,
    '}',
    'type Facts @relationshipProperties {',
    '  role: String',
    '  kind: String',
    '  claim: String',
    '  reach: String',
    '  sources: [String!]',
    '}',
  ].join('\n');
}

/**
 * The nodes with the given ids, each with its outgoing relationships of every drawn type whose end is one of
 * them too — the edges `networkDrawing` returns (cypher/queries/network-neighbourhood.cypher: `(a)-[r]->(b)`, both
 * ends in the set). No relationship `id`: the library exposes none (elementId is not a property).
 *
 * The end-node filter comes as a variable, `$inSet`, not written out as `{ node: { id: { in: $ids } } }` in
 * each connection: graphql-js coerces a written-out argument once per field it executes — here 19 connections
 * of 2,000 nodes — against the generated EntityWhere, which has over 200 fields, and that alone doubled the
 * library's time (2.9–5.7 s against 1.5–2.6 s on this project's 2-core machine). A variable is taken as it is.
 */
export function subGraphQuery(): string {
  const connections = DRAWN_TYPES.map(
    (type) => `
    ${fieldOf(type)}Connection(where: { node: $inSet }) {
      edges {
        properties {
          role
          kind
          claim
          reach
          sources
        }
        node {
          id
        }
      }
    }`,
  );
  return `query SameSubGraph($ids: [ID!]!, $inSet: EntityWhere!) {
  entities(where: { id: { in: $ids } }) {
    id
    name
    kind${connections.join('')}
  }
}`;
}

export interface TheirSide {
  /** One request for the nodes `ids` and the relationships among them: the response body as JSON text. */
  readonly fetch: (ids: readonly string[]) => Promise<string>;
  readonly stop: () => Promise<void>;
}

export async function startTheirSide(connection: Neo4jConnection): Promise<TheirSide> {
  const driver = openDriver(connection);
  try {
    const schema = await new Neo4jGraphQL({ typeDefs: typeDefs(), driver }).getSchema();
    const apollo = new ApolloServer<Neo4jGraphQLContext>({ schema });
    await apollo.start();
    const query = subGraphQuery();
    // The library reads in a read transaction, as ours does; the context only names the database.
    const contextValue: Neo4jGraphQLContext = { sessionConfig: { database: connection.database } };
    const fetch = async (ids: readonly string[]): Promise<string> => {
      const variables = { ids, inSet: { id: { in: ids } } };
      const response = await apollo.executeOperation({ query, variables }, { contextValue });
      return JSON.stringify(singleResult(response.body));
    };
    const stop = async () => {
      await apollo.stop();
      await driver.close();
    };
    return { fetch, stop };
  } catch (err) {
    await driver.close();
    throw err;
  }
}

/** A driver as Database.connect opens ours (same timeouts, lossless integers), so only the Cypher differs. */
function openDriver(connection: Neo4jConnection): Driver {
  const auth =
    connection.password === undefined ? undefined : neo4j.auth.basic(connection.user, connection.password);
  return neo4j.driver(connection.uri, auth, {
    connectionTimeout: connection.connectTimeoutMs,
    connectionAcquisitionTimeout: connection.connectTimeoutMs,
    maxTransactionRetryTime: connection.connectTimeoutMs,
    disableLosslessIntegers: false,
    userAgent: 'integration-atlas-bench/0.1',
  });
}
