import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { declaredListSize, isList, listEstimates } from './list-estimates.ts';

type Owned = {
  readonly owner: GraphQLObjectType | GraphQLInterfaceType;
  readonly field: GraphQLField<unknown, unknown>;
};

function everyField(schema: GraphQLSchema): Owned[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => !t.name.startsWith('__'))
    .filter((t) => isObjectType(t) || isInterfaceType(t))
    .flatMap((owner) => Object.values(owner.getFields()).map((field) => ({ owner, field })));
}

/**
 * What the cost limit cannot size, one line per problem: a list field without an estimate (on itself, on the
 * interface field it implements, or through `sizedFields` of every field returning its type), and `@listSize`
 * declarations that cannot mean what they say. The contract test expects none for the atlas's schema.
 */
export function checkListEstimates(schema: GraphQLSchema): string[] {
  const estimates = listEstimates(schema);
  const fields = everyField(schema);
  const problems: string[] = [];
  for (const { owner, field } of fields) {
    const name = `${owner.name}.${field.name}`;
    const estimate = estimates.of(owner, field.name);
    if (isList(field.type) && !estimate) problems.push(`${name}: a list without @listSize`);
    if (estimate?.kind === 'parent' && isList(field.type)) {
      // Sized by the field returning its type: every such field must slice, or the list goes uncounted there.
      for (const returning of fields.filter((f) => getNamedType(f.field.type) === owner)) {
        const sizer = estimates.of(returning.owner, returning.field.name);
        if (sizer?.kind !== 'sliced') {
          problems.push(
            `${name}: sized by its parent, but ${returning.owner.name}.${returning.field.name} does not slice`,
          );
        }
      }
    }
    const declared = declaredListSize(schema, field);
    if (!declared) continue;
    if (declared.estimate?.kind === 'assumed' && declared.estimate.size < 1) {
      problems.push(`${name}: assumedSize must be at least 1`);
    }
    if (declared.estimate?.kind === 'sliced') {
      for (const arg of declared.estimate.arguments) {
        if (!field.args.some((a) => a.name === arg))
          problems.push(`${name}: no argument "${arg}" to slice by`);
      }
    }
    const returned = getNamedType(field.type);
    for (const sized of declared.sizedFields) {
      const target =
        isObjectType(returned) || isInterfaceType(returned) ? returned.getFields()[sized] : undefined;
      if (!target || !isList(target.type))
        problems.push(`${name}: sizedFields "${sized}" is no list of ${returned.name}`);
    }
    if (!isList(field.type) && declared.sizedFields.length === 0) {
      problems.push(`${name}: @listSize on a field that is no list and sizes none`);
    }
  }
  return problems;
}
