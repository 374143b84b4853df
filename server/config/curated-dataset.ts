import path from 'node:path';
import { projectRoot } from './project-root.ts';

/** The curated dataset built from the seed documents (see seed/README.md); data, read like the cypher files. */
export const CURATED_DATASET = path.join(projectRoot, 'seed', 'curated', 'atlas.json');
