import type { Viewer } from '../auth/viewer.ts';
import type { ApiLimits } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logging/logger.ts';

/**
 * What every resolver gets: the database owner, a logger, the request's id, who is asking, and the limits.
 * Resolvers validate, call the database through `db`, and map; they never see the driver.
 */
export interface AtlasContext {
  readonly db: Database;
  readonly log: Logger;
  readonly requestId: string;
  readonly viewer: Viewer;
  readonly limits: ApiLimits;
}
