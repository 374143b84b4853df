// What the overlap analysis reads of the graph (cypher/analysis/overlap-measures.cypher and overlap-ties.cypher),
// parsed from statement rows into plain, typed facts. Everything after this module is pure.

export type Reach = 'whole' | 'namedPlaces' | 'unknownPlaces';

/** An ACTIVE_IN of a measure: its region, how far it reaches, and the regions above that one, nearest first. */
export interface Placement {
  readonly region: string;
  readonly regionName?: string;
  readonly reach: Reach;
  readonly ancestors: readonly string[];
}

export interface ProviderFact {
  readonly id: string;
  readonly name: string;
  /** Stands for many organisations (`collective: true`): sharing it does not show that one organisation runs both. */
  readonly collective: boolean;
}

export interface SourceDates {
  readonly published: string | null;
  readonly dateRead: string | null;
}

export interface MeasureFacts {
  readonly id: string;
  readonly name: string;
  readonly topics: readonly string[];
  readonly targetGroups: readonly string[];
  readonly placements: readonly Placement[];
  readonly providers: readonly ProviderFact[];
  /** The measures it is PART_OF, transitively. */
  readonly umbrellas: readonly string[];
  readonly umbrellaNames?: readonly string[];
  readonly sinceDate: string | null;
  readonly untilDate: string | null;
  readonly sources: readonly SourceDates[];
}

/** A provider's ties on the day asked about: cooperation partners and the bodies it is a member of. */
export interface ProviderTies {
  readonly partners: readonly { readonly id: string; readonly kind: string | null }[];
  readonly bodies: readonly string[];
  readonly bodyNames?: readonly string[];
}

const REACHES: readonly Reach[] = ['whole', 'namedPlaces', 'unknownPlaces'];

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function objects(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object')
    : [];
}

export function toMeasureFacts(value: unknown): MeasureFacts[] {
  return objects(value).map((m) => ({
    id: String(m.id),
    name: str(m.name) ?? String(m.id),
    topics: strings(m.topics),
    targetGroups: strings(m.targetGroups),
    placements: objects(m.placements).map((p) => ({
      region: String(p.region),
      regionName: str(p.regionName) ?? String(p.region),
      reach: REACHES.find((r) => r === p.reach) ?? 'whole',
      ancestors: strings(p.ancestors),
    })),
    providers: objects(m.providers).map((p) => ({
      id: String(p.id),
      name: str(p.name) ?? String(p.id),
      collective: p.collective === true,
    })),
    umbrellas: objects(m.umbrellas).map((u) => String(u.id)),
    umbrellaNames: objects(m.umbrellas).map((u) => str(u.name) ?? String(u.id)),
    sinceDate: str(m.sinceDate),
    untilDate: str(m.untilDate),
    sources: objects(m.sources).map((s) => ({ published: str(s.published), dateRead: str(s.dateRead) })),
  }));
}

/** `[[id, broader], …]` → Map id → broader id. */
export function toBroaderMap(value: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (!Array.isArray(value)) return map;
  for (const pair of value as unknown[]) {
    const [id, broader] = strings(pair);
    if (id !== undefined && broader !== undefined) map.set(id, broader);
  }
  return map;
}

export function toProviderTies(rows: readonly Record<string, unknown>[]): Map<string, ProviderTies> {
  return new Map(
    rows.map((row) => [
      String(row.id),
      {
        partners: objects(row.partners).map((p) => ({ id: String(p.id), kind: str(p.kind) })),
        bodies: objects(row.bodies).map((b) => String(b.id)),
        bodyNames: objects(row.bodies).map((b) => str(b.name) ?? String(b.id)),
      },
    ]),
  );
}

/** The names of everything a reason may mention: measures, providers, umbrellas, regions, bodies. */
export function namesOf(
  measures: readonly MeasureFacts[],
  ties: ReadonlyMap<string, ProviderTies>,
): Map<string, string> {
  const names = new Map<string, string>();
  const add = (ids: readonly string[], labels: readonly string[] | undefined) =>
    ids.forEach((id, i) => names.set(id, labels?.[i] ?? id));
  for (const m of measures) {
    names.set(m.id, m.name);
    for (const p of m.providers) names.set(p.id, p.name);
    for (const p of m.placements) names.set(p.region, p.regionName ?? p.region);
    add(m.umbrellas, m.umbrellaNames);
  }
  for (const t of ties.values()) add(t.bodies, t.bodyNames);
  return names;
}
