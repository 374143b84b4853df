// Static half of "contacts are never visible to anonymous readers": no field an anonymous reader may call leads,
// through any chain of fields, to the ActorContact type. Only the admin-only fields reach it.
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../../server/graphql/build-schema.ts';
import { adminQueries } from '../../../../server/graphql/resolvers/write/index.ts';

function reachableTypes(schema: GraphQLSchema, roots: readonly GraphQLNamedType[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const type = queue.pop()!;
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) queue.push(getNamedType(field.type));
      // An interface field may return any of its implementations.
      if (isInterfaceType(type)) queue.push(...schema.getPossibleTypes(type));
    }
  }
  return seen;
}

describe('ActorContact is reachable only through admin fields', () => {
  const schema = buildSchema();
  const query = schema.getQueryType()!;
  const publicFields = Object.values(query.getFields()).filter((field) => !(field.name in adminQueries));

  it('is not reachable from any public Query field', () => {
    expect(publicFields.length).toBeGreaterThan(0);
    const reachable = reachableTypes(
      schema,
      publicFields.map((field) => getNamedType(field.type)),
    );
    expect(reachable.has('ActorContact')).toBe(false);
  });

  it('is reachable from actorContacts (so the check above is not vacuous)', () => {
    const field = query.getFields().actorContacts!;
    expect(reachableTypes(schema, [getNamedType(field.type)]).has('ActorContact')).toBe(true);
  });
});
