/** The work of one request did not finish within ATLAS_DEADLINE_MS. */
export class DeadlineExceededError extends Error {
  readonly deadlineMs: number;
  constructor(deadlineMs: number) {
    super(`The request did not finish within ${deadlineMs} ms (ATLAS_DEADLINE_MS).`);
    this.name = 'DeadlineExceededError';
    this.deadlineMs = deadlineMs;
  }
}

/**
 * Waits for `work` at most `deadlineMs`, then rejects with DeadlineExceededError. The work itself goes on (a
 * promise cannot be cancelled); what bounds it is the Neo4j transaction timeout, set from the same deadline.
 * Its late outcome is dropped, so a late failure is not an unhandled rejection.
 */
export function withDeadline<T>(work: Promise<T>, deadlineMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceededError(deadlineMs)), deadlineMs);
  });
  work.catch(() => undefined);
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
