// The matrices of a batch of regions: one statement for the offers of all of them, the matrix built in memory.
import { cypherFile } from '../../db/cypher-file.ts';
import type { Database } from '../../db/database.ts';
import { buildMatrix, type CoverageMatrix, type RegionOffer } from './matrix.ts';
import type { CoverageOptions } from './options.ts';
import { numberOrNull, records, text, texts } from './rows.ts';
import { loadVocabulary } from './vocabulary.ts';

const OFFERS = cypherFile('analysis/coverage-offers');

function toOffers(value: unknown): RegionOffer[] {
  return records(value).flatMap((o) => {
    const id = text(o.id);
    const via = text(o.via);
    if (id === null || via === null) return [];
    return [
      {
        id,
        coverage: o.coverage === 'FULL' ? 'FULL' : 'PARTIAL',
        via,
        topics: texts(o.topics),
        groups: texts(o.groups),
        umbrellas: texts(o.umbrellas),
      } satisfies RegionOffer,
    ];
  });
}

/** The matrix of each region id that names a region, by id (an unknown id is missing from the map). */
export async function regionCoverage(
  db: Database,
  regionIds: readonly string[],
  options: CoverageOptions,
): Promise<Map<string, CoverageMatrix>> {
  const [vocabulary, rows] = await Promise.all([
    loadVocabulary(db),
    db.read(OFFERS, {
      ids: regionIds,
      activeAt: options.at,
      statedOnly: options.statedOnly,
      fromAbove: options.fromAbove,
    }),
  ]);
  const matrices = new Map<string, CoverageMatrix>();
  for (const row of rows) {
    const regionId = text(row.id);
    if (regionId === null) continue;
    matrices.set(
      regionId,
      buildMatrix({
        regionId,
        population: numberOrNull(row.population),
        topics: vocabulary.topics,
        groups: vocabulary.groups,
        offers: toOffers(row.offers),
        rollUp: options.rollUp,
        dedupeParts: options.dedupeParts,
      }),
    );
  }
  return matrices;
}
