// A relationship as links.cypher returns it (type, properties, the node at the other end) and the part of it that
// every edge object of the API shares (the Relationship interface: type, period, note, sources, lastVerified,
// claim) and the qualifiers some types carry (reach, regions, quantities).
import {
  periodOf,
  stringList,
  stringOrNull,
  toEntityRecord,
  withoutContactProperties,
  type EntityRecord,
  type PeriodRecord,
} from './entity-record.ts';

export interface LinkRecord {
  readonly type: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly other: EntityRecord;
  /** True when stored from the asking node to `other`, false when from `other` to it. */
  readonly out: boolean;
}

/** The fields of the Relationship interface, ready for GraphQL; `sourceIds` become Source objects in a resolver. */
export interface EdgeFacts {
  readonly type: string;
  readonly period: PeriodRecord;
  readonly note: string | null;
  readonly sourceIds: readonly string[];
  readonly lastVerified: string | null;
  readonly role: string | null;
  readonly kind: string | null;
  readonly claim: string | null;
  readonly locator: string | null;
  readonly reasoning: string | null;
  /** As stored: null when absent (what that means depends on the type, see the Placement resolver). */
  readonly reach: string | null;
  readonly regionIds: readonly string[];
  /** The JSON text the store keeps (parsed by the field resolvers that serve it). */
  readonly quantities: unknown;
}

export function toLinkRecords(value: unknown): LinkRecord[] {
  if (!Array.isArray(value)) return [];
  const links: LinkRecord[] = [];
  for (const item of value as unknown[]) {
    if (item === null || typeof item !== 'object') continue;
    const { type, rel, other, out } = item as Record<string, unknown>;
    const node = toEntityRecord(other);
    if (typeof type !== 'string' || node === null) continue;
    const props = rel !== null && typeof rel === 'object' ? withoutContactProperties(rel) : {};
    links.push({ type, props, other: node, out: out !== false });
  }
  return links;
}

export function edgeFacts(link: LinkRecord): EdgeFacts {
  const p = link.props;
  return {
    type: link.type,
    period: periodOf(p),
    note: stringOrNull(p.note),
    sourceIds: stringList(p.sources),
    lastVerified: stringOrNull(p.lastVerified),
    role: stringOrNull(p.role),
    kind: stringOrNull(p.kind),
    claim: stringOrNull(p.claim),
    locator: stringOrNull(p.locator),
    reasoning: stringOrNull(p.reasoning),
    reach: stringOrNull(p.reach),
    regionIds: stringList(p.regions),
    quantities: p.quantities ?? null,
  };
}
