// The real regions the synthetic data hangs on: the 16 Länder of the curated dataset and the 400 Kreise (399 in the
// reference file, Dortmund in the curated dataset), with population and type. Only their ids are written; the
// generator never adds or changes a real region.
import fs from 'node:fs';
import { CURATED_DATASET, KREISE_DE_REFERENCE } from '../../../server/config/curated-dataset.ts';
import { GEMEINDE_COUNTS } from './gemeinde-counts.ts';

export interface Land {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

export interface Kreis {
  readonly id: string;
  readonly code: string;
  /** The Destatis name, e.g. "Köln, Stadt". */
  readonly officialName: string;
  /** A short label for names: "Stadt Köln", "Kreis Recklinghausen". */
  readonly label: string;
  readonly land: Land;
  readonly population: number;
  readonly kreisfrei: boolean;
  /** Gemeinden in the Kreis (1 for a kreisfreie Stadt). */
  readonly gemeinden: number;
}

export interface Reference {
  readonly laender: readonly Land[];
  /** Sorted by AGS. */
  readonly kreise: readonly Kreis[];
}

interface RegionRow {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly country: string;
  readonly code: string | null;
  readonly population?: number | null;
  readonly note?: string | null;
}

const CITY_NOTES = ['Kreisfreie Stadt', 'Stadtkreis'];

export function loadReference(): Reference {
  const curated = readRegions(CURATED_DATASET);
  const laender = curated
    .filter((r) => r.country === 'DE' && r.level === 'land' && r.code !== null)
    .map((r) => ({ id: r.id, code: r.code!, name: r.name }))
    .sort((a, b) => a.code.localeCompare(b.code));
  const landByCode = new Map(laender.map((land) => [land.code, land]));
  const rows = [
    ...readRegions(KREISE_DE_REFERENCE),
    ...curated.filter((r) => r.country === 'DE' && r.level === 'kreis' && r.code !== null),
  ];
  const kreise = rows
    .map((row): Kreis => {
      const code = row.code!;
      const land = landByCode.get(code.slice(0, 2));
      if (!land) throw new Error(`Kreis ${row.id} has no Land`);
      if (typeof row.population !== 'number') throw new Error(`Kreis ${row.id} has no population`);
      const kreisfrei =
        CITY_NOTES.some((note) => row.note?.startsWith(note) === true) ||
        row.name.includes('kreisfreie Stadt');
      const base = row.name.split(',')[0]!.replace(/\s*\(kreisfreie Stadt\)$/, '');
      return {
        id: row.id,
        code,
        officialName: row.name,
        label: kreisfrei ? `Stadt ${base}` : labelOfKreis(base),
        land,
        population: row.population,
        kreisfrei,
        gemeinden: kreisfrei ? 1 : (GEMEINDE_COUNTS[code] ?? 1),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
  return { laender, kreise };
}

function labelOfKreis(name: string): string {
  return /kreis|region|verband/i.test(name) ? name : `Kreis ${name}`;
}

function readRegions(file: string): RegionRow[] {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { regions?: RegionRow[] };
  return doc.regions ?? [];
}
