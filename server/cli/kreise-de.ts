// The German Kreise and kreisfreie Städte as reference regions: the district list of the npm package
// `landkreise-deutschland` (Destatis, as of 31.12.2018) → an import document, with the territorial changes since
// then applied. Pure, so the mapping is unit-tested; `npm run reference:kreise` writes seed/reference/kreise-de.json.
import { z } from 'zod';
import {
  atlasDocumentSchema,
  FORMAT_VERSION,
  type AtlasDocumentInput,
  type RegionRecord,
} from '../domain/atlas-document.ts';

/** One row of the package's `data/districts.json` (the fields used here). */
export interface DistrictRow {
  readonly AGS: string | number;
  readonly type: string;
  readonly name: string;
  readonly NUTS3: string;
  readonly area_km2: number;
  readonly population: number;
}

const districtRows = z.array(
  z.object({
    AGS: z.union([z.string(), z.number().int()]),
    type: z.string(),
    name: z.string(),
    NUTS3: z.string(),
    area_km2: z.number(),
    population: z.number().int(),
  }),
);

/**
 * The text of seed/reference/kreise-de.json: the package's district list (as parsed JSON) mapped against the
 * curated dataset (as parsed JSON), pretty-printed with 2 spaces like the curated file.
 */
export function kreiseReferenceText(packageRows: unknown, curatedDocument: unknown): string {
  const known = atlasDocumentSchema.parse(curatedDocument).regions;
  return `${JSON.stringify(kreiseDocument(districtRows.parse(packageRows), known), null, 2)}\n`;
}

/** The source every reference Kreis cites; defined in seed/curated/atlas.json next to `ref-official-codes`. */
export const KREISE_SOURCE_ID = 'ref-destatis-kreise-2018';
/** The day the package's population figures count (Destatis: Bevölkerungsstand 31.12.2018). */
export const KREISE_POPULATION_DATE = '2018-12-31';
/** The day the list was taken from the package and checked. */
export const KREISE_VERIFIED = '2026-11-30';

/** A Kreis merged into another after the list's date: its people and area are added to the one it joined. */
export interface Merger {
  readonly absorbed: string;
  readonly into: string;
  readonly on: string;
  readonly note: string;
}

/** Territorial changes of German Kreise between 31.12.2018 and the day of KREISE_VERIFIED (docs/decisions.md). */
export const MERGERS_SINCE_2018: readonly Merger[] = [
  {
    absorbed: '16056',
    into: '16063',
    on: '2021-07-01',
    note:
      'The kreisfreie Stadt Eisenach (16056) joined the Wartburgkreis on 1 July 2021; population and area are ' +
      'the sums of both on 31.12.2018.',
  },
];

/** The existing regions the mapping attaches to and must not duplicate: id and official code. */
export interface KnownRegion {
  readonly id: string;
  readonly code: string | null;
}

/**
 * The import document of all German Kreise: one region per district, part of its Regierungsbezirk where one of
 * the known regions has the district's first three AGS digits, else of its Land (first two). Districts that the
 * known regions already hold (same AGS) are left out, so the curated record stays the only one.
 */
export function kreiseDocument(
  rows: readonly DistrictRow[],
  known: readonly KnownRegion[],
  mergers: readonly Merger[] = MERGERS_SINCE_2018,
): AtlasDocumentInput {
  const byCode = new Map(known.filter((r) => r.code !== null).map((r) => [r.code, r.id]));
  const districts = new Map(rows.map((row) => [agsOf(row), row]));
  if (districts.size !== rows.length) throw new Error('the district list holds an AGS twice');
  const notes = new Map<string, string>();
  const totals = new Map(
    [...districts].map(([ags, row]) => [ags, { population: row.population, area: row.area_km2 }]),
  );
  for (const merger of mergers) {
    const absorbed = totals.get(merger.absorbed);
    const into = totals.get(merger.into);
    if (!absorbed || !into)
      throw new Error(`merger ${merger.absorbed} → ${merger.into}: a district is missing`);
    into.population += absorbed.population;
    into.area += absorbed.area;
    totals.delete(merger.absorbed);
    notes.set(merger.into, merger.note);
  }

  const regions: RegionRecord[] = [];
  for (const [ags, total] of totals) {
    if (byCode.has(ags)) continue;
    const row = districts.get(ags)!;
    const partOf = byCode.get(ags.slice(0, 3)) ?? byCode.get(ags.slice(0, 2));
    if (partOf === undefined) throw new Error(`district ${ags}: no known Land for its AGS`);
    regions.push({
      id: `de-${ags}`,
      name: row.name,
      level: 'kreis',
      country: 'DE',
      code: ags,
      partOf,
      unnamed: false,
      nuts3: row.NUTS3,
      population: total.population,
      populationDate: KREISE_POPULATION_DATE,
      // Two decimals as published; a sum of two areas can pick up a binary rounding tail otherwise.
      areaKm2: Math.round(total.area * 100) / 100,
      note: [`${row.type} (Destatis).`, notes.get(ags)].filter(Boolean).join(' '),
      sources: [KREISE_SOURCE_ID],
      lastVerified: KREISE_VERIFIED,
    });
  }
  regions.sort((a, b) => a.code!.localeCompare(b.code!));
  return { format: FORMAT_VERSION, regions };
}

/** The AGS with its leading zero: the package stores some as numbers (16056, but 5913 for "05913"). */
export function agsOf(row: DistrictRow): string {
  return String(row.AGS).padStart(5, '0');
}
