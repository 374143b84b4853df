import { describe, expect, it } from 'vitest';
import { toEntityRecord } from '../../../../server/graphql/resolvers/read/model/entity-record.ts';
import { toLinkRecords } from '../../../../server/graphql/resolvers/read/model/link-record.ts';

describe('node maps → records', () => {
  it('drops every contact* property, whatever its case', () => {
    const record = toEntityRecord({
      id: 'jobcenter',
      name: 'Jobcenter',
      labels: ['Entity', 'Actor', 'Agency'],
      sourceIds: ['doc-004'],
      contactName: 'Erika Mustermann',
      ContactEmail: 'erika@example.org',
      shortName: 'JC',
    });
    expect(record).toMatchObject({ id: 'jobcenter', shortName: 'JC', sourceIds: ['doc-004'] });
    expect(Object.keys(record ?? {}).filter((k) => /contact/i.test(k))).toEqual([]);
  });

  it('builds the period from the stored bounds; null stays null', () => {
    expect(toEntityRecord({ id: 'x', since: '2016', sinceDate: '2016-01-01' })?.period).toEqual({
      since: '2016',
      until: null,
      sinceDate: '2016-01-01',
      untilDate: null,
    });
    expect(toEntityRecord(null)).toBeNull();
  });

  it('reads links, dropping contact properties of relationships and links without a node', () => {
    const links = toLinkRecords([
      { type: 'MEMBER_OF', rel: { role: 'member', contactPerson: 'x' }, other: { id: 'ak', name: 'AK' } },
      { type: 'MEMBER_OF', rel: {}, other: null },
    ]);
    expect(links).toHaveLength(1);
    expect(links[0]?.props).toEqual({ role: 'member' });
  });
});
