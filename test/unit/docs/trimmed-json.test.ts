import { describe, expect, it } from 'vitest';
import { mismatches, parseTrimmedJson } from '../../support/docs/trimmed-json.ts';

describe('the comparison of trimmed documented outputs', () => {
  const differences = (shown: string, actual: unknown) => mismatches(parseTrimmedJson(shown), actual);

  it('accepts what "…" may stand for', () => {
    expect(differences('[1, 2, …, 5]', [1, 2, 3, 4, 5])).toEqual([]);
    expect(differences('[1,\n …\n 3, …\n 5]', [1, 2, 3, 4, 5])).toEqual([]);
    expect(differences('{"a": 1, …}', { a: 1, b: 2 })).toEqual([]);
    expect(differences('{"s": "{\\"id\\":…}"}', { s: '{"id":"x"}' })).toEqual([]);
  });

  it('refuses every difference in what is shown', () => {
    expect(differences('[1, 2, …, 5]', [1, 3, 4, 5])).not.toEqual([]); // shown prefix differs
    expect(differences('[1, …, 4, 5]', [1, 2, 3, 5])).not.toEqual([]); // shown tail not contiguous at the end
    expect(differences('[1, …, 5]', [1, 5])).not.toEqual([]); // "…" is at least one element
    expect(differences('[1, …, 3, …, 5]', [1, 2, 4, 5, 6, 5])).not.toEqual([]); // middle element missing
    expect(differences('{"a": 1, …}', { b: 1 })).not.toEqual([]);
    expect(differences('{"a": [1, …]}', { a: [1, 2], b: 2 })).not.toEqual([]); // closed object, extra key
    expect(differences('{"a": [1, …]}', { a: [2, 2] })).not.toEqual([]);
    expect(differences('{"s": "ab…"}', { s: 'ab' })).not.toEqual([]);
    expect(differences('{"n": 1.5, …}', { n: 1.25 })).not.toEqual([]);
  });
});
