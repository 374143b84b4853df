// The shape of the prepared Kreis boundaries (kreis-boundaries-data.ts, filled at build time): a TopoJSON topology with one object,
// `kreise`, whose geometries carry the AGS as `id` and the boundary data's name.
import type {
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';

/** What each boundary carries besides its AGS (the geometry's `id`). */
export interface KreisProperties {
  /** The name in the boundary data (BKG `GEN`), e.g. `Dortmund`. */
  readonly name: string;
}

export type KreisGeometry = (TopoPolygon<KreisProperties> | TopoMultiPolygon<KreisProperties>) & {
  id: string;
  properties: KreisProperties;
};

export interface KreisTopology extends Omit<Topology, 'objects'> {
  readonly objects: { kreise: { type: 'GeometryCollection'; geometries: KreisGeometry[] } };
}
