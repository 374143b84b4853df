import neo4j from 'neo4j-driver';

/** A JS number is sent to Neo4j as a Float; LIMIT, SKIP and range bounds need a real Integer. */
export function asInteger(value: number) {
  return neo4j.int(value);
}
