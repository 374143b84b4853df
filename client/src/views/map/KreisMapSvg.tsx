// The map itself: the Kreise of one Land or of all Germany as SVG paths (d3-geo, a Mercator projection fitted to
// them, the drawing as tall as their shape needs, at most three quarters of the window), filled by value on the gap
// matrix's blue scale; Kreise without an offer are hatched, never told by colour alone. The borders of the Länder
// (and the outline) are one more path, drawn thicker on top (topojson's mesh of the lines between Kreise of
// different Länder). Each Kreis's <title> names it and its value; the table below is the text alternative and the
// keyboard route. The shapes are computed once per set of Kreise, and the component re-renders only when its
// inputs change (hover is CSS).
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { memo, useMemo } from 'react';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { cellColour } from '../gaps/cell-colour.ts';
import type { KreisGeometry, KreisTopology } from './kreis-topology.ts';
import { isLandBorder, type PlacedKreis } from './map-model.ts';

const WIDTH = 640;
/** The tallest drawing (all Germany is about 1.35 times as tall as wide in this projection). */
const MAX_HEIGHT = 800;
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

interface Drawing {
  readonly viewBox: string;
  /** Width over height of the drawing. */
  readonly aspect: number;
  readonly paths: readonly string[];
  readonly borders: string;
}

function draw(topology: KreisTopology, placed: readonly PlacedKreis[]): Drawing {
  const features = placed.map(
    (kreis) => feature(topology, kreis.geometry) as Feature<Polygon | MultiPolygon>,
  );
  const collection: FeatureCollection<Polygon | MultiPolygon> = { type: 'FeatureCollection', features };
  const projection = geoMercator().fitExtent(
    [
      [MARGIN, MARGIN],
      [WIDTH - MARGIN, MAX_HEIGHT - MARGIN],
    ],
    collection,
  );
  const path = geoPath(projection);
  const [[x0, y0], [x1, y1]] = path.bounds(collection);
  const box = [x0 - MARGIN, y0 - MARGIN, x1 - x0 + 2 * MARGIN, y1 - y0 + 2 * MARGIN].map((n) =>
    Number.isFinite(n) ? Math.round(n) : 0,
  );
  const drawn: GeometryCollection = {
    type: 'GeometryCollection',
    geometries: placed.map((kreis) => kreis.geometry),
  };
  const borders = mesh(topology, drawn, (a, b) => isLandBorder(a as KreisGeometry, b as KreisGeometry));
  return {
    viewBox: box.join(' '),
    aspect: box[3]! > 0 ? box[2]! / box[3]! : 1,
    paths: features.map((f) => path(f) ?? ''),
    borders: path(borders) ?? '',
  };
}

export const KreisMapSvg = memo(function KreisMapSvg({
  topology,
  placed,
  value,
  max,
  title,
  label,
  onOpen,
}: Props) {
  const drawing = useMemo(() => draw(topology, placed), [topology, placed]);
  return (
    <svg
      className="kreis-map"
      viewBox={drawing.viewBox}
      // A tall drawing (all Germany) no taller than three quarters of the window, so it is seen whole.
      style={{ maxWidth: `calc(75vh * ${drawing.aspect.toFixed(3)})` }}
      role="img"
      aria-label={label}
    >
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
            d={drawing.paths[i]}
            fill={fill}
            data-region={kreis.entry.region.id}
            data-ags={kreis.geometry.id}
            onClick={() => onOpen(kreis.entry.region.id)}
          >
            <title>{title(kreis)}</title>
          </path>
        );
      })}
      <path className="land-borders" d={drawing.borders} aria-hidden="true" />
    </svg>
  );
});
