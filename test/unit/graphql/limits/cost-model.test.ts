// The cost limit on the atlas's own schema: the estimates of its lists (`@listSize`) multiply, so nesting
// unpaged lists is refused before anything runs, while the queries the client and the docs send pass.
import { getOperationAST, getVariableValues, isInterfaceType, isObjectType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NETWORK_QUERY } from '../../../../client/src/api/operations.ts';
import { loadConfig } from '../../../../server/config/config.ts';
import { ErrorCode } from '../../../../server/errors/error-codes.ts';
import { buildSchema } from '../../../../server/graphql/build-schema.ts';
import { checkLimits } from '../../../../server/graphql/limits/check-limits.ts';
import { listEstimates } from '../../../../server/graphql/limits/list-estimates.ts';
import { measureOperation } from '../../../../server/graphql/limits/measure-operation.ts';

const schema = buildSchema();
const limits = loadConfig({}).limits;

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  expect(validate(schema, document)).toEqual([]);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0]!;
  return measureOperation(schema, document, operation, coerced.coerced);
}

/** The assumed size a field declares, read from the schema rather than repeated here. */
function assumed(type: string, field: string): number {
  const owner = schema.getType(type);
  if (!isObjectType(owner) && !isInterfaceType(owner)) throw new Error(`${type} has no fields`);
  const estimate = listEstimates(schema).of(owner, field);
  if (estimate?.kind !== 'assumed') throw new Error(`${type}.${field} has no assumed size`);
  return estimate.size;
}

/** The attack: four levels of unpaged lists under a page of 100 sources, 168 characters. */
const NESTED =
  '{sources(first:100){nodes{citedBy{...on Region{sources{citedBy{...on Region{sources{citedBy{...on Region{sources{citedBy{...on Region{sources{citedBy{id}}}}}}}}}}}}}}}}';

describe('the cost model on the atlas schema', () => {
  it('refuses nested unpaged lists under a page with LIMIT_EXCEEDED at the default limits, and passes legal ones', () => {
    const refusal = checkLimits(measure(NESTED), limits);
    expect(refusal?.extensions).toMatchObject({ code: ErrorCode.LIMIT_EXCEEDED, limit: 'maxCost' });
    expect(refusal?.extensions.actual).toBeGreaterThan(limits.maxCost);
    const legal = [
      measure(NETWORK_QUERY, { limit: 500 }),
      measure('{ actors(first: 100) { totalCount nodes { id name memberships { body { id name } } } } }'),
      measure('{ region(id: "de-05") { children { id name } actors { subject { id name } } } }'),
      measure('{ vocabularies { name terms { key labelDe labelEn } } topics { id labelDe } }'),
    ];
    for (const m of legal) expect(checkLimits(m, limits)).toBeUndefined();
  });

  it('multiplies nested lists by their declared sizes', () => {
    const citedBy = assumed('Source', 'citedBy');
    const sources = assumed('Region', 'sources');
    expect(measure('{ source(id: "doc-004") { citedBy { id } } }').cost).toBe(1 + (1 + citedBy));
    expect(
      measure('{ source(id: "doc-004") { citedBy { ... on Region { sources { citedBy { id } } } } } }').cost,
    ).toBe(1 + (1 + citedBy * (1 + sources * (1 + citedBy))));
    // A page multiplies its items by `first`, not its totalCount.
    expect(measure('{ sources(first: 100) { totalCount nodes { citedBy { id } } } }').cost).toBe(
      1 + 1 + (1 + 100 * (1 + citedBy)),
    );
  });
});
