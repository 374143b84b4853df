import { describe, expect, it } from 'vitest';
import type { KreisGeometry, KreisTopology } from '../../../../../client/src/views/map/kreis-topology.ts';
import {
  areaChoices,
  GERMANY,
  isLandBorder,
  kreisValue,
  landOf,
  mapArea,
  placeKreise,
  type KreisEntry,
} from '../../../../../client/src/views/map/map-model.ts';

const geometry = (ags: string, name: string): KreisGeometry => ({
  type: 'Polygon',
  arcs: [[0]],
  id: ags,
  properties: { name },
});

const topology: KreisTopology = {
  type: 'Topology',
  arcs: [
    [
      [0, 0],
      [1, 0],
      [0, 1],
      [-1, -1],
    ],
  ],
  objects: {
    kreise: {
      type: 'GeometryCollection',
      geometries: [
        geometry('05111', 'Düsseldorf'),
        geometry('05913', 'Dortmund'),
        geometry('05999', 'Nowhere'),
        geometry('06411', 'Darmstadt'),
      ],
    },
  },
};

const entry = (
  id: string,
  code: string | null,
  count: number,
  extra: Partial<{ unnamed: boolean; perHundredThousand: number | null }> = {},
): KreisEntry => ({
  region: { id, name: id, code, unnamed: extra.unnamed ?? false },
  count,
  full: count,
  partial: 0,
  population: null,
  perHundredThousand: extra.perHundredThousand ?? null,
});

describe('landOf', () => {
  it('finds the German Land of a region id', () => {
    expect(landOf('de-05')).toBe('de-05');
    expect(landOf('de-059')).toBe('de-05');
    expect(landOf('de-05913')).toBe('de-05');
    expect(landOf('de-05913000')).toBe('de-05');
    expect(landOf('de-06-landkreis-doc-001')).toBe('de-06');
  });
  it('has none for Germany, Austria, no region and regions placed in no Land', () => {
    expect(landOf(null)).toBeNull();
    expect(landOf('de')).toBeNull();
    expect(landOf('at-1')).toBeNull();
    expect(landOf('de-landkreis-doc-004')).toBeNull();
    expect(landOf('de-5')).toBeNull();
  });
});

describe('mapArea', () => {
  it('is all Germany for de, else the Land of the region', () => {
    expect(GERMANY).toBe('de');
    expect(mapArea('de')).toBe('de');
    expect(mapArea('de-05')).toBe('de-05');
    expect(mapArea('de-05913')).toBe('de-05');
    expect(mapArea(null)).toBeNull();
    expect(mapArea('at')).toBeNull();
    expect(mapArea('at-1')).toBeNull();
    expect(mapArea('de-landkreis-doc-004')).toBeNull();
  });
});

describe('areaChoices', () => {
  it('offers Germany first, then the German Länder by name, nothing else', () => {
    const choices = areaChoices(
      [
        { id: 'de-09', name: 'Bayern' },
        { id: 'de-01', name: 'Schleswig-Holstein' },
        { id: 'de-08', name: 'Baden-Württemberg' },
        { id: 'at-1', name: 'Burgenland' },
        { id: 'de-landkreis-doc-004', name: 'Landkreis' },
      ],
      'Deutschland',
      'de',
    );
    expect(choices).toEqual([
      { id: 'de', label: 'Deutschland' },
      { id: 'de-08', label: 'Baden-Württemberg' },
      { id: 'de-09', label: 'Bayern' },
      { id: 'de-01', label: 'Schleswig-Holstein' },
    ]);
    expect(areaChoices([], 'Germany', 'en')).toEqual([{ id: 'de', label: 'Germany' }]);
  });
});

describe('placeKreise: the answer matched with the boundaries by AGS', () => {
  it('draws the Kreise with a boundary of the Land, in the answer order', () => {
    const result = placeKreise(
      [entry('de-05913', '05913', 5), entry('de-05111', '05111', 0)],
      topology,
      'de-05',
    );
    expect(result.placed.map((p) => [p.entry.region.id, p.geometry.id])).toEqual([
      ['de-05913', '05913'],
      ['de-05111', '05111'],
    ]);
    expect(result.unplaced).toEqual([]);
    // Boundaries of other Länder are never orphans of this one.
    expect(result.orphans).toEqual([{ ags: '05999', name: 'Nowhere' }]);
  });

  it('lists what cannot be placed, with the reason', () => {
    const unnamed = entry('de-05-landkreis-doc-9', null, 1, { unnamed: true });
    const noCode = entry('de-05-x', null, 2);
    const unknown = entry('de-05000', '05000', 0);
    const otherLand = entry('de-06411', '06411', 0);
    const twice = entry('de-05913-copy', '05913', 0);
    const result = placeKreise(
      [entry('de-05913', '05913', 5), unnamed, noCode, unknown, otherLand, twice],
      topology,
      'de-05',
    );
    expect(result.placed.map((p) => p.entry.region.id)).toEqual(['de-05913']);
    expect(result.unplaced.map((u) => [u.entry.region.id, u.reason])).toEqual([
      ['de-05-landkreis-doc-9', 'unnamed'],
      ['de-05-x', 'noCode'],
      ['de-05000', 'noBoundary'],
      ['de-06411', 'noBoundary'],
      ['de-05913-copy', 'noBoundary'],
    ]);
    expect(result.orphans.map((o) => o.ags)).toEqual(['05111', '05999']);
  });
});

describe('placeKreise for all Germany', () => {
  it('draws the Kreise of every Land; the orphans are the boundaries of any Land without a Kreis', () => {
    const unnamed = entry('de-landkreis-doc-004', null, 1, { unnamed: true });
    const result = placeKreise(
      [entry('de-06411', '06411', 2), entry('de-05913', '05913', 5), unnamed],
      topology,
      GERMANY,
    );
    expect(result.placed.map((p) => [p.entry.region.id, p.geometry.id])).toEqual([
      ['de-06411', '06411'],
      ['de-05913', '05913'],
    ]);
    expect(result.unplaced.map((u) => [u.entry.region.id, u.reason])).toEqual([
      ['de-landkreis-doc-004', 'unnamed'],
    ]);
    expect(result.orphans.map((o) => o.ags)).toEqual(['05111', '05999']);
  });
});

describe('isLandBorder', () => {
  const [duesseldorf, dortmund, , darmstadt] = topology.objects.kreise.geometries;
  it('is the outline and the lines between Kreise of different Länder, not those inside a Land', () => {
    expect(isLandBorder(dortmund!, dortmund!)).toBe(true);
    expect(isLandBorder(dortmund!, darmstadt!)).toBe(true);
    expect(isLandBorder(darmstadt!, duesseldorf!)).toBe(true);
    expect(isLandBorder(dortmund!, duesseldorf!)).toBe(false);
  });
});

describe('kreisValue', () => {
  it('is the count, or FULL offers per 100,000 with null for an unknown population', () => {
    expect(kreisValue(entry('a', '1', 3, { perHundredThousand: 0.5 }), false)).toBe(3);
    expect(kreisValue(entry('a', '1', 3, { perHundredThousand: 0.5 }), true)).toBe(0.5);
    expect(kreisValue(entry('a', '1', 3), true)).toBeNull();
  });
});
