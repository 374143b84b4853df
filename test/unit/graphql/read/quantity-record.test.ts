import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../../../server/graphql/resolvers/read/model/quantity-record.ts';

describe('parseQuantities: the stored JSON text → Quantity records', () => {
  it('reads value, unit, per and a period with comparable dates', () => {
    const stored = JSON.stringify([
      {
        kind: 'budget',
        value: 120000,
        unit: 'EUR',
        per: 'year',
        since: '2023',
        until: '2024-02',
        note: 'Plan',
      },
      { kind: 'deadline', date: '2025-03-31' },
    ]);
    expect(parseQuantities(stored)).toEqual([
      {
        kind: 'budget',
        value: 120000,
        unit: 'EUR',
        per: 'year',
        date: null,
        period: { since: '2023', until: '2024-02', sinceDate: '2023-01-01', untilDate: '2024-02-29' },
        note: 'Plan',
      },
      {
        kind: 'deadline',
        value: null,
        unit: null,
        per: null,
        date: '2025-03-31',
        period: { since: null, until: null, sinceDate: null, untilDate: null },
        note: null,
      },
    ]);
  });

  it('gives none for an absent property, unreadable text or items without a kind', () => {
    expect(parseQuantities(undefined)).toEqual([]);
    expect(parseQuantities('not json')).toEqual([]);
    expect(parseQuantities('{"kind":"budget"}')).toEqual([]);
    expect(parseQuantities(JSON.stringify([{ value: 3 }, null]))).toEqual([]);
  });
});
