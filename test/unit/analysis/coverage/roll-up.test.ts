import { describe, expect, it } from 'vitest';
import { countingUnder, countsUnder } from '../../../../server/analysis/coverage/roll-up.ts';

const topics = [
  { id: 'bildung', broader: null },
  { id: 'sprache', broader: 'bildung' },
  { id: 'alphabetisierung', broader: 'sprache' },
  { id: 'arbeit', broader: null },
  { id: 'verwaist', broader: 'gibt-es-nicht' },
];

describe('roll-up through broader', () => {
  it('counts an item under itself and every broader one, nearest first', () => {
    const under = countsUnder(topics, true);
    expect(under.get('alphabetisierung')).toEqual(['alphabetisierung', 'sprache', 'bildung']);
    expect(under.get('arbeit')).toEqual(['arbeit']);
    expect(under.get('verwaist')).toEqual(['verwaist']);
  });

  it('without roll-up, only under itself', () => {
    expect(countsUnder(topics, false).get('alphabetisierung')).toEqual(['alphabetisierung']);
  });

  it('stops at a cycle', () => {
    const cycle = [
      { id: 'a', broader: 'b' },
      { id: 'b', broader: 'a' },
    ];
    expect(countsUnder(cycle, true).get('a')).toEqual(['a', 'b']);
  });

  it('lists what counts under an item: itself and its narrower ones at any depth', () => {
    expect(countingUnder(topics, 'bildung', true)).toEqual(['bildung', 'sprache', 'alphabetisierung']);
    expect(countingUnder(topics, 'bildung', false)).toEqual(['bildung']);
  });
});
