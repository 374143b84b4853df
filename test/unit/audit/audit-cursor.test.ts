import { describe, expect, it } from 'vitest';
import { decodeAuditCursor, encodeAuditCursor } from '../../../server/audit/audit-cursor.ts';

describe('audit trail cursors', () => {
  it('round-trip a sequence number through an opaque, URL-safe string', () => {
    for (const seq of [1, 42, 9_007_199_254_740_991]) {
      const cursor = encodeAuditCursor(seq);
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeAuditCursor(cursor)).toBe(seq);
    }
  });

  it('refuse anything that is not one of ours with BAD_USER_INPUT', () => {
    const foreign = Buffer.from('other:5').toString('base64url');
    for (const cursor of [
      '',
      'garbage',
      foreign,
      encodeAuditCursor(0),
      Buffer.from('audit:1.5').toString('base64url'),
    ]) {
      expect(() => decodeAuditCursor(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    }
  });
});
