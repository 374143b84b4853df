import { describe, expect, it } from 'vitest';
import {
  emptyDocument,
  type AtlasDocument,
  type RelationshipRecord,
} from '../../../server/domain/atlas-document.ts';
import { diffDocuments } from '../../../server/store/plan-changes.ts';

function doc(relationships: RelationshipRecord[]): AtlasDocument {
  return { ...emptyDocument(), relationships };
}

const rel = (over: Partial<RelationshipRecord>): RelationshipRecord => ({
  type: 'COOPERATES_WITH',
  from: 'a',
  to: 'b',
  role: null,
  kind: 'referral',
  since: null,
  until: null,
  note: null,
  sources: ['doc-1', 'doc-2'],
  lastVerified: '2026-11-21',
  ...over,
});

describe('diffDocuments', () => {
  it('counts created, updated and unchanged, and keeps only what changes', () => {
    const existing = doc([rel({}), rel({ kind: 'jointProject' })]);
    const incoming = doc([
      rel({ from: 'b', to: 'a', sources: ['doc-2', 'doc-1'] }),
      rel({ kind: 'jointProject', note: 'new note' }),
      rel({ kind: 'coFunding' }),
    ]);
    const plan = diffDocuments(incoming, existing);
    expect(plan.counts.relationships).toEqual({ created: 1, updated: 1, unchanged: 1 });
    expect(plan.changed.relationships.map((r) => r.kind)).toEqual(['jointProject', 'coFunding']);
  });
});
