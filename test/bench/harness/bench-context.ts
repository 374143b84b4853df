// What every benchmark suite gets from the runner (test/bench/run.ts): the database holding the curated data and
// one generated tier, a running atlas server over that database, and the run's options.
import type { Database } from '../../../server/db/database.ts';
import type { Neo4jConnection } from '../../../server/config/config.ts';
import type { TierName } from '../generator/tiers.ts';
import type { Result } from './report.ts';

export interface BenchContext {
  /** Counted rounds per comparison (at least 15 for a published run). */
  readonly rounds: number;
  /** A progress line (to stderr, so `--json` keeps stdout to the JSON object). */
  readonly say: (line: string) => void;
  /** The bench's own connection to the database the server uses. */
  readonly db: Database;
  /** How to open a second driver on the same database. */
  readonly connection: Neo4jConnection;
  /** The atlas server (a child process started as `npm start` starts it) serving this tier, e.g. http://127.0.0.1:4321. */
  readonly serverUrl: string;
  /** The tier the database holds besides the curated data. */
  readonly tier: TierName;
  /** A scratch folder, removed after the run. */
  readonly scratch: string;
}

export type Suite = (ctx: BenchContext) => Promise<Result[]>;
