// `npm run generate -- --tier L [--seed 1] [--out file.json]`: writes a synthetic document in the atlas import format
// (default /tmp/atlas-<tier>.json) and prints what the database will hold after importing it. Load it on top of the
// curated dataset and the reference Kreise, e.g. into an empty database:
//   npm run seed -- seed/curated/atlas.json seed/reference/kreise-de.json /tmp/atlas-L.json
// or, when they are loaded already (as after `npm start`): npm run seed -- /tmp/atlas-L.json
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countDocument } from './count.ts';
import { DEFAULT_SEED, generateTier } from './generate.ts';
import { isTierName, TIERS, TIER_NAMES, TOLERANCE } from './tiers.ts';
import { writeDocument } from './write.ts';

const USAGE = `Usage: npm run generate -- --tier S|M|L|XL [--seed N] [--out file.json]
${TIER_NAMES.map((name) => `  ${name.padEnd(2)}  ${TIERS[name].represents}`).join('\n')}`;

function main(): number {
  const { values } = parseArgs({
    options: {
      tier: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const tier = values.tier?.toUpperCase() ?? '';
  const seed = Number(values.seed);
  if (!isTierName(tier) || !Number.isSafeInteger(seed)) {
    console.error(USAGE);
    return 2;
  }
  const out = values.out ?? path.join(os.tmpdir(), `atlas-${tier}.json`);
  const started = performance.now();
  const doc = generateTier(tier, seed);
  const bytes = writeDocument(doc, out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const counts = countDocument(doc);
  const target = TIERS[tier].target;
  const within = (value: number, aim: number) =>
    Math.abs(value - aim) <= aim * TOLERANCE ? 'within ±15 %' : 'OUTSIDE ±15 %';
  console.log(`Tier ${tier}, seed ${seed}: ${out} (${(bytes / 1_048_576).toFixed(1)} MiB, ${seconds} s)`);
  console.log(
    `  nodes          ${counts.nodes} (target ${target.nodes}, ${within(counts.nodes, target.nodes)})`,
  );
  console.log(
    `  relationships  ${counts.relationships} (target ${target.relationships}, ${within(counts.relationships, target.relationships)}); plus ${counts.sourcedFrom} SOURCED_FROM`,
  );
  console.log(
    `  ${Object.entries(counts.byLabel)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `  ${Object.entries(counts.byType)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  return 0;
}

process.exitCode = main();
