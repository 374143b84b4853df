import { describe, expect, it } from 'vitest';
import { BatchLoader } from '../../../../server/graphql/resolvers/read/load/batch-loader.ts';

describe('BatchLoader', () => {
  it('fetches the keys asked for in one turn with one call, and each key once', async () => {
    const calls: string[][] = [];
    const loader = new BatchLoader<string | null>((keys) => {
      calls.push([...keys]);
      return Promise.resolve(new Map(keys.filter((k) => k !== 'missing').map((k) => [k, k.toUpperCase()])));
    }, null);
    const values = await Promise.all([
      loader.load('a'),
      loader.load('b'),
      loader.load('a'),
      loader.load('missing'),
    ]);
    expect(values).toEqual(['A', 'B', 'A', null]);
    expect(calls).toEqual([['a', 'b', 'missing']]);
    expect(await loader.loadMany(['b', 'c'])).toEqual(['B', 'C']);
    expect(calls).toEqual([['a', 'b', 'missing'], ['c']]);
  });

  it('rejects every waiting key when the fetch fails, and tries again later', async () => {
    let fail = true;
    const loader = new BatchLoader<number[]>((keys) => {
      if (fail) return Promise.reject(new Error('database down'));
      return Promise.resolve(new Map(keys.map((k) => [k, [k.length]])));
    }, []);
    await expect(Promise.all([loader.load('x'), loader.load('yy')])).rejects.toThrow('database down');
    fail = false;
    expect(await loader.load('yy')).toEqual([2]);
  });
});
