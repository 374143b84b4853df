// `npm run seed -- [--dry-run] [--allow-duplicates] [--replace-sources] [files or folders…]`: validates everything, then writes.
// Without files it loads what start-up seeding loads: the curated dataset and the reference Kreise.
import { parseArgs } from 'node:util';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { START_UP_DATASETS } from '../config/curated-dataset.ts';
import { formatReport } from '../import/format-report.ts';
import { runImport } from '../import/run-import.ts';
import { cliAuthor } from './cli-author.ts';
import { openDatabase } from './open-database.ts';
import { runCli } from './run-cli.ts';

const USAGE = `Usage: npm run seed -- [--dry-run] [--allow-duplicates] [--replace-sources] [file.json | file.csv | folder …]
  Without files: the curated dataset and the reference Kreise (${START_UP_DATASETS.join(', ')}).
  --replace-sources: the files' sources lists replace the stored ones (by default they are added to them).`;

/**
 * ATLAS_IMPORT_BATCH_ROWS: rows per batch transaction of a large import (default 2,000; imports of up to ten times
 * as many rows are one transaction). Lowered by tests to interrupt a batched import of a small file.
 */
function batchRows(value = process.env.ATLAS_IMPORT_BATCH_ROWS): number | undefined {
  if (value === undefined || value === '') return undefined;
  const rows = Number(value);
  if (!Number.isSafeInteger(rows) || rows < 1) {
    throw new AppError(
      ErrorCode.CONFIG_INVALID,
      `ATLAS_IMPORT_BATCH_ROWS must be a whole number of rows of at least 1, not "${value}".`,
    );
  }
  return rows;
}

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
  const rows = batchRows();
  const files = positionals.length > 0 ? positionals : [...START_UP_DATASETS];
  const say = (line: string) => console.log(line);
  const { db, close } = await openDatabase(say);
  try {
    const report = await runImport(db, files, {
      dryRun: values['dry-run'],
      allowDuplicates: values['allow-duplicates'],
      replaceSources: values['replace-sources'],
      author: cliAuthor(),
      ...(rows === undefined ? {} : { batchRows: rows }),
    });
    console.log(formatReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await close();
  }
});
