import { setMaxListeners } from 'node:events';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors/error-codes.ts';
import { limitDetails } from './limit-error.ts';

/**
 * The work of one request did not finish within ATLAS_DEADLINE_MS. A GraphQL error located at the root (`path`
 * set), because every field that is still pending when a request stops throws this one object: graphql-js
 * passes a located error up as it is, instead of building a new one for each of possibly thousands of fields.
 */
export class DeadlineExceededError extends GraphQLError {
  readonly deadlineMs: number;
  constructor(deadlineMs: number) {
    super(`The request did not finish within ${deadlineMs} ms (ATLAS_DEADLINE_MS).`, {
      path: [],
      extensions: {
        code: ErrorCode.LIMIT_EXCEEDED,
        ...limitDetails('deadlineMs', deadlineMs),
        // 504: the time ran out on the server's side; not 408, which would blame the client for sending slowly.
        http: { status: 504, headers: new HeaderMap() },
      },
    });
    this.name = 'DeadlineExceededError';
    this.deadlineMs = deadlineMs;
  }
}

/**
 * When one request must stop: `deadlineMs` after it started, or earlier when something stops it (the run-time
 * cost meter, execution-guard.ts). It reaches the resolvers (the guard), the batch loaders and the database
 * (Database.within), so the work ends with the answer instead of going on unanswered: what has not started is
 * refused, a Neo4j transaction gets only the time that is left and is ended when the request is stopped.
 */
export class Deadline {
  readonly deadlineMs: number;
  readonly #endsAt: number;
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;

  /** `startedAt` is when the request began, on the `performance.now()` clock; by default now. */
  constructor(deadlineMs: number, startedAt = performance.now()) {
    this.deadlineMs = deadlineMs;
    this.#endsAt = startedAt + deadlineMs;
    // Each running transaction of the request listens (Database.within): dozens at once are no leak.
    setMaxListeners(0, this.#controller.signal);
    this.#timer = setTimeout(() => this.#expire(), Math.max(0, this.remainingMs()));
  }

  /** Aborted, with the reason as `reason`, once the request must stop. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Milliseconds left; 0 or less once the deadline has passed. */
  remainingMs(): number {
    return this.#endsAt - performance.now();
  }

  /** Stops the request for another reason than time; the first reason given stays. */
  stop(reason: Error): void {
    if (!this.signal.aborted) this.#controller.abort(reason);
  }

  /**
   * Throws why the request was stopped. Reads the clock too: the timer cannot fire while JavaScript runs, so
   * work that never waits (resolving a large tree from cached data) would otherwise outlive its deadline.
   */
  throwIfStopped(): void {
    if (!this.signal.aborted && this.remainingMs() <= 0) this.#expire();
    this.signal.throwIfAborted();
  }

  /** Waits for `work` until the request is stopped, then rejects with the reason; a late outcome is dropped. */
  race<T>(work: Promise<T>): Promise<T> {
    work.catch(() => undefined);
    if (this.signal.aborted) return Promise.reject(this.signal.reason as Error);
    return new Promise<T>((resolve, reject) => {
      const stopped = () => reject(this.signal.reason as Error);
      this.signal.addEventListener('abort', stopped, { once: true });
      work.then(resolve, reject).finally(() => this.signal.removeEventListener('abort', stopped));
    });
  }

  /** Ends the timer once the request has its answer. */
  dispose(): void {
    clearTimeout(this.#timer);
  }

  #expire(): void {
    this.stop(new DeadlineExceededError(this.deadlineMs));
  }
}
