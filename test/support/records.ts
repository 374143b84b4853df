// Records as the importer normalises them, for tests that need a whole record but care about a few fields: the
// schema fills in every other field (null, [] or false), so a field added to the format needs no test changes.
import { SECTION_SCHEMAS, type RelationshipRecord } from '../../server/domain/atlas-document.ts';

export function relationshipRecord(
  fields: Pick<RelationshipRecord, 'type' | 'from' | 'to'> & Partial<RelationshipRecord>,
): RelationshipRecord {
  return SECTION_SCHEMAS.relationships.parse({ sources: ['s'], lastVerified: '2026-11-21', ...fields });
}
