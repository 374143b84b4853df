import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { kreiseDocument, kreiseReferenceText, type DistrictRow } from '../../../server/cli/kreise-de.ts';
import { CURATED_DATASET, KREISE_DE_REFERENCE } from '../../../server/config/curated-dataset.ts';
import { atlasDocumentSchema, regionSchema } from '../../../server/domain/atlas-document.ts';
import { convertCell } from '../../../server/parse/csv-cells.ts';

const known = [
  { id: 'de-05', code: '05' },
  { id: 'de-059', code: '059' },
  { id: 'de-05913', code: '05913' },
  { id: 'de-16', code: '16' },
  { id: 'de-landkreis-doc-004', code: null },
];
const row = (AGS: string | number, name: string, population: number, area: number): DistrictRow => ({
  AGS,
  type: 'Landkreis',
  name,
  NUTS3: `DE${String(AGS).slice(-3)}`,
  area_km2: area,
  population,
});

describe('kreiseDocument (package rows → import document)', () => {
  const rows = [
    row('05913', 'Dortmund, Stadt', 587010, 280.71),
    row('05978', 'Unna', 394782, 543.21),
    row(16056, 'Eisenach, Stadt', 42370, 104.17),
    row(16063, 'Wartburgkreis', 123025, 1307.44),
  ];
  const doc = atlasDocumentSchema.parse(kreiseDocument(rows, known));
  const byId = new Map(doc.regions.map((r) => [r.id, r]));

  it('makes a kreis per district with AGS, NUTS-3, population, date, area and source', () => {
    expect(byId.get('de-05978')).toEqual({
      id: 'de-05978',
      name: 'Unna',
      level: 'kreis',
      country: 'DE',
      code: '05978',
      partOf: 'de-059',
      unnamed: false,
      nuts3: 'DE978',
      population: 394782,
      populationDate: '2018-12-31',
      areaKm2: 543.21,
      note: 'Landkreis (Destatis).',
      sources: ['ref-destatis-kreise-2018'],
      lastVerified: '2026-11-30',
    });
  });

  it('puts a Kreis under its Regierungsbezirk where one is known, else under its Land', () => {
    expect(byId.get('de-05978')?.partOf).toBe('de-059');
    expect(byId.get('de-16063')?.partOf).toBe('de-16');
  });

  it('leaves out the districts the known regions already hold', () => {
    expect(byId.has('de-05913')).toBe(false);
  });

  it('merges Eisenach into the Wartburgkreis: sums of people and area, with a note', () => {
    expect(byId.has('de-16056')).toBe(false);
    const wartburg = byId.get('de-16063')!;
    expect(wartburg.population).toBe(123025 + 42370);
    expect(wartburg.areaKm2).toBe(1411.61);
    expect(wartburg.note).toContain('Eisenach (16056) joined the Wartburgkreis on 1 July 2021');
  });

  it('refuses a district whose Land is unknown', () => {
    expect(() => kreiseDocument([row('03101', 'Braunschweig, Stadt', 1, 1)], known, [])).toThrow(/03101/);
  });
});

describe('the installed package and the committed reference file', () => {
  const packageRows: unknown = createRequire(import.meta.url)('landkreise-deutschland/data/districts.json');
  const curated: unknown = JSON.parse(fs.readFileSync(CURATED_DATASET, 'utf8'));

  it('seed/reference/kreise-de.json is exactly what the generator makes of the package', () => {
    expect(fs.readFileSync(KREISE_DE_REFERENCE, 'utf8')).toBe(kreiseReferenceText(packageRows, curated));
  });

  it('holds 399 Kreise, which with the curated Dortmund make all 400 German Kreise', () => {
    const regions = atlasDocumentSchema.parse(JSON.parse(kreiseReferenceText(packageRows, curated))).regions;
    expect(packageRows).toHaveLength(401);
    expect(regions).toHaveLength(399);
    expect(new Set(regions.map((r) => r.code)).size).toBe(399);
    expect(regions.every((r) => r.population !== null && r.nuts3 !== null)).toBe(true);
  });

  it('the curated Dortmund carries the package facts and cites the same source', () => {
    const dortmund = atlasDocumentSchema.parse(curated).regions.find((r) => r.id === 'de-05913')!;
    expect(dortmund).toMatchObject({
      code: '05913',
      nuts3: 'DEA52',
      population: 587010,
      populationDate: '2018-12-31',
      areaKm2: 280.71,
    });
    expect(dortmund.sources).toContain('ref-destatis-kreise-2018');
  });
});

describe('region statistics fields', () => {
  const base = {
    id: 'de-05978',
    name: 'Unna',
    level: 'kreis',
    country: 'DE',
    partOf: 'de-059',
    sources: ['s'.repeat(2)],
    lastVerified: '2026-11-30',
  };
  it.each([
    [{ population: -1 }, 'population'],
    [{ population: 12.5 }, 'population'],
    [{ areaKm2: -3 }, 'areaKm2'],
    [{ nuts3: 'DEa52' }, 'nuts3'],
    [{ nuts3: 'DEA5' }, 'nuts3'],
    [{ nuts3: 'FR101' }, 'nuts3'],
    [{ populationDate: '31.12.2018' }, 'populationDate'],
  ])('refuses %o', (fields, field) => {
    const result = regionSchema.safeParse({ ...base, ...fields });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });
  it('accepts the fields and leaves absent ones null', () => {
    expect(regionSchema.parse({ ...base, nuts3: 'DEA5C', population: 0, areaKm2: 1.5 })).toMatchObject({
      nuts3: 'DEA5C',
      population: 0,
      areaKm2: 1.5,
      populationDate: null,
    });
    expect(regionSchema.parse(base)).toMatchObject({ nuts3: null, population: null, areaKm2: null });
  });
  it('reads numbers from CSV cells and refuses German notation', () => {
    expect(convertCell('population', '587010')).toEqual({ value: 587010 });
    expect(convertCell('areaKm2', '280.71')).toEqual({ value: 280.71 });
    expect(convertCell('areaKm2', '280,71')).toHaveProperty('error');
    expect(convertCell('population', '')).toEqual({ value: null });
  });
});
