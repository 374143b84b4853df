import { describe, expect, it } from 'vitest';
import {
  asOfDate,
  factStatus,
  todayUtc,
  yearsBefore,
} from '../../../../server/graphql/resolvers/read/model/fact-status.ts';

const open = { sinceDate: null, untilDate: null };
const read = (dateRead: string, published?: string) => ({ dateRead, published });

describe('factStatus: does a fact hold on a day, and is it known freshly enough', () => {
  it('NOT_STARTED before its start, ENDED after its end, CURRENT inside a closed period', () => {
    const period = { sinceDate: '2020-01-01', untilDate: '2022-12-31' };
    const sources = [read('2010-01-01')];
    expect(factStatus(period, sources, '2019-12-31')).toBe('NOT_STARTED');
    expect(factStatus(period, sources, '2020-01-01')).toBe('CURRENT');
    expect(factStatus(period, sources, '2022-12-31')).toBe('CURRENT');
    expect(factStatus(period, sources, '2023-01-01')).toBe('ENDED');
  });

  it('with the end unknown: CURRENT while the newest source is young enough, STALE after', () => {
    const sources = [read('2016-03-01'), read('2020-06-15')];
    expect(factStatus(open, sources, '2025-06-15')).toBe('CURRENT');
    expect(factStatus(open, sources, '2025-06-16')).toBe('STALE');
    expect(factStatus(open, sources, '2025-06-16', 6)).toBe('CURRENT');
  });

  it('counts from `published` before `dateRead`; a year alone counts from its first day', () => {
    // Read recently, but the document is from 2019: that is what it speaks for.
    const sources = [read('2026-11-01', '2019')];
    expect(asOfDate(sources[0] ?? {})).toBe('2019-01-01');
    expect(factStatus(open, sources, '2024-01-01')).toBe('CURRENT');
    expect(factStatus(open, sources, '2024-01-02')).toBe('STALE');
    expect(asOfDate({ published: '2019-05', dateRead: '2026-11-01' })).toBe('2019-05-01');
  });

  it('is STALE without a dated source, and counts a source newer than the day as fresh', () => {
    expect(factStatus(open, [], '2026-01-01')).toBe('STALE');
    expect(factStatus(open, [{}], '2026-01-01')).toBe('STALE');
    expect(factStatus(open, [read('2026-11-01')], '2010-01-01')).toBe('CURRENT');
  });

  it('a known end not yet reached is CURRENT however old the sources', () => {
    expect(factStatus({ sinceDate: null, untilDate: '2030-12-31' }, [read('2001-01-01')], '2026-01-01')).toBe(
      'CURRENT',
    );
  });

  it('years back from a day, 29 February included; today in UTC', () => {
    expect(yearsBefore('2025-06-15', 5)).toBe('2020-06-15');
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(todayUtc(new Date('2026-03-01T23:30:00-05:00'))).toBe('2026-03-02');
  });
});
