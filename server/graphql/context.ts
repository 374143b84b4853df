import type { Database } from '../db/database.ts';
import type { Logger } from '../logging/logger.ts';

/** What every resolver gets: the database owner, a logger bound to the request, and the request's id. */
export interface AtlasContext {
  readonly db: Database;
  readonly log: Logger;
  readonly requestId: string;
}
