import { describe, expect, it } from 'vitest';
import { assertDeletable, type Blockers } from '../../../server/admin/delete-blockers.ts';
import { relationshipRecord } from '../../support/records.ts';

const none: Blockers = { subRegions: [], citingNodes: [], citingLinks: 0, citingTerms: [], contacts: [] };
const member = relationshipRecord({ type: 'MEMBER_OF', from: 'a', to: 'b', role: 'member' });

function conflict(run: () => void): Record<string, unknown> {
  try {
    run();
  } catch (error) {
    expect(error).toMatchObject({ code: 'CONFLICT' });
    return (error as { details: Record<string, unknown> }).details;
  }
  throw new Error('expected CONFLICT');
}

describe('assertDeletable', () => {
  it('allows a node with nothing attached, with or without detach', () => {
    expect(() => assertDeletable('Actor', 'a', none, [], false)).not.toThrow();
    expect(() => assertDeletable('Actor', 'a', none, [], true)).not.toThrow();
  });

  it('requires detach for relationships and contacts, and lists them', () => {
    expect(
      conflict(() => assertDeletable('Actor', 'a', { ...none, contacts: ['c-1'] }, [member], false)),
    ).toEqual({
      references: ['MEMBER_OF|a|b', '1 contact(s)'],
      referenceCount: 2,
    });
    expect(() => assertDeletable('Actor', 'a', { ...none, contacts: ['c-1'] }, [member], true)).not.toThrow();
  });

  it('never allows leaving sub-regions or citations dangling, not even with detach', () => {
    const cited = { ...none, citingNodes: ['x'], citingLinks: 2, citingTerms: ['runRole:lead'] };
    expect(conflict(() => assertDeletable('Source', 's', cited, [], true))).toEqual({
      references: ['cited by x', 'cited by term runRole:lead', 'cited by 2 relationship(s)'],
      referenceCount: 3,
    });
    expect(
      conflict(() => assertDeletable('Region', 'r', { ...none, subRegions: ['r-1'] }, [], true)).references,
    ).toEqual(['sub-region r-1']);
  });

  it('lists at most 50 references but counts them all', () => {
    const many = Array.from({ length: 70 }, (_, i) => ({ ...member, to: `b${i}` }));
    const details = conflict(() => assertDeletable('Actor', 'a', none, many, false));
    expect(details.references).toHaveLength(50);
    expect(details.referenceCount).toBe(70);
  });
});
