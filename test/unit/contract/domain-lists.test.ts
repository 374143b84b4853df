// Each domain list has one definition in server/; the schema's enums (and through them the client's generated
// types) must say the same. A value added on one side and forgotten on the other fails here.
import { type GraphQLEnumType, type GraphQLInterfaceType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../server/audit/audit-entry.ts';
import { ENTITY_KINDS } from '../../../server/audit/record-kinds.ts';
import { ACTOR_LABELS, KIND_LABELS } from '../../../server/domain/node-kinds.ts';
import {
  READABLE_RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPES,
} from '../../../server/domain/relationship-types.ts';
import {
  CLAIM_STATUSES,
  COUNTRIES,
  LANGUAGES,
  QUANTITY_PERIODS,
  QUANTITY_UNITS,
  REACHES,
} from '../../../server/domain/vocabulary.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { buildSchema } from '../../../server/graphql/build-schema.ts';
import { enumName } from '../../../server/graphql/resolvers/read/types/enums.ts';

const schema = buildSchema();

function enumNames(name: string): string[] {
  const type = schema.getType(name) as GraphQLEnumType | undefined;
  if (!type) throw new Error(`The schema has no enum ${name}`);
  return type.getValues().map((value) => value.name);
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('the schema enums follow the domain lists', () => {
  it('EntityKind has one value per kind label, in the same order', () => {
    expect(enumNames('EntityKind')).toEqual(KIND_LABELS.map(enumName));
  });

  it('the Actor interface is implemented by exactly the actor classes', () => {
    const actor = schema.getType('Actor') as GraphQLInterfaceType;
    expect(sorted(schema.getPossibleTypes(actor).map((t) => t.name))).toEqual(sorted(ACTOR_LABELS));
  });

  it('RelationshipType is what a reader sees, LinkType what an admin links', () => {
    expect(sorted(enumNames('RelationshipType'))).toEqual(sorted(READABLE_RELATIONSHIP_TYPES));
    expect(sorted(enumNames('LinkType'))).toEqual(sorted(RELATIONSHIP_TYPES));
  });

  it('RecordKind is the entity kinds of the admin API plus TERM', () => {
    expect(sorted(enumNames('RecordKind'))).toEqual(sorted([...Object.keys(ENTITY_KINDS), 'TERM']));
  });

  it('Country, AuditAction and ErrorCode list the same values as their definitions', () => {
    expect(sorted(enumNames('Country'))).toEqual(sorted(COUNTRIES));
    expect(sorted(enumNames('AuditAction'))).toEqual(sorted(AUDIT_ACTIONS));
    expect(sorted(enumNames('ErrorCode'))).toEqual(sorted(Object.values(ErrorCode)));
  });

  it('ClaimStatus, Reach, QuantityUnit and QuantityPeriod name the stored values, in the same order', () => {
    expect(enumNames('ClaimStatus')).toEqual(CLAIM_STATUSES.map(enumName));
    expect(enumNames('Reach')).toEqual(REACHES.map(enumName));
    expect(enumNames('QuantityUnit')).toEqual(QUANTITY_UNITS.map(enumName));
    expect(enumNames('QuantityPeriod')).toEqual(QUANTITY_PERIODS.map(enumName));
  });

  it('Language names the languages the atlas writes its sentences in, in the same order', () => {
    expect(enumNames('Language')).toEqual(LANGUAGES.map(enumName));
  });
});
