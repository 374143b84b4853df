import { describe, expect, it } from 'vitest';
import { Deadline, DeadlineExceededError } from '../../../../server/graphql/limits/deadline.ts';

/** Races `work` against a fresh deadline, as the HTTP exports do. */
function withDeadline<T>(work: Promise<T>, deadlineMs: number): Promise<T> {
  const deadline = new Deadline(deadlineMs);
  return deadline.race(work).finally(() => deadline.dispose());
}

describe('Deadline.race', () => {
  it('gives up on work that never finishes', async () => {
    await expect(withDeadline(new Promise(() => undefined), 30)).rejects.toBeInstanceOf(
      DeadlineExceededError,
    );
  });

  it('passes on what finishes in time, success or failure', async () => {
    await expect(withDeadline(Promise.resolve(42), 1000)).resolves.toBe(42);
    await expect(withDeadline(Promise.reject(new Error('boom')), 1000)).rejects.toThrow('boom');
  });

  it('drops a failure that comes after the deadline', async () => {
    const late = new Promise((_resolve, reject) => setTimeout(() => reject(new Error('late')), 40));
    await expect(withDeadline(late, 10)).rejects.toBeInstanceOf(DeadlineExceededError);
    // An unhandled rejection would fail the test run when the late failure arrives.
    await new Promise((resolve) => setTimeout(resolve, 60));
  });
});

describe('Deadline', () => {
  it('notices by the clock that its time has passed, without waiting for its timer', () => {
    const deadline = new Deadline(50, performance.now() - 60);
    try {
      // No turn of the event loop in between: only the clock can tell.
      expect(() => deadline.throwIfStopped()).toThrow(DeadlineExceededError);
      expect(deadline.signal.aborted).toBe(true);
      expect(deadline.remainingMs()).toBeLessThanOrEqual(0);
    } finally {
      deadline.dispose();
    }
  });

  it('lets a request with time left go on', () => {
    const deadline = new Deadline(60_000);
    try {
      expect(() => deadline.throwIfStopped()).not.toThrow();
      expect(deadline.signal.aborted).toBe(false);
      expect(deadline.remainingMs()).toBeGreaterThan(0);
    } finally {
      deadline.dispose();
    }
  });

  it('aborts its signal when the timer fires, with DeadlineExceededError as the reason', async () => {
    const deadline = new Deadline(5);
    await new Promise((resolve) => deadline.signal.addEventListener('abort', resolve, { once: true }));
    expect(deadline.signal.reason).toBeInstanceOf(DeadlineExceededError);
  });

  it('stops for another reason on demand; the first reason stays', async () => {
    const deadline = new Deadline(60_000);
    const first = new Error('first');
    const waiting = deadline.race(new Promise(() => undefined));
    deadline.stop(first);
    deadline.stop(new Error('second'));
    await expect(waiting).rejects.toBe(first);
    expect(() => deadline.throwIfStopped()).toThrow(first);
    deadline.dispose();
  });
});
