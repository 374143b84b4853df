// The admin API's inputs and the import format describe the same records: every field of a section can be set by
// its Create…Input and changed by its Update…Input (all but the identity), and a relationship's by LinkInput and
// UpdateLinkInput (all but type and ends). A field added to the format and forgotten in the API fails here.
import type { GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { quantitySchema } from '../../../server/domain/field-schemas.ts';
import { sectionFields } from '../../../server/domain/fields.ts';
import { buildSchema } from '../../../server/graphql/build-schema.ts';

const schema = buildSchema();

function inputFields(name: string): string[] {
  const type = schema.getType(name) as GraphQLInputObjectType | undefined;
  if (!type) throw new Error(`The schema has no input ${name}`);
  return Object.keys(type.getFields()).sort();
}

const sorted = (fields: readonly string[]) => [...fields].sort();
const without = (fields: readonly string[], omit: readonly string[]) =>
  sorted(fields.filter((field) => !omit.includes(field)));

const ENTITY_INPUTS = [
  ['sources', 'Source'],
  ['topics', 'Topic'],
  ['targetGroups', 'TargetGroup'],
  ['regions', 'Region'],
  ['actors', 'Actor'],
  ['programs', 'Program'],
  ['measures', 'Measure'],
] as const;

describe('admin inputs match the import format', () => {
  it.each(ENTITY_INPUTS)('%s: Create%sInput has every field, the update all but the id', (section, name) => {
    const { all } = sectionFields(section);
    expect(inputFields(`Create${name}Input`)).toEqual(sorted(all));
    expect(inputFields(`Update${name}Input`)).toEqual(without(all, ['id']));
  });

  it('terms: keyed by vocabulary and key', () => {
    const { all } = sectionFields('terms');
    expect(inputFields('CreateTermInput')).toEqual(sorted(all));
    expect(inputFields('UpdateTermInput')).toEqual(without(all, ['vocabulary', 'key']));
  });

  it('relationships: LinkInput has every field, UpdateLinkInput all but type and ends', () => {
    const { all } = sectionFields('relationships');
    expect(inputFields('LinkInput')).toEqual(sorted(all));
    expect(inputFields('UpdateLinkInput')).toEqual(without(all, ['type', 'from', 'to']));
  });

  it('quantities: QuantityInput has every field of a quantity', () => {
    expect(inputFields('QuantityInput')).toEqual(sorted(Object.keys(quantitySchema.shape)));
  });
});
