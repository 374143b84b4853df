import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type SessionMode } from 'neo4j-driver';
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
  readonly #database: string;
  readonly #txTimeoutMs: number;

  private constructor(driver: Driver, database: string, txTimeoutMs: number) {
    this.#driver = driver;
    this.#database = database;
    this.#txTimeoutMs = txTimeoutMs;
  }

  /** Connects and verifies within the connect timeout, so a wrong URI or password fails fast and clearly. */
  static async connect(conn: Neo4jConnection, txTimeoutMs = 30_000): Promise<Database> {
    // No password: the local embedded server, which runs without auth on loopback only.
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
    return new Database(driver, conn.database, txTimeoutMs);
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
    const session = this.#driver.session({
      database: this.#database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      const result = await session.run(statement.text, params, { timeout: this.#txTimeoutMs * 10 });
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      await session.close();
    }
  }

  /** Plans a statement without running it: the contract test proves every file parses and plans. */
  async explain(statement: CypherStatement, params: Params = {}): Promise<void> {
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(`EXPLAIN ${statement.text}`, params);
    } catch (err) {
      throw mapDatabaseError(err);
    } finally {
      await session.close();
    }
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
    return this.#driver.close();
  }

  async #inTransaction<T>(mode: SessionMode, work: (tx: Transaction) => Promise<T>): Promise<T> {
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: mode });
    const config = { timeout: this.#txTimeoutMs };
    const wrap = (tx: ManagedTransaction): Transaction => ({
      run: async (statement, params = {}) => {
        const result = await tx.run(statement.text, params);
        return result.records.map((r) => toPlain(r.toObject()) as Row);
      },
    });
    try {
      return mode === 'READ'
        ? await session.executeRead((tx) => work(wrap(tx)), config)
        : await session.executeWrite((tx) => work(wrap(tx)), config);
    } catch (err) {
      // Errors thrown by the work function itself (validation, a deliberate abort) pass through unchanged.
      throw isDriverError(err) ? mapDatabaseError(err) : err;
    } finally {
      await session.close();
    }
  }
}

function isDriverError(err: unknown): boolean {
  return err instanceof Neo4jError;
}
