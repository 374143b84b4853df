// `npm run reference:kreise`: writes seed/reference/kreise-de.json from the installed package
// `landkreise-deutschland` and the regions of the curated dataset (server/cli/kreise-de.ts does the mapping).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { CURATED_DATASET, KREISE_DE_REFERENCE } from '../config/curated-dataset.ts';
import { kreiseReferenceText } from './kreise-de.ts';
import { runCli } from './run-cli.ts';

runCli('reference:kreise', () => {
  const require = createRequire(import.meta.url);
  const rows: unknown = require('landkreise-deutschland/data/districts.json');
  const curated: unknown = JSON.parse(fs.readFileSync(CURATED_DATASET, 'utf8'));
  fs.writeFileSync(KREISE_DE_REFERENCE, kreiseReferenceText(rows, curated));
  console.log(`wrote ${KREISE_DE_REFERENCE}`);
  return Promise.resolve(0);
});
