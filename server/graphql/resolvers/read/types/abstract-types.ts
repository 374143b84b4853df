// How the interfaces Entity, Actor, Initiative and Relationship pick their concrete type: entities by their
// most specific label (the GraphQL types are named like the labels), edges by the `__typename` they are built with.
import { ACTOR_CLASS_LABELS, isActorClass, kindLabelOf } from '../../../../domain/node-kinds.ts';
import type { EntityRecord } from '../model/entity-record.ts';
import type { EdgeObject } from '../model/edges.ts';

export function entityTypeName(entity: EntityRecord): string {
  const label = kindLabelOf(entity.labels);
  if (label !== null) return label;
  // An actor written without its kind label (not by the importer) still has its kind property.
  if (typeof entity.kind === 'string' && isActorClass(entity.kind)) return ACTOR_CLASS_LABELS[entity.kind];
  throw new Error(`Entity ${entity.id} has no kind label (labels: ${entity.labels.join(', ')})`);
}

export const abstractTypeResolvers = {
  Entity: { __resolveType: entityTypeName },
  Actor: { __resolveType: entityTypeName },
  Initiative: { __resolveType: entityTypeName },
  Relationship: { __resolveType: (edge: EdgeObject) => edge.__typename },
};
