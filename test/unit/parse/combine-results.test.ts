// Combining the records of several files must not depend on the call stack: a file with a few hundred thousand
// relationships (tier XL of the benchmark data, docs/benchmark-data.md) once overflowed it through push(...list).
import { describe, expect, it } from 'vitest';
import { combineResults, emptyRecords } from '../../../server/parse/records.ts';

describe('combineResults', () => {
  it('combines sections of any size, in file order', () => {
    const big = emptyRecords();
    const count = 300_000;
    for (let i = 0; i < count; i++) {
      big.relationships.push({ data: { n: i }, location: { file: 'big.json', line: i + 2 } });
    }
    const small = emptyRecords();
    small.relationships.push({ data: { n: -1 }, location: { file: 'small.json', line: 2 } });
    const combined = combineResults([
      { records: big, issues: [] },
      { records: small, issues: [] },
    ]);
    expect(combined.records.relationships).toHaveLength(count + 1);
    expect(combined.records.relationships[count]?.data).toEqual({ n: -1 });
    expect(combined.records.relationships[0]?.data).toEqual({ n: 0 });
  });
});
