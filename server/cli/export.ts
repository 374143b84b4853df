// `npm run export -- --format json|csv|graphml|network [--out PATH] [--region ID] [--label Actor --label Measure]`
// JSON and GraphML go to one file (or stdout); CSV to a folder with one file per section; `network` is the GraphML
// of actors, programs and measures with sources, regions, topics and target groups as attributes.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { documentToGraph } from '../export/document-to-graph.ts';
import { readPart } from '../export/select-part.ts';
import { toCsvFiles } from '../export/to-csv.ts';
import { networkGraph } from '../export/network-graph.ts';
import { toGraphml } from '../export/to-graphml.ts';
import { toJson } from '../export/to-json.ts';
import { openDatabase } from './open-database.ts';
import { runCli } from './run-cli.ts';

const FORMATS = ['json', 'csv', 'graphml', 'network'] as const;
const USAGE =
  'Usage: npm run export -- --format json|csv|graphml|network [--out PATH] [--region REGION_ID] [--label LABEL …]';

runCli('export', async () => {
  const { values } = parseArgs({
    options: {
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      region: { type: 'string' },
      label: { type: 'string', multiple: true },
      help: { type: 'boolean', default: false },
    },
  });
  const format = values.format as (typeof FORMATS)[number];
  if (values.help || !FORMATS.includes(format)) {
    console.error(values.help ? USAGE : `Unknown format "${values.format}". ${USAGE}`);
    return values.help ? 0 : 2;
  }
  if (format === 'csv' && !values.out) {
    console.error('CSV export writes one file per section: give a folder with --out.');
    return 2;
  }
  // Progress goes to stderr so that `--format json > file` stays clean.
  const { db, close } = await openDatabase((line) => console.error(line));
  try {
    const doc = await readPart(db, { region: values.region, labels: values.label });
    if (format === 'csv') {
      fs.mkdirSync(values.out!, { recursive: true });
      for (const [name, content] of toCsvFiles(doc)) fs.writeFileSync(path.join(values.out!, name), content);
      console.error(`Wrote CSV files to ${values.out}.`);
      return 0;
    }
    const text =
      format === 'json'
        ? toJson(doc)
        : format === 'network'
          ? toGraphml(networkGraph(documentToGraph(doc)), { title: 'Integration Atlas: network' })
          : toGraphml(documentToGraph(doc), { title: 'Integration Atlas' });
    if (values.out) {
      fs.writeFileSync(values.out, text);
      console.error(`Wrote ${values.out}.`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  } finally {
    await close();
  }
});
