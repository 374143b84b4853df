// The relationship types the reading API knows (the RelationshipType enum): the import format's types plus
// SOURCED_FROM. Types that other parts of the system may add (audit, contacts) are never read through it.
import { RELATIONSHIP_TYPES } from '../../../../domain/relationship-types.ts';

export const RELATIONSHIP_TYPE_NAMES: readonly string[] = [...RELATIONSHIP_TYPES, 'SOURCED_FROM'];
