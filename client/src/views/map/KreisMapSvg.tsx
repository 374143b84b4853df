// The map itself: the Kreise of one Land as SVG paths (d3-geo, a Mercator projection fitted to the Land), filled
// by value on the gap matrix's blue scale; Kreise without an offer are hatched, never told by colour alone. Each
// path's <title> names the Kreis and its value; the table below is the text alternative and the keyboard route.
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useMemo } from 'react';
import { feature } from 'topojson-client';
import { cellColour } from '../gaps/cell-colour.ts';
import type { KreisTopology } from './kreis-topology.ts';
import type { PlacedKreis } from './map-model.ts';

const WIDTH = 640;
const HEIGHT = 560;
const MARGIN = 8;
export const HATCH_ID = 'kreis-map-hatch';
/** Kreise with offers but no value per capita (no population recorded). */
export const NO_VALUE_FILL = '#d5dae1';

interface Props {
  readonly topology: KreisTopology;
  readonly placed: readonly PlacedKreis[];
  readonly value: (kreis: PlacedKreis) => number | null;
  readonly max: number;
  readonly title: (kreis: PlacedKreis) => string;
  readonly label: string;
  readonly onOpen: (kreisId: string) => void;
}

export function KreisMapSvg({ topology, placed, value, max, title, label, onOpen }: Props) {
  const paths = useMemo(() => {
    const features = placed.map(
      (kreis) => feature(topology, kreis.geometry) as Feature<Polygon | MultiPolygon>,
    );
    const collection: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features };
    const projection = geoMercator().fitExtent(
      [
        [MARGIN, MARGIN],
        [WIDTH - MARGIN, HEIGHT - MARGIN],
      ],
      collection,
    );
    const path = geoPath(projection);
    return features.map((f) => path(f) ?? '');
  }, [topology, placed]);

  return (
    <svg className="kreis-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <defs>
        <pattern
          id={HATCH_ID}
          patternUnits="userSpaceOnUse"
          width="6"
          height="6"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#8a94a3" strokeWidth="2.5" />
        </pattern>
      </defs>
      {placed.map((kreis, i) => {
        const v = value(kreis);
        const zero = kreis.entry.count === 0;
        const fill = zero ? `url(#${HATCH_ID})` : v === null ? NO_VALUE_FILL : cellColour(v, max).background;
        return (
          <path
            key={kreis.entry.region.id}
            className={zero ? 'kreis hatched' : 'kreis'}
            d={paths[i]}
            fill={fill}
            data-region={kreis.entry.region.id}
            data-ags={kreis.geometry.id}
            onClick={() => onOpen(kreis.entry.region.id)}
          >
            <title>{title(kreis)}</title>
          </path>
        );
      })}
    </svg>
  );
}
