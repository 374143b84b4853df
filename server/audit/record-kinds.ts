import type { SectionName } from '../domain/atlas-document.ts';
import type { AuditTargetKind } from './audit-entry.ts';

/**
 * The kinds of node record the admin API writes (GraphQL enum RecordKind without TERM), each with its section of
 * the import format and the label it is stored and audited under.
 */
export const ENTITY_KINDS = {
  SOURCE: { section: 'sources', label: 'Source' },
  TOPIC: { section: 'topics', label: 'Topic' },
  TARGET_GROUP: { section: 'targetGroups', label: 'TargetGroup' },
  REGION: { section: 'regions', label: 'Region' },
  ACTOR: { section: 'actors', label: 'Actor' },
  PROGRAM: { section: 'programs', label: 'Program' },
  MEASURE: { section: 'measures', label: 'Measure' },
} as const satisfies Record<string, { section: SectionName; label: AuditTargetKind }>;

export type EntityKind = keyof typeof ENTITY_KINDS;
export type EntitySection = (typeof ENTITY_KINDS)[EntityKind]['section'];
export type RecordKind = EntityKind | 'TERM';

export function entityKindOf(section: EntitySection): EntityKind {
  const found = (Object.keys(ENTITY_KINDS) as EntityKind[]).find((k) => ENTITY_KINDS[k].section === section);
  if (!found) throw new Error(`No record kind for section ${section}`);
  return found;
}

/** The audit trail's kind for a section of the import format. */
export function targetKindOf(section: SectionName): AuditTargetKind {
  if (section === 'terms') return 'Term';
  if (section === 'relationships') return 'Relationship';
  return ENTITY_KINDS[entityKindOf(section)].label;
}
