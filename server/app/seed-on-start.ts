import type { Database } from '../db/database.ts';
import type { Logger } from '../logging/logger.ts';

export interface SeedSummary {
  readonly loaded: boolean;
  readonly reason: string;
}

/** Loads the curated dataset into an empty database (ATLAS_SEED=auto), always, or never. */
export function seedOnStart(
  _db: Database,
  mode: 'auto' | 'always' | 'never',
  _log: Logger,
): Promise<SeedSummary> {
  // The curated dataset and its importer arrive with the domain issue; until then there is nothing to load.
  return Promise.resolve({
    loaded: false,
    reason: mode === 'never' ? 'ATLAS_SEED=never' : 'no curated dataset yet',
  });
}
