import type { Viewer } from '../auth/viewer.ts';
import type { ApiLimits, SiteSettings } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logging/logger.ts';
import type { Deadline } from './limits/deadline.ts';

/**
 * What every resolver gets: the database owner, a logger, the request's id, who is asking, the limits, and when
 * the request must stop. Resolvers validate, call the database through `db`, and map; they never see the driver.
 */
export interface AtlasContext {
  /** For an HTTP request, bound to `deadline` (Database.within): its transactions end by the deadline. */
  readonly db: Database;
  readonly log: Logger;
  readonly requestId: string;
  readonly viewer: Viewer;
  readonly limits: ApiLimits;
  /** The operator's settings for the public page (Query.site). */
  readonly site: SiteSettings;
  /**
   * The request's deadline, whose signal stops the resolvers (limits/execution-guard.ts) and the batch loaders.
   */
  readonly deadline: Deadline;
}
