// The Kreis map's pure parts: what area a region shows (all Germany, or the Land it lies in), the choices of area,
// the matching of the API's Kreise with the boundaries by AGS — what is drawn, and what cannot be placed on the
// map —, and which boundary lines are borders of Länder.
import type { KreisMapQuery } from '../../api/generated/operations.ts';
import type { KreisGeometry, KreisTopology } from './kreis-topology.ts';

export type KreisEntry = KreisMapQuery['kreisCoverage'][number];

/**
 * The German Land a region id lies in (`de-05`, `de-059`, `de-05913`, `de-05913000`, `de-06-landkreis-doc-001` →
 * `de-05`/`de-06`); null for Germany itself, Austria and regions placed in no Land (`de-landkreis-doc-004`).
 */
export function landOf(regionId: string | null): string | null {
  const match = /^de-(\d{2})(?:\d*|-.*)$/.exec(regionId ?? '');
  return match ? `de-${match[1]}` : null;
}

/** Germany's region id: the map of every German Kreis (`kreisCoverage(land: "de")`, one request). */
export const GERMANY = 'de';

/** The area the map shows for a chosen region: all Germany for `de`, else the Land it lies in (or none). */
export function mapArea(regionId: string | null): string | null {
  return regionId === GERMANY ? GERMANY : landOf(regionId);
}

export interface AreaChoice {
  readonly id: string;
  readonly label: string;
}

/** The areas to choose from: Germany first, then its Länder (ids `de-NN` only) by name. */
export function areaChoices(
  laender: readonly { readonly id: string; readonly name: string }[],
  germany: string,
  lang: string,
): AreaChoice[] {
  const lands = laender
    .filter((l) => /^de-\d{2}$/.test(l.id))
    .map((l) => ({ id: l.id, label: l.name }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  return [{ id: GERMANY, label: germany }, ...lands];
}

/** Why a Kreis of the answer is not on the map. */
export type UnplacedReason = 'unnamed' | 'noCode' | 'noBoundary';

export interface PlacedKreis {
  readonly entry: KreisEntry;
  readonly geometry: KreisGeometry;
}

export interface KreisPlacement {
  /** Kreise of the answer with a boundary, in the answer's order (by name). */
  readonly placed: readonly PlacedKreis[];
  /** Kreise of the answer without a boundary: no AGS (unnamed or not recorded) or an AGS the data lacks. */
  readonly unplaced: readonly { readonly entry: KreisEntry; readonly reason: UnplacedReason }[];
  /** Boundaries in the area (the Land, or all Germany) with no Kreis of that AGS in the answer, by AGS. */
  readonly orphans: readonly { readonly ags: string; readonly name: string }[];
}

/** The AGS of a Land id (`de-05` → `05`); the boundaries of the Land are those whose AGS starts with it. */
const landCode = (land: string) => land.slice('de-'.length);

/** `area`: a Land id (`de-05`) or GERMANY (every boundary). */
export function placeKreise(
  entries: readonly KreisEntry[],
  topology: KreisTopology,
  area: string,
): KreisPlacement {
  const all = topology.objects.kreise.geometries;
  const inLand = area === GERMANY ? all : all.filter((g) => g.id.startsWith(landCode(area)));
  const byAgs = new Map(inLand.map((g) => [g.id, g]));
  const placed: PlacedKreis[] = [];
  const unplaced: { entry: KreisEntry; reason: UnplacedReason }[] = [];
  const used = new Set<string>();
  for (const entry of entries) {
    const code = entry.region.code;
    const geometry = code === null ? undefined : byAgs.get(code);
    if (geometry && !used.has(geometry.id)) {
      placed.push({ entry, geometry });
      used.add(geometry.id);
    } else {
      const reason: UnplacedReason = entry.region.unnamed
        ? 'unnamed'
        : code === null
          ? 'noCode'
          : 'noBoundary';
      unplaced.push({ entry, reason });
    }
  }
  const orphans = inLand
    .filter((g) => !used.has(g.id))
    .map((g) => ({ ags: g.id, name: g.properties?.name ?? g.id }));
  return { placed, unplaced, orphans };
}

/** The number a Kreis is coloured and sorted by: its count, or FULL offers per 100,000 (null: no population). */
export function kreisValue(entry: KreisEntry, perCapita: boolean): number | null {
  return perCapita ? entry.perHundredThousand : entry.count;
}

/**
 * For topojson's `mesh`: whether the line between two boundaries (the same one twice on the outline of what is
 * drawn) is a border of a Land — the outline, or two Kreise whose AGS start with different Land codes.
 */
export function isLandBorder(a: KreisGeometry, b: KreisGeometry): boolean {
  return a === b || a.id.slice(0, 2) !== b.id.slice(0, 2);
}
