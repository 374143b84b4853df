import { describe, expect, it } from 'vitest';
import { differences, freshness, isBuildStamp, STAMP_FORMAT } from '../../../client/build-stamp.ts';

const inputs = {
  'client/index.html': 'a1',
  'client/src/main.ts': 'b2',
  'package-lock.json': 'c3',
};
const outputs = { 'index.html': 720, 'assets/network-abc.js': 4096 };
const stamp = { format: STAMP_FORMAT, inputs, outputs };

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));
}

describe('freshness of client/dist', () => {
  it('is fresh when inputs and outputs are those of the stamp', () => {
    expect(freshness(stamp, { ...inputs }, { ...outputs })).toEqual({ fresh: true });
  });

  it('ignores the order in which files were listed', () => {
    const reversed = Object.fromEntries(Object.entries(inputs).reverse());
    expect(freshness(stamp, reversed, outputs)).toEqual({ fresh: true });
  });

  it('is stale without a stamp: never built, or the last build failed or was interrupted', () => {
    expect(freshness(undefined, inputs, outputs)).toEqual({
      fresh: false,
      reason: expect.stringMatching(/no build stamp/) as string,
    });
  });

  it('is stale with a stamp of another format or shape', () => {
    for (const bad of [
      null,
      'x',
      {},
      { ...stamp, format: 0 },
      { ...stamp, inputs: ['a'] },
      { ...stamp, outputs: { a: '1' } },
    ]) {
      expect(freshness(bad, inputs, outputs)).toEqual({
        fresh: false,
        reason: 'the build stamp is not valid',
      });
    }
  });

  it('is stale when an input changed, and says which', () => {
    expect(freshness(stamp, { ...inputs, 'client/src/main.ts': 'b3' }, outputs)).toEqual({
      fresh: false,
      reason: 'changed: client/src/main.ts',
    });
  });

  it('is stale when an input was added or removed', () => {
    expect(freshness(stamp, { ...inputs, 'client/src/new.ts': 'd4' }, outputs)).toEqual({
      fresh: false,
      reason: 'changed: client/src/new.ts',
    });
    expect(freshness(stamp, without(inputs, 'package-lock.json'), outputs)).toEqual({
      fresh: false,
      reason: 'changed: package-lock.json',
    });
  });

  it('treats a renamed file as changed', () => {
    const renamed = {
      ...without(inputs, 'client/src/main.ts'),
      'client/src/app.ts': inputs['client/src/main.ts'],
    };
    expect(freshness(stamp, renamed, outputs)).toEqual({
      fresh: false,
      reason: 'changed: client/src/app.ts, client/src/main.ts',
    });
  });

  it('names at most three changed files', () => {
    const many = { 'a.ts': '1', 'b.ts': '2', 'c.ts': '3', 'd.ts': '4', 'e.ts': '5' };
    expect(freshness(stamp, { ...inputs, ...many }, outputs)).toEqual({
      fresh: false,
      reason: 'changed: a.ts, b.ts, c.ts and 2 more',
    });
  });

  it('is stale when an output is missing or has another size', () => {
    expect(freshness(stamp, inputs, without(outputs, 'index.html'))).toEqual({
      fresh: false,
      reason: 'missing or altered output: client/dist/index.html',
    });
    expect(freshness(stamp, inputs, { ...outputs, 'assets/network-abc.js': 10 })).toEqual({
      fresh: false,
      reason: 'missing or altered output: client/dist/assets/network-abc.js',
    });
  });

  it('does not mind extra files in client/dist', () => {
    expect(freshness(stamp, inputs, { ...outputs, 'notes.txt': 3 })).toEqual({ fresh: true });
  });

  it('is stale when the stamp lists no output at all', () => {
    expect(freshness({ ...stamp, outputs: {} }, inputs, outputs)).toEqual({
      fresh: false,
      reason: 'the build stamp lists no output',
    });
  });
});

describe('differences', () => {
  it('lists added, removed and changed paths, sorted', () => {
    expect(differences({ b: '1', a: '1', c: '1' }, { c: '2', b: '1', d: '1' })).toEqual(['a', 'c', 'd']);
  });
});

describe('isBuildStamp', () => {
  it('accepts what the build writes', () => {
    expect(isBuildStamp(JSON.parse(JSON.stringify(stamp)))).toBe(true);
  });
});
