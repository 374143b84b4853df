import { describe, expect, it } from 'vitest';
import { importAuditChanges } from '../../../server/import/import-audit.ts';
import { emptyDocument, type AtlasDocument } from '../../../server/domain/atlas-document.ts';
import { diffDocuments } from '../../../server/store/plan-changes.ts';
import { relationshipRecord } from '../../support/records.ts';

const empty = (): AtlasDocument => emptyDocument();
const source = (id: string, title: string) => ({
  id,
  title,
  publisher: null,
  url: null,
  file: null,
  language: null,
  published: null,
  edition: null,
  dateRead: '2026-11-21',
  note: null,
});
const term = {
  vocabulary: 'runRole' as const,
  key: 'lead',
  labelDe: 'L',
  labelEn: 'L',
  definition: 'd',
  broader: null,
  sources: [],
  lastVerified: null,
};
const link = relationshipRecord({
  type: 'COOPERATES_WITH',
  from: 'b',
  to: 'a',
  kind: 'referral',
  sources: ['s1'],
});

describe('importAuditChanges', () => {
  it('writes one entry per created or updated record, with the stored record as before, and a summary last', () => {
    const stored = { ...empty(), sources: [source('s1', 'Old')] };
    const incoming = {
      ...empty(),
      sources: [source('s1', 'New'), source('s2', 'Two')],
      terms: [term],
      relationships: [link],
    };
    const plan = diffDocuments(incoming, stored);
    const before = new Map([['sources/s1', source('s1', 'Old')]]);
    const changes = importAuditChanges(plan, before, { files: ['a.json'] });
    expect(changes.map((c) => [c.action, c.targetKind, c.targetId, c.subjectIds])).toEqual([
      ['UPDATE', 'Source', 's1', ['s1']],
      ['CREATE', 'Source', 's2', ['s2']],
      ['CREATE', 'Term', 'runRole:lead', ['runRole:lead']],
      ['LINK', 'Relationship', 'COOPERATES_WITH|a|b|referral', ['b', 'a']],
      ['IMPORT', 'Import', null, []],
    ]);
    expect(changes[0]).toMatchObject({ before: source('s1', 'Old'), after: source('s1', 'New') });
    expect(changes[1]?.before).toBeNull();
    expect(changes[4]?.detail).toEqual({ files: ['a.json'] });
  });

  it('audits only the summary when nothing changed', () => {
    const doc = { ...empty(), sources: [source('s1', 'Same')] };
    expect(importAuditChanges(diffDocuments(doc, doc), new Map(), {}).map((c) => c.action)).toEqual([
      'IMPORT',
    ]);
  });
});
