// Records as the importer normalises them, for tests that need a whole record but care about a few fields: the
// defaults of every other field (null, [] or false) come from the schema, so a field added to the format needs no
// test changes. The given fields are not validated: unit tests use short ids such as "a" on purpose.
import { SECTION_SCHEMAS, type RelationshipRecord } from '../../server/domain/atlas-document.ts';

const RELATIONSHIP_DEFAULTS = SECTION_SCHEMAS.relationships.parse({
  type: 'MEMBER_OF',
  from: 'placeholder-from',
  to: 'placeholder-to',
  sources: ['placeholder-source'],
  lastVerified: '2026-11-21',
});

export function relationshipRecord(
  fields: Pick<RelationshipRecord, 'type' | 'from' | 'to'> & Partial<RelationshipRecord>,
): RelationshipRecord {
  return { ...RELATIONSHIP_DEFAULTS, sources: ['s'], ...fields };
}
