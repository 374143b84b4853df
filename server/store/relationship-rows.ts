// Relationship records → rows for the upsert statements; mutual COOPERATES_WITH goes to its own statement.
import type { AtlasDocument, RelationshipRecord } from '../domain/atlas-document.ts';
import { RELATIONSHIP_RULES } from '../domain/relationship-types.ts';
import { periodEnd, periodStart, type Scalar } from './node-rows.ts';

export interface RelationshipRow {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly kind: string | null;
  readonly props: Readonly<Record<string, Scalar>>;
  readonly lastVerified: string;
  readonly sinceStart: string | null;
  readonly untilEnd: string | null;
}

export function relationshipRow(record: RelationshipRecord): RelationshipRow {
  const props: Record<string, Scalar> = { sources: record.sources };
  for (const field of [
    'role',
    'kind',
    'since',
    'until',
    'claim',
    'locator',
    'reasoning',
    'reach',
    'note',
  ] as const) {
    const value = record[field];
    if (value !== null) props[field] = value;
  }
  if (record.regions.length > 0) props.regions = record.regions;
  if (record.quantities.length > 0) props.quantities = JSON.stringify(record.quantities);
  return {
    type: record.type,
    from: record.from,
    to: record.to,
    kind: record.kind,
    props,
    lastVerified: record.lastVerified,
    sinceStart: periodStart(record.since),
    untilEnd: periodEnd(record.until),
  };
}

export function isMutual(type: string): boolean {
  const rule = RELATIONSHIP_RULES[type as keyof typeof RELATIONSHIP_RULES] as
    { mutual?: boolean } | undefined;
  return rule?.mutual === true;
}

/**
 * The identity of a relationship: type and ends, plus the kind for mutual ones (two actors may exchange
 * information and also run a joint project). Mutual ends are sorted, so A→B and B→A are one fact.
 */
export function relationshipKey(r: Pick<RelationshipRecord, 'type' | 'from' | 'to' | 'kind'>): string {
  if (isMutual(r.type)) {
    const [a, b] = [r.from, r.to].sort();
    return `${r.type}|${a}|${b}|${r.kind ?? ''}`;
  }
  return `${r.type}|${r.from}|${r.to}`;
}

export function relationshipRows(doc: AtlasDocument): {
  directed: RelationshipRow[];
  mutual: RelationshipRow[];
} {
  const rows = doc.relationships.map(relationshipRow);
  return { directed: rows.filter((r) => !isMutual(r.type)), mutual: rows.filter((r) => isMutual(r.type)) };
}
