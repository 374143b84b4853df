import { describe, expect, it } from 'vitest';
import { BatchLoader } from '../../../../server/graphql/resolvers/read/load/batch-loader.ts';

/** A loader that records each fetch, stopped with its request's signal. */
function stoppableLoader() {
  const calls: string[][] = [];
  const controller = new AbortController();
  const loader = new BatchLoader<string | null>(
    (keys) => {
      calls.push([...keys]);
      return Promise.resolve(new Map(keys.map((k) => [k, k.toUpperCase()])));
    },
    null,
    controller.signal,
  );
  return { loader, calls, controller };
}

describe('BatchLoader of a stopped request', () => {
  it('refuses a key asked for after the stop, without fetching', async () => {
    const { loader, calls, controller } = stoppableLoader();
    const reason = new Error('deadline');
    controller.abort(reason);
    await expect(loader.load('a')).rejects.toBe(reason);
    expect(calls).toEqual([]);
  });

  it('does not fetch a batch whose turn comes after the stop', async () => {
    const { loader, calls, controller } = stoppableLoader();
    const reason = new Error('deadline');
    const waiting = Promise.all([loader.load('a'), loader.load('b')]);
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
    expect(calls).toEqual([]);
  });

  it('does not hand out a cached value whose turn comes after the stop', async () => {
    const { loader, controller } = stoppableLoader();
    await loader.load('a');
    const reason = new Error('deadline');
    const waiting = loader.load('a');
    controller.abort(reason);
    await expect(waiting).rejects.toBe(reason);
  });
});

describe('BatchLoader and the event loop', () => {
  it('hands out a cached value on the next turn, so a tree of cached values lets other work in', async () => {
    const { loader } = stoppableLoader();
    await loader.load('a');
    let delivered = false;
    void loader.load('a').then(() => {
      delivered = true;
    });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(delivered).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(delivered).toBe(true);
  });
});
