// `npm run seed -- [--dry-run] [--allow-duplicates] [files or folders…]`: validates everything, then writes.
// Without files it loads the curated dataset.
import { parseArgs } from 'node:util';
import { CURATED_DATASET } from '../config/curated-dataset.ts';
import { formatReport } from '../import/format-report.ts';
import { runImport } from '../import/run-import.ts';
import { cliAuthor } from './cli-author.ts';
import { openDatabase } from './open-database.ts';
import { runCli } from './run-cli.ts';

const USAGE = `Usage: npm run seed -- [--dry-run] [--allow-duplicates] [file.json | file.csv | folder …]
  Without files: the curated dataset (${CURATED_DATASET}).`;

runCli('seed', async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      'allow-duplicates': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const files = positionals.length > 0 ? positionals : [CURATED_DATASET];
  const say = (line: string) => console.log(line);
  const { db, close } = await openDatabase(say);
  try {
    const report = await runImport(db, files, {
      dryRun: values['dry-run'],
      allowDuplicates: values['allow-duplicates'],
      author: cliAuthor(),
    });
    console.log(formatReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await close();
  }
});
