import path from 'node:path';
import { projectRoot } from './project-root.ts';

/** The curated dataset built from the seed documents (see seed/README.md); data, read like the cypher files. */
export const CURATED_DATASET = path.join(projectRoot, 'seed', 'curated', 'atlas.json');

/**
 * Reference regions: every German Kreis and kreisfreie Stadt with AGS, NUTS-3, population and area, generated from
 * the npm package `landkreise-deutschland` by `npm run reference:kreise` (docs/decisions.md). Imported after the
 * curated dataset, whose Länder, Regierungsbezirke and source it refers to.
 */
export const KREISE_DE_REFERENCE = path.join(projectRoot, 'seed', 'reference', 'kreise-de.json');

/** What start-up seeding and `npm run seed` without files import, in one audited import: the curated dataset and
 * the reference Kreise after it. */
export const START_UP_DATASETS: readonly string[] = [CURATED_DATASET, KREISE_DE_REFERENCE];
