import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import {
  CHANGES_SINCE_2016,
  landFeatures,
  prepareKreisBoundaries,
} from '../../../../../client/src/views/map/kreis-boundaries-build.ts';
import { kreisBoundariesJson } from '../../../../../client/src/views/map/kreis-boundaries-plugin.ts';
import type { KreisTopology } from '../../../../../client/src/views/map/kreis-topology.ts';
import { KREISE_DE_REFERENCE } from '../../../../../server/config/curated-dataset.ts';

/** A square Kreis (counter-clockwise, as RFC 7946 winds it). */
const square = (ags: string, name: string, x: number, gf = 4): Feature<Polygon> => ({
  type: 'Feature',
  properties: { AGS: ags, GEN: name, GF: gf },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [x, 50],
        [x + 1, 50],
        [x + 1, 51],
        [x, 51],
        [x, 50],
      ],
    ],
  },
});

describe('landFeatures', () => {
  it('flattens nested collections, keeps land areas (GF 4) and winds rings for d3-geo', () => {
    const features = landFeatures([
      square('05111', 'Düsseldorf', 6),
      {
        type: 'FeatureCollection',
        features: [square('01051', 'Dithmarschen', 8), square('01051', 'Watt', 8, 2)],
      },
    ]);
    expect(features.map((f) => [f.id, f.properties.name])).toEqual([
      ['05111', 'Düsseldorf'],
      ['01051', 'Dithmarschen'],
    ]);
    for (const f of features) expect(geoArea(f)).toBeLessThan(0.01);
  });
});

describe('prepareKreisBoundaries', () => {
  it('makes a quantised topology keyed by AGS and applies the later changes', () => {
    const raw = [
      square('03152', 'Göttingen', 9),
      square('03156', 'Osterode am Harz', 10),
      square('16063', 'Wartburgkreis', 11),
      square('16056', 'Eisenach', 12),
      square('05913', 'Dortmund', 7),
    ];
    const topo = prepareKreisBoundaries(raw);
    expect(topo.type).toBe('Topology');
    expect(topo.transform).toBeDefined();
    expect(topo.objects.kreise.geometries.map((g) => [g.id, g.properties.name])).toEqual([
      ['03159', 'Göttingen'],
      ['05913', 'Dortmund'],
      ['16063', 'Wartburgkreis'],
    ]);
    const goettingen = feature(
      topo as never,
      topo.objects.kreise.geometries[0] as never,
    ) as unknown as Feature;
    // Two unit squares side by side: one ring after the merger.
    expect(goettingen.geometry.type === 'Polygon' || goettingen.geometry.type === 'MultiPolygon').toBe(true);
    expect(geoArea(goettingen)).toBeCloseTo(2 * geoArea(landFeatures([square('x', 'x', 9)])[0]!), 6);
  });

  it('refuses data that lacks a Kreis a change needs', () => {
    expect(() => prepareKreisBoundaries([square('03152', 'Göttingen', 9)])).toThrow(/03159/);
  });

  it('from the npm package: one boundary per reference Kreis, small', { timeout: 60_000 }, () => {
    const json = kreisBoundariesJson();
    const topo = JSON.parse(json) as KreisTopology;
    const ids = topo.objects.kreise.geometries.map((g) => g.id);
    const reference = (
      JSON.parse(fs.readFileSync(KREISE_DE_REFERENCE, 'utf8')) as {
        regions: { code: string; level: string }[];
      }
    ).regions
      .filter((r) => r.level === 'kreis')
      .map((r) => r.code);
    // The reference holds 399 Kreise; Dortmund (05913) is in the curated dataset.
    expect(new Set(ids)).toEqual(new Set([...reference, '05913']));
    expect(ids).toHaveLength(400);
    for (const change of CHANGES_SINCE_2016) {
      expect(ids).toContain(change.into);
      for (const old of change.from.filter((c) => c !== change.into)) expect(ids).not.toContain(old);
    }
    expect(ids.filter((id) => id.startsWith('05'))).toHaveLength(53);
    // Every Kreis wound for d3-geo (a wrong winding would be the globe minus the Kreis).
    for (const g of topo.objects.kreise.geometries) {
      expect(geoArea(feature(topo as never, g as never) as unknown as Feature)).toBeLessThan(0.001);
    }
    expect(json.length).toBeLessThan(300_000);
    expect(gzipSync(json).length).toBeLessThan(100_000);
  });
});
