// What the overlap analysis reads of the graph (cypher/analysis/overlap-measures.cypher and overlap-ties.cypher),
// parsed from statement rows into plain, typed facts. Everything after this module is pure.
import type { Language } from '../../domain/vocabulary.ts';

export type Reach = 'whole' | 'namedPlaces' | 'unknownPlaces';

/** An ACTIVE_IN of a measure: its region, how far it reaches, and the regions above that one, nearest first. */
export interface Placement {
  readonly region: string;
  readonly regionName?: string;
  readonly reach: Reach;
  readonly ancestors: readonly string[];
}

/** A region a provider serves, with the regions above it (nearest first). */
export interface ServedRegion {
  readonly id: string;
  readonly ancestors: readonly string[];
}

export interface ProviderFact {
  readonly id: string;
  readonly name: string;
  /** Stands for many organisations (`collective: true`): sharing it does not show that one organisation runs both. */
  readonly collective: boolean;
  /**
   * The regions its PROVIDES or RUNS is limited to (`regions`); absent when it serves everywhere the measure is
   * offered. Two operators of one program serving different districts are not both providers everywhere.
   */
  readonly regions?: readonly ServedRegion[];
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

/**
 * One entry per provider: an actor that both PROVIDES and RUNS a measure comes once, serving the union of the two
 * relationships' regions — or everywhere, when either is not limited.
 */
function mergeProviders(rows: readonly Record<string, unknown>[]): ProviderFact[] {
  const merged = new Map<string, ProviderFact>();
  for (const row of rows) {
    const id = String(row.id);
    const regions = Array.isArray(row.regions)
      ? objects(row.regions).map((r) => ({ id: String(r.id), ancestors: strings(r.ancestors) }))
      : undefined;
    const known = merged.get(id);
    const served =
      known === undefined
        ? regions
        : known.regions === undefined || regions === undefined
          ? undefined
          : [...known.regions, ...regions.filter((r) => !known.regions!.some((k) => k.id === r.id))];
    merged.set(id, {
      id,
      name: str(row.name) ?? id,
      collective: row.collective === true,
      ...(served === undefined ? {} : { regions: served }),
    });
  }
  return [...merged.values()];
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
    providers: mergeProviders(objects(m.providers)),
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
/** A term's labels by language. */
export type TermLabels = Readonly<Record<Language, string>>;

/** [id, labelDe, labelEn] rows → id → labels; a missing label falls back to the other one, then the id. */
export function toTermLabels(value: unknown): Map<string, TermLabels> {
  const map = new Map<string, TermLabels>();
  if (!Array.isArray(value)) return map;
  for (const row of value as unknown[]) {
    if (!Array.isArray(row) || typeof row[0] !== 'string') continue;
    const [id, de, en] = row as [string, unknown, unknown];
    const text = (x: unknown) => (typeof x === 'string' && x !== '' ? x : null);
    map.set(id, { de: text(de) ?? text(en) ?? id, en: text(en) ?? text(de) ?? id });
  }
  return map;
}

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
