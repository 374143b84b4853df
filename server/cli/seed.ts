// `npm run seed -- [--dry-run] [--allow-duplicates] [--replace-sources] [files or folders…]`: validates everything, then writes.
// Without files it loads what start-up seeding loads: the curated dataset and the reference Kreise.
import { parseArgs } from 'node:util';
import { START_UP_DATASETS } from '../config/curated-dataset.ts';
import { formatReport } from '../import/format-report.ts';
import { runImport } from '../import/run-import.ts';
import { cliAuthor } from './cli-author.ts';
import { openDatabase } from './open-database.ts';
import { runCli } from './run-cli.ts';

const USAGE = `Usage: npm run seed -- [--dry-run] [--allow-duplicates] [--replace-sources] [file.json | file.csv | folder …]
  Without files: the curated dataset and the reference Kreise (${START_UP_DATASETS.join(', ')}).
  --replace-sources: the files' sources lists replace the stored ones (by default they are added to them).`;

runCli('seed', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'allow-duplicates': { type: 'boolean', default: false },
      'replace-sources': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const files = positionals.length > 0 ? positionals : [...START_UP_DATASETS];
  const say = (line: string) => console.log(line);
  const { db, close } = await openDatabase(say);
  try {
    const report = await runImport(db, files, {
      dryRun: values['dry-run'],
      allowDuplicates: values['allow-duplicates'],
      replaceSources: values['replace-sources'],
      author: cliAuthor(),
    });
    console.log(formatReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await close();
  }
});
