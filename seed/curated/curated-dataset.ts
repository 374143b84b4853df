import path from 'node:path';

/** The curated dataset built from the seed documents (see seed/README.md). */
export const CURATED_DATASET = path.join(import.meta.dirname, 'atlas.json');
