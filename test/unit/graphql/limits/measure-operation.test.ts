import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getOperationAST, getVariableValues, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureOperation } from '../../../../server/graphql/limits/measure-operation.ts';
import { UNESTIMATED_LIST_SIZE } from '../../../../server/graphql/limits/list-size.ts';

const LIST_SIZE_DIRECTIVE = fs.readFileSync(
  path.join(import.meta.dirname, '../../../../server/graphql/schema/list-size.graphql'),
  'utf8',
);

const schema = buildSchema(/* GraphQL */ `
  ${LIST_SIZE_DIRECTIVE}
  type Query {
    items(first: Int = 10): [Item!]! @listSize(slicingArguments: ["first"])
    page(limit: Int!): [Item!]! @listSize(slicingArguments: ["limit"])
    tail(last: Int): [Item!]! @listSize(slicingArguments: ["last"], assumedSize: 6)
    item(id: ID!): Item
    thing: Thing
    things: [Thing!]! @listSize(assumedSize: 4)
    connection(first: Int = 20): ItemConnection!
      @listSize(slicingArguments: ["first"], sizedFields: ["nodes"])
    unestimated: [Item!]!
  }
  type Item {
    id: ID!
    name: String
    tags: [String!]! @listSize(assumedSize: 50)
    children(first: Int): [Item!]! @listSize(slicingArguments: ["first"], assumedSize: 5)
    related: [Item!]! @listSize(assumedSize: 3)
  }
  type ItemConnection {
    totalCount: Int!
    nodes: [Item!]!
  }
  interface Thing {
    id: ID!
    parts: [Item!]! @listSize(assumedSize: 7)
  }
  type Gadget implements Thing {
    id: ID!
    parts: [Item!]!
  }
`);

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  // Coerced as the limits plugin does: defaults of the operation's variables filled in.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0]!;
  return measureOperation(schema, document, operation, coerced.coerced);
}

describe('measureOperation', () => {
  it('counts depth from 1 at the root field', () => {
    expect(measure('{ item(id: "a") { id } }').depth).toBe(2);
    expect(measure('{ item(id: "a") { children { children { name } } } }').depth).toBe(4);
  });

  it('counts fields that are no lists as 1 each, and a list of leaves as 1', () => {
    expect(measure('{ item(id: "a") { id name tags } }').cost).toBe(4);
  });

  it('multiplies a selection by a literal slicing argument', () => {
    // page: 1 + 5 × (id + name) = 11
    expect(measure('{ page(limit: 5) { id name } }').cost).toBe(11);
    expect(measure('{ tail(last: 4) { id } }').cost).toBe(5);
    // items: 1 + 3 × (id + children(1 + 2 × 1)) = 1 + 3 × 4 = 13
    expect(measure('{ items(first: 3) { id children(first: 2) { id } } }').cost).toBe(13);
  });

  it("takes the slicing argument from the operation's variables, and from the schema's default", () => {
    const query = 'query ($n: Int!) { page(limit: $n) { id } }';
    expect(measure(query, { n: 40 }).cost).toBe(41);
    expect(measure(query, { n: 2 }).cost).toBe(3);
    expect(measure('{ items { id } }').cost).toBe(11);
    expect(measure('query ($n: Int = 7) { items(first: $n) { id } }').cost).toBe(8);
  });

  it('counts a list without a slicing argument by its assumed size', () => {
    expect(measure('{ item(id: "a") { related { id name } } }').cost).toBe(1 + (1 + 3 * 2));
    // No value for the slicing argument: the assumed size.
    expect(measure('{ item(id: "a") { children { id } } }').cost).toBe(1 + (1 + 5 * 1));
    expect(measure('{ tail { id } }').cost).toBe(1 + 6);
  });

  it('multiplies nested lists', () => {
    // 1 + 3 × (1 + 3 × (1 + 3 × 1)) = 1 + 3 × 13 = 40
    expect(measure('{ item(id: "a") { related { related { related { id } } } } }').cost).toBe(
      1 + (1 + 3 * 13),
    );
    const four = '{ items(first: 100) { related { related { related { related { id } } } } } }';
    expect(measure(four).cost).toBe(1 + 100 * (1 + 3 * (1 + 3 * (1 + 3 * (1 + 3 * 1)))));
  });

  it("multiplies a page's items by its size, its other fields once", () => {
    // 1 + totalCount + nodes (1 + 20 × (id + name))
    expect(measure('{ connection { totalCount nodes { id name } } }').cost).toBe(1 + 1 + (1 + 20 * 2));
    expect(measure('{ connection(first: 100) { totalCount } }').cost).toBe(2);
    const spread =
      '{ connection(first: 3) { ...P } } fragment P on ItemConnection { a: nodes { id } b: nodes { id } }';
    expect(measure(spread).cost).toBe(1 + 2 * (1 + 3 * 1));
  });

  it("takes the estimate of the interface field that an implementing type's field leaves out", () => {
    expect(measure('{ thing { parts { id } } }').cost).toBe(1 + (1 + 7));
    expect(measure('{ thing { ... on Gadget { parts { id } } } }').cost).toBe(1 + (1 + 7));
    expect(measure('{ things { id } }').cost).toBe(1 + 4);
  });

  it('counts a list without any estimate as the largest page', () => {
    expect(measure('{ unestimated { id } }').cost).toBe(1 + UNESTIMATED_LIST_SIZE);
  });

  it('counts aliases, also inside fragments and once per spread', () => {
    const query = `
      { a: item(id: "a") { ...F } b: item(id: "b") { ...F } item(id: "c") { x: id } }
      fragment F on Item { n1: name n2: name }
    `;
    expect(measure(query).aliases).toBe(2 + 2 * 2 + 1);
  });

  it('expands fragments and inline fragments for depth and cost', () => {
    const query = `
      { items(first: 2) { ...F } }
      fragment F on Item { ... on Item { children(first: 3) { id } } }
    `;
    const m = measure(query);
    expect(m.depth).toBe(3);
    expect(m.cost).toBe(1 + 2 * (1 + 3 * 1));
  });

  it('measures a fragment spread many times over without walking it each time', () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Item { ${i + 1 < levels ? `a: children { ...F${i + 1} } b: children { ...F${i + 1} }` : 'id'} }`,
    ).join('\n');
    const m = measure(`{ item(id: "x") { ...F0 } }\n${fragments}`);
    // 2 aliases on the first level, 4 on the second, … 2^29 on the last: walking each spread would take
    // 2^30 steps and time the test out.
    expect(m.aliases).toBe(2 ** levels - 2);
  });

  it('counts introspection (__schema, __type) as one leaf for depth and cost', () => {
    const m = measure('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }');
    expect(m.depth).toBe(1);
    expect(m.cost).toBe(1);
    expect(measure('{ __typename item(id: "a") { __typename } }').cost).toBe(3);
  });
});
