import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../../server/db/to-plain.ts';

describe('toPlain', () => {
  it('turns Integers into numbers, temporal values into ISO strings, and recurses', () => {
    const value = {
      count: neo4j.int(42),
      day: new neo4j.types.Date(2026, 11, 21),
      list: [neo4j.int(1), null, 'x'],
      nested: { missing: undefined },
    };
    expect(toPlain(value)).toEqual({
      count: 42,
      day: '2026-11-21',
      list: [1, null, 'x'],
      nested: { missing: null },
    });
  });

  it('keeps strings, booleans and floats as they are', () => {
    expect(toPlain(['a', true, 1.5])).toEqual(['a', true, 1.5]);
  });
});
