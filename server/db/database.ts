import neo4j, {
  Neo4jError,
  type Driver,
  type ManagedTransaction,
  type Session,
  type SessionMode,
} from 'neo4j-driver';
import type { Neo4jConnection } from '../config/config.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { cypherFile, type CypherStatement } from './cypher-file.ts';
import { mapDatabaseError } from './map-database-error.ts';
import { toPlain } from './to-plain.ts';

const PING = cypherFile('db/ping');

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

/** Runs statements inside one transaction; what it runs commits together or not at all. */
export interface Transaction {
  run(statement: CypherStatement, params?: Params): Promise<Row[]>;
}

/**
 * The deadline of one request as the database sees it (server/graphql/limits/deadline.ts): statements started
 * after it are refused, a transaction gets only the time left as its timeout, so Neo4j ends it there, and one
 * still running when the request is stopped earlier (the run-time cost meter) is ended then.
 */
export interface StatementDeadline {
  /** Aborted once the request must stop. */
  readonly signal: AbortSignal;
  /** Milliseconds left; 0 or less once the deadline has passed. */
  remainingMs(): number;
  /** Throws why the request was stopped: its deadline passed, or it was stopped for another reason. */
  throwIfStopped(): void;
}

/** What one request's transactions ran: statements and their time (the Server-Timing header reports it). */
export interface StatementMeter {
  statements: number;
  ms: number;
}

export interface ServerInfo {
  readonly address: string;
  readonly agent: string;
  readonly protocolVersion: string;
}

/**
 * The one owner of the Neo4j driver. Reads go through read transactions (a cluster routes them to readers),
 * writes through write transactions; both retry transient errors, so every write must be idempotent.
 * Results come back as plain rows; database errors come back as AppErrors.
 */
export class Database {
  readonly #driver: Driver;
  /** Sessions opened and not yet closed, shared by the driver's owner and every request's view of it. */
  readonly #sessions: { open: number };
  readonly #database: string;
  readonly #txTimeoutMs: number;
  readonly #deadline: StatementDeadline | undefined;
  readonly #meter: StatementMeter | undefined;

  private constructor(
    driver: Driver,
    sessions: { open: number },
    database: string,
    txTimeoutMs: number,
    deadline?: StatementDeadline,
    meter?: StatementMeter,
  ) {
    this.#driver = driver;
    this.#sessions = sessions;
    this.#database = database;
    this.#txTimeoutMs = txTimeoutMs;
    this.#deadline = deadline;
    this.#meter = meter;
  }

  /** Connects and verifies within the connect timeout, so a wrong URI or password fails fast and clearly. */
  static async connect(conn: Neo4jConnection, txTimeoutMs = 30_000): Promise<Database> {
    // No password: a server without auth (NEO4J_URI set without NEO4J_PASSWORD).
    const auth = conn.password === undefined ? undefined : neo4j.auth.basic(conn.user, conn.password);
    const driver = neo4j.driver(conn.uri, auth, {
      connectionTimeout: conn.connectTimeoutMs,
      connectionAcquisitionTimeout: conn.connectTimeoutMs,
      maxTransactionRetryTime: conn.connectTimeoutMs,
      disableLosslessIntegers: false,
      userAgent: 'integration-atlas/0.1',
    });
    try {
      await driver.verifyConnectivity({ database: conn.database });
      await driver.executeQuery(PING.text, {}, { database: conn.database });
    } catch (err) {
      await driver.close();
      const mapped = mapDatabaseError(err);
      const where = `Neo4j at ${conn.uri} (database ${conn.database})`;
      if (mapped.code === ErrorCode.DATABASE_AUTH_FAILED) {
        throw new AppError(
          mapped.code,
          `${where} refused user "${conn.user}": check NEO4J_USER and NEO4J_PASSWORD.`,
        );
      }
      if (mapped.code === ErrorCode.DATABASE_UNAVAILABLE) {
        throw new AppError(
          mapped.code,
          `${where} is not reachable: check NEO4J_URI, or unset it to start a local Neo4j.`,
        );
      }
      throw new AppError(mapped.code, `${where}: ${mapped.message}`);
    }
    return new Database(driver, { open: 0 }, conn.database, txTimeoutMs);
  }

  /**
   * The same driver for one request: every transaction it opens ends by the request's deadline; `meter`, when
   * given, counts the statements run in transactions and their time.
   */
  within(deadline: StatementDeadline, meter?: StatementMeter): Database {
    return new Database(this.#driver, this.#sessions, this.#database, this.#txTimeoutMs, deadline, meter);
  }

  read(statement: CypherStatement, params: Params = {}): Promise<Row[]> {
    return this.#inTransaction('READ', (tx) => tx.run(statement, params));
  }

  write(statement: CypherStatement, params: Params = {}): Promise<Row[]> {
    return this.#inTransaction('WRITE', (tx) => tx.run(statement, params));
  }

  /** Several statements, all-or-nothing. The work function may be retried, so it must not have side effects. */
  writeTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.#inTransaction('WRITE', work);
  }

  readTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.#inTransaction('READ', work);
  }

  /**
   * Runs a statement that batches itself (`CALL { … } IN TRANSACTIONS`), which Neo4j only allows outside an
   * explicit transaction. Not retried, so it must be safe to run again after a failure.
   */
  async runBatched(statement: CypherStatement, params: Params = {}): Promise<Row[]> {
    const timeout = this.#timeoutMs(this.#txTimeoutMs * 10);
    const session = this.#openSession(neo4j.session.WRITE);
    const release = this.#endOnStop(session);
    try {
      const result = await session.run(statement.text, params, { timeout });
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (err) {
      this.#deadline?.throwIfStopped();
      throw mapDatabaseError(err);
    } finally {
      release();
      await this.#closeSession(session);
    }
  }

  /** Plans a statement without running it: the contract test proves every file parses and plans. */
  async explain(statement: CypherStatement, params: Params = {}): Promise<void> {
    const session = this.#openSession(neo4j.session.READ);
    try {
      await session.run(`EXPLAIN ${statement.text}`, params);
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      await this.#closeSession(session);
    }
  }

  /**
   * Sessions open right now, across every request: each statement's session is closed when it ends, however it
   * ends, so this is back to 0 whenever no statement runs (the fault tests check it after a database outage).
   */
  get openSessions(): number {
    return this.#sessions.open;
  }

  async serverInfo(): Promise<ServerInfo> {
    const info = await this.#driver.getServerInfo({ database: this.#database });
    return {
      address: info.address ?? '',
      agent: info.agent ?? '',
      protocolVersion: String(info.protocolVersion ?? ''),
    };
  }

  close(): Promise<void> {
    // The driver belongs to the Database connect() made; a request's view must not end it for every request.
    if (this.#deadline) return Promise.reject(new Error('A request-bound Database cannot close the driver.'));
    return this.#driver.close();
  }

  /**
   * The transaction timeout: at most `limit`, and for a request only the time it has left — not a fresh full
   * timeout per transaction, which would let a request with many of them run for many deadlines. Throws the
   * request's stop reason instead when there is no time left, before a session is even opened.
   */
  #timeoutMs(limit: number): number {
    if (!this.#deadline) return limit;
    this.#deadline.throwIfStopped();
    // Rounded up: Neo4j reads a timeout of 0 as "no timeout".
    return Math.max(1, Math.min(limit, Math.ceil(this.#deadline.remainingMs())));
  }

  #openSession(mode: SessionMode): Session {
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: mode });
    this.#sessions.open += 1;
    return session;
  }

  async #closeSession(session: Session): Promise<void> {
    try {
      await session.close();
    } finally {
      this.#sessions.open -= 1;
    }
  }

  /**
   * Closes the session when the request is stopped while it runs: the driver then ends the transaction in Neo4j
   * at once (rolled back), instead of letting it run to its timeout. Returns the function that stops listening.
   */
  #endOnStop(session: Session): () => void {
    const signal = this.#deadline?.signal;
    if (!signal) return () => undefined;
    const end = () => void session.close().catch(() => undefined);
    signal.addEventListener('abort', end, { once: true });
    return () => signal.removeEventListener('abort', end);
  }

  async #inTransaction<T>(mode: SessionMode, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const config = { timeout: this.#timeoutMs(this.#txTimeoutMs) };
    const session = this.#openSession(mode);
    const release = this.#endOnStop(session);
    const deadline = this.#deadline;
    const meter = this.#meter;
    const wrap = (tx: ManagedTransaction): Transaction => ({
      run: async (statement, params = {}) => {
        // A transaction of several statements (or a retry) starts no new one once the request is stopped.
        deadline?.throwIfStopped();
        const started = performance.now();
        try {
          const result = await tx.run(statement.text, params);
          return result.records.map((r) => toPlain(r.toObject()) as Row);
        } finally {
          if (meter) {
            meter.statements += 1;
            meter.ms += performance.now() - started;
          }
        }
      },
    });
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(wrap(tx)), config)
        : await session.executeWrite((tx) => work(wrap(tx)), config);
    } catch (err) {
      // A transaction Neo4j ended at the deadline, or we ended at a stop, reports as the stop's reason.
      deadline?.throwIfStopped();
      // Errors thrown by the work function itself (validation, a deliberate abort) pass through unchanged.
      throw isDriverError(err) ? mapDatabaseError(err) : err;
    } finally {
      release();
      await this.#closeSession(session);
    }
  }
}

function isDriverError(err: unknown): boolean {
  return err instanceof Neo4jError;
}
