// Every list field of the schema has a size for the cost limit: on itself (`@listSize`), on the interface field it
// implements, or through `sizedFields` of every field returning its type. A list without one would be counted
// as the largest page, whatever it holds; a new list field fails here until its size is declared next to it.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema as buildSdl,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../../../server/graphql/build-schema.ts';
import { checkListEstimates } from '../../../../server/graphql/limits/check-list-estimates.ts';
import { listEstimates } from '../../../../server/graphql/limits/list-estimates.ts';

const LIST_SIZE_DIRECTIVE = fs.readFileSync(
  path.join(import.meta.dirname, '../../../../server/graphql/schema/list-size.graphql'),
  'utf8',
);

/** A list under any wrappers, walked here on its own rather than with the checker's helper. */
function isListField(type: GraphQLOutputType): boolean {
  return isListType(getNullableType(type));
}

describe('list size estimates (@listSize)', () => {
  const schema = buildSchema();

  it('every list field of the atlas schema has an estimate, and every declaration means what it says', () => {
    expect(checkListEstimates(schema)).toEqual([]);
  });

  it('walks the whole schema: query, mutation, admin and connection types, interfaces and their types', () => {
    const estimates = listEstimates(schema);
    const lists: string[] = [];
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListField(field.type)) continue;
        lists.push(`${type.name}.${field.name}`);
        if (!estimates.of(type, field.name)) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
    // The walk reaches what the attack went through, pages' items, the admin API and the kinds' repeated fields.
    expect(lists).toEqual(
      expect.arrayContaining([
        'Source.citedBy',
        'Region.sources',
        'ActorConnection.nodes',
        'AuditTrail.entries',
        'ImportResult.changes',
        'Body.memberships',
        'Query.vocabularies',
      ]),
    );
    expect(estimates.of(schema.getType('ActorConnection') as never, 'nodes')).toEqual({ kind: 'parent' });
  });

  it('reports a list without an estimate, in any wrapping, and a page that its returning field does not slice', () => {
    const broken = buildSdl(/* GraphQL */ `
      ${LIST_SIZE_DIRECTIVE}
      type Query {
        plain: [Item]
        wrapped: [Item!]!
        nested: [[Item!]!]!
        page(first: Int): ItemPage! @listSize(slicingArguments: ["first"], sizedFields: ["nodes"])
        otherPage: ItemPage!
        estimated: [Item!]! @listSize(assumedSize: 3)
        badArgument(first: Int): [Item!]! @listSize(slicingArguments: ["size"])
        notAList: Item @listSize(assumedSize: 5)
        zero: [Item!]! @listSize(assumedSize: 0)
        sizesNothing(first: Int): ItemPage! @listSize(slicingArguments: ["first"], sizedFields: ["total"])
      }
      type ItemPage {
        total: Int!
        nodes: [Item!]!
      }
      interface Named {
        names: [String!]! @listSize(assumedSize: 2)
      }
      type Item implements Named {
        names: [String!]!
      }
    `);
    expect(checkListEstimates(broken).sort()).toEqual(
      [
        'ItemPage.nodes: sized by its parent, but Query.otherPage does not slice',
        'Query.badArgument: no argument "size" to slice by',
        'Query.nested: a list without @listSize',
        'Query.notAList: @listSize on a field that is no list and sizes none',
        'Query.plain: a list without @listSize',
        'Query.sizesNothing: sizedFields "total" is no list of ItemPage',
        'Query.wrapped: a list without @listSize',
        'Query.zero: assumedSize must be at least 1',
      ].sort(),
    );
  });
});
