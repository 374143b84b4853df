// The reading API's schema files keep their promises: every type, field, argument and enum value is described;
// the actor types (one per actor class) repeat the Actor interface field for field; every Query field has a resolver; every
// statement of cypher/queries the reading API needs is loaded at start-up.
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type DefinitionNode, type GraphQLInterfaceType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ACTOR_LABELS } from '../../../../server/domain/node-kinds.ts';
import { listCypherFiles, loadedCypherFiles } from '../../../../server/db/cypher-file.ts';
import { buildSchema } from '../../../../server/graphql/build-schema.ts';
import { readResolvers } from '../../../../server/graphql/resolvers/read/index.ts';

const SCHEMA_DIR = path.join(import.meta.dirname, '../../../../server/graphql/schema');
/** Files of the other engineers' parts of the API. */
const NOT_READING = (file: string) =>
  file === '00-query.graphql' || file === 'health.graphql' || file.startsWith('admin');
const READING_FILES = fs
  .readdirSync(SCHEMA_DIR)
  .filter((f) => f.endsWith('.graphql') && !NOT_READING(f))
  .sort();

function undescribed(file: string, definition: DefinitionNode): string[] {
  const missing: string[] = [];
  const name = 'name' in definition && definition.name ? definition.name.value : definition.kind;
  const isExtension = definition.kind === Kind.OBJECT_TYPE_EXTENSION;
  if (!isExtension && !('description' in definition && definition.description))
    missing.push(`${file}: ${name}`);
  if ('fields' in definition) {
    for (const field of definition.fields ?? []) {
      if (!field.description) missing.push(`${file}: ${name}.${field.name.value}`);
      for (const arg of 'arguments' in field ? (field.arguments ?? []) : []) {
        if (!arg.description) missing.push(`${file}: ${name}.${field.name.value}(${arg.name.value})`);
      }
    }
  }
  if ('values' in definition) {
    for (const value of definition.values ?? []) {
      if (!value.description) missing.push(`${file}: ${name}.${value.name.value}`);
    }
  }
  return missing;
}

describe('the reading API schema', () => {
  const schema = buildSchema();

  it('describes every type, field, argument and enum value (in every schema file, admin ones too)', () => {
    expect(READING_FILES.length).toBeGreaterThan(10);
    const allFiles = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.graphql'));
    const missing = allFiles.flatMap((file) =>
      parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')).definitions.flatMap((d) =>
        undescribed(file, d),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('repeats the Actor interface in each actor type, field for field and word for word', () => {
    const actor = schema.getType('Actor') as GraphQLInterfaceType;
    const implementations = schema
      .getPossibleTypes(actor)
      .map((t) => t.name)
      .sort();
    expect(implementations).toEqual([...ACTOR_LABELS].sort());
    for (const type of schema.getPossibleTypes(actor)) {
      const fields = type.getFields();
      const extra = Object.keys(fields).filter((f) => !(f in actor.getFields()));
      expect({ type: type.name, extra }).toEqual({
        type: type.name,
        extra: type.name === 'Body' ? ['bodyKind', 'members'] : [],
      });
      for (const [name, field] of Object.entries(actor.getFields())) {
        expect({ field: `${type.name}.${name}`, description: fields[name]?.description }).toEqual({
          field: `${type.name}.${name}`,
          description: field.description,
        });
      }
    }
  });

  it('has a resolver for every Query field of the reading files', () => {
    const queryFields = READING_FILES.flatMap((file) =>
      parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))
        .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_EXTENSION && d.name.value === 'Query')
        .flatMap((d) => ('fields' in d ? (d.fields ?? []).map((f) => f.name.value) : [])),
    );
    expect(queryFields.sort()).toEqual(Object.keys(readResolvers.Query).sort());
  });

  it('loads every statement of cypher/queries at start-up, except those of other parts', () => {
    const others = new Set(['queries/health', 'queries/count-entities']);
    const loaded = loadedCypherFiles();
    const unused = listCypherFiles('queries').filter((name) => !others.has(name) && !loaded.has(name));
    expect(unused).toEqual([]);
  });
});
