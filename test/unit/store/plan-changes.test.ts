import { describe, expect, it } from 'vitest';
import {
  emptyDocument,
  type AtlasDocument,
  type RelationshipRecord,
} from '../../../server/domain/atlas-document.ts';
import { diffDocuments } from '../../../server/store/plan-changes.ts';
import { relationshipRecord } from '../../support/records.ts';

function doc(relationships: RelationshipRecord[]): AtlasDocument {
  return { ...emptyDocument(), relationships };
}

const rel = (over: Partial<RelationshipRecord>): RelationshipRecord =>
  relationshipRecord({
    type: 'COOPERATES_WITH',
    from: 'a',
    to: 'b',
    kind: 'referral',
    sources: ['doc-1', 'doc-2'],
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

describe('diffDocuments: sources accumulate', () => {
  const stored = doc([rel({ sources: ['doc-1'] })]);

  it('adds the file’s sources to a stored record’s, sorted and without repeats, and lists the change', () => {
    const plan = diffDocuments(
      doc([rel({ from: 'b', to: 'a', sources: ['doc-3', 'doc-2', 'doc-3'] })]),
      stored,
    );
    expect(plan.counts.relationships).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(plan.changed.relationships[0]?.sources).toEqual(['doc-1', 'doc-2', 'doc-3']);
    expect(plan.changes).toEqual([
      {
        section: 'relationships',
        key: 'COOPERATES_WITH|a|b|referral',
        status: 'updated',
        fields: [{ name: 'sources', before: ['doc-1'], after: ['doc-1', 'doc-2', 'doc-3'] }],
      },
    ]);
  });

  it('leaves a stored record unchanged when the file cites fewer of its sources', () => {
    const both = doc([rel({ sources: ['doc-1', 'doc-2'] })]);
    const plan = diffDocuments(doc([rel({ sources: ['doc-1'] })]), both);
    expect(plan.counts.relationships).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(plan.changed.relationships).toEqual([]);
    expect(plan.changes[0]?.fields).toEqual([]);
  });

  it('replaces the stored sources with the file’s under replaceSources', () => {
    const both = doc([rel({ sources: ['doc-1', 'doc-2'] })]);
    const plan = diffDocuments(doc([rel({ sources: ['doc-2'] })]), both, { replaceSources: true });
    expect(plan.changed.relationships[0]?.sources).toEqual(['doc-2']);
    expect(plan.changes[0]?.fields).toEqual([
      { name: 'sources', before: ['doc-1', 'doc-2'], after: ['doc-2'] },
    ]);
  });

  it('lists every changed field of an updated record, before → after, and none of a created one', () => {
    const plan = diffDocuments(
      doc([
        rel({ note: 'new note', lastVerified: '2026-11-30', sources: ['doc-3'] }),
        rel({ kind: 'coFunding' }),
      ]),
      stored,
    );
    expect(plan.changes.map((c) => [c.status, c.fields])).toEqual([
      [
        'updated',
        [
          { name: 'note', before: null, after: 'new note' },
          { name: 'sources', before: ['doc-1'], after: ['doc-1', 'doc-3'] },
          { name: 'lastVerified', before: '2026-11-21', after: '2026-11-30' },
        ],
      ],
      ['created', []],
    ]);
  });
});
