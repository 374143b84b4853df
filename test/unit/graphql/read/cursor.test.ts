import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../../server/graphql/resolvers/read/model/cursor.ts';

describe('list cursors', () => {
  it('round-trip the position, umlauts and all', () => {
    const position = { sortKey: 'auslaenderbehoerde landkreis', id: 'auslaenderbehoerde-doc-004' };
    expect(decodeCursor('NAME', encodeCursor('NAME', position))).toEqual(position);
    expect(decodeCursor('ID', encodeCursor('ID', { sortKey: 'Ä', id: 'x' }))).toEqual({
      sortKey: 'Ä',
      id: 'x',
    });
  });

  it('are opaque: base64url without padding', () => {
    expect(encodeCursor('NAME', { sortKey: 'a', id: 'b' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuse a cursor of another order and anything not made by encodeCursor', () => {
    const byName = encodeCursor('NAME', { sortKey: 'a', id: 'b' });
    const bad = [
      byName,
      'not base64 at all!',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('["ID","a"]').toString('base64url'),
      Buffer.from('["ID","a",3]').toString('base64url'),
      Buffer.from('["ID","a",""]').toString('base64url'),
    ];
    for (const cursor of bad) {
      expect(() => decodeCursor('ID', cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});
