import { describe, expect, it } from 'vitest';
import type { ActorRecord } from '../../../server/domain/atlas-document.ts';
import { actorRow, periodEnd, periodStart } from '../../../server/store/node-rows.ts';
import { relationshipKey } from '../../../server/store/relationship-rows.ts';

const actor: ActorRecord = {
  id: 'awo-kv',
  kind: 'welfareOrganisation',
  name: 'AWO Kreisverband Süd',
  shortName: 'AWO',
  aliases: ['Arbeiterwohlfahrt Süd'],
  description: null,
  bodyKind: null,
  website: null,
  since: '2016',
  until: null,
  claim: 'stated',
  locator: 'AWO Kreisverband Süd',
  reasoning: null,
  quantities: [
    {
      kind: 'memberCount',
      value: 120,
      unit: 'count',
      per: null,
      date: null,
      since: '2024',
      until: null,
      note: null,
    },
  ],
  collective: false,
  address: null,
  email: null,
  phone: null,
  languages: ['ar'],
  unnamed: false,
  note: null,
  sources: ['doc-004'],
  lastVerified: '2026-11-21',
};

describe('rows for the import statements', () => {
  it('store the record fields, leave nulls out, and derive search and duplicate keys', () => {
    const row = actorRow(actor, () => 'welfareOrganisation');
    expect(row.labels).toEqual(['Actor', 'WelfareOrganisation']);
    expect(row.props).toMatchObject({
      id: 'awo-kv',
      name: 'AWO Kreisverband Süd',
      nameKey: 'awo kreisverband sued',
      nameKeys: ['awo kreisverband sued', 'awo', 'arbeiterwohlfahrt sued'],
      aliasText: 'Arbeiterwohlfahrt Süd',
    });
    expect(row.props).not.toHaveProperty('description');
    expect(row.props).not.toHaveProperty('sources');
    expect(row).toMatchObject({ sinceStart: '2016-01-01', untilEnd: null, sources: ['doc-004'] });
  });

  it('turn year and month periods into their first and last days', () => {
    expect(periodStart('2023-02')).toBe('2023-02-01');
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2023-02')).toBe('2023-02-28');
    expect(periodEnd('2016')).toBe('2016-12-31');
    expect(periodEnd('2012-06-25')).toBe('2012-06-25');
  });

  it('identify mutual relationships regardless of direction, others by direction', () => {
    const coop = { type: 'COOPERATES_WITH', kind: 'referral' } as const;
    expect(relationshipKey({ ...coop, from: 'b', to: 'a' })).toBe(
      relationshipKey({ ...coop, from: 'a', to: 'b' }),
    );
    expect(relationshipKey({ ...coop, from: 'a', to: 'b' })).not.toBe(
      relationshipKey({ ...coop, kind: 'jointProject', from: 'a', to: 'b' }),
    );
    const funds = { type: 'FUNDS', kind: null } as const;
    expect(relationshipKey({ ...funds, from: 'a', to: 'b' })).not.toBe(
      relationshipKey({ ...funds, from: 'b', to: 'a' }),
    );
  });
});
