import { describe, expect, it } from 'vitest';
import { DeadlineExceededError, withDeadline } from '../../../../server/graphql/limits/deadline.ts';

describe('withDeadline', () => {
  it('gives up on work that never finishes', async () => {
    const started = Date.now();
    await expect(withDeadline(new Promise(() => undefined), 30)).rejects.toBeInstanceOf(
      DeadlineExceededError,
    );
    expect(Date.now() - started).toBeLessThan(1000);
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
