import type { Database } from '../db/database.ts';
import { cypherFile } from '../db/cypher-file.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import type { Logger } from '../logging/logger.ts';
import { START_UP_DATASETS } from '../config/curated-dataset.ts';
import { formatReport } from '../import/format-report.ts';
import { runImport, systemAuthor } from '../import/run-import.ts';

const COUNT_ENTITIES = cypherFile('queries/count-entities');

export interface SeedSummary {
  readonly loaded: boolean;
  readonly reason: string;
}

/**
 * Loads the curated dataset and the reference regions (all German Kreise) through the normal import path: into
 * an empty database (ATLAS_SEED=auto, the default), on every start (always: re-importing changes only what
 * differs), or never.
 */
export async function seedOnStart(
  db: Database,
  mode: 'auto' | 'always' | 'never',
  log: Logger,
): Promise<SeedSummary> {
  if (mode === 'never') return { loaded: false, reason: 'ATLAS_SEED=never' };
  if (mode === 'auto') {
    const [row] = await db.read(COUNT_ENTITIES);
    if (Number(row?.entities ?? 0) > 0) return { loaded: false, reason: 'database already has data' };
  }
  const report = await runImport(db, START_UP_DATASETS, {
    allowDuplicates: true,
    author: systemAuthor('system:start-up'),
  });
  if (!report.ok) {
    throw new AppError(
      ErrorCode.INTERNAL_SERVER_ERROR,
      `The curated dataset does not import:\n${formatReport(report)}`,
    );
  }
  log.info('curated dataset loaded', { counts: report.counts });
  return { loaded: true, reason: 'curated dataset imported' };
}
