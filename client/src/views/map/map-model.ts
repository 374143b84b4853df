// The Kreis map's pure parts: which Land a region lies in, and the matching of the API's Kreise with the
// boundaries by AGS — what is drawn, and what cannot be placed on the map.
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
  /** Boundaries in the Land with no Kreis of that AGS in the answer, by AGS. */
  readonly orphans: readonly { readonly ags: string; readonly name: string }[];
}

/** The AGS of a Land id (`de-05` → `05`); the boundaries of the Land are those whose AGS starts with it. */
const landCode = (land: string) => land.slice('de-'.length);

export function placeKreise(
  entries: readonly KreisEntry[],
  topology: KreisTopology,
  land: string,
): KreisPlacement {
  const prefix = landCode(land);
  const inLand = topology.objects.kreise.geometries.filter((g) => g.id.startsWith(prefix));
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
