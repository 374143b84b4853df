import { describe, expect, it } from 'vitest';
import { findLink, linkKey } from '../../../server/admin/links/link-records.ts';
import type { RelationshipRecord } from '../../../server/domain/atlas-document.ts';
import { relationshipRecord } from '../../support/records.ts';

const record = (
  type: RelationshipRecord['type'],
  from: string,
  to: string,
  kind: string | null = null,
): RelationshipRecord => relationshipRecord({ type, from, to, kind });

describe('naming a relationship', () => {
  const stored = [
    record('MEMBER_OF', 'a', 'body'),
    record('COOPERATES_WITH', 'a', 'b', 'referral'),
    record('COOPERATES_WITH', 'a', 'b', 'jointProject'),
  ];

  it('finds a directed relationship only in its direction', () => {
    expect(findLink(stored, linkKey({ type: 'MEMBER_OF', from: 'a', to: 'body' }))).toBe(stored[0]);
    expect(findLink(stored, linkKey({ type: 'MEMBER_OF', from: 'body', to: 'a' }))).toBeUndefined();
  });

  it('finds a cooperation from either end, by its kind', () => {
    expect(
      findLink(stored, linkKey({ type: 'COOPERATES_WITH', from: 'b', to: 'a', kind: 'jointProject' })),
    ).toBe(stored[2]);
    expect(
      findLink(stored, linkKey({ type: 'COOPERATES_WITH', from: 'a', to: 'b', kind: 'coFunding' })),
    ).toBeUndefined();
  });

  it('needs the kind of a cooperation (BAD_USER_INPUT) and ignores a kind on a directed type', () => {
    expect(() => linkKey({ type: 'COOPERATES_WITH', from: 'a', to: 'b' })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(linkKey({ type: 'FUNDS', from: 'a', to: 'p', kind: 'x' }).kind).toBeNull();
  });
});
