import { describe, expect, it } from 'vitest';
import {
  broaderChain,
  closureJaccard,
  termMatches,
} from '../../../../server/analysis/overlaps/term-match.ts';
import { BROADER } from './fixtures.ts';

describe('topics and target groups on broader chains', () => {
  it('follows the chain upwards, nearest first, and stops at a cycle', () => {
    expect(broaderChain('alphabetisierung', BROADER)).toEqual(['sprache', 'bildung']);
    expect(broaderChain('bildung', BROADER)).toEqual([]);
    expect(
      broaderChain(
        'a',
        new Map([
          ['a', 'b'],
          ['b', 'a'],
        ]),
      ),
    ).toEqual(['b']);
  });

  it('matches the same term, a broader and a narrower one, never a sibling', () => {
    expect(termMatches(['sprache'], ['sprache', 'bildung', 'alphabetisierung', 'mathe'], BROADER)).toEqual([
      { first: 'sprache', second: 'alphabetisierung', relation: 'NARROWER' },
      { first: 'sprache', second: 'bildung', relation: 'BROADER' },
      { first: 'sprache', second: 'sprache', relation: 'SAME' },
    ]);
    expect(termMatches(['sprache'], ['mathe'], BROADER)).toEqual([]);
  });

  it('scores the Jaccard similarity of the upward closures', () => {
    expect(closureJaccard(['sprache'], ['sprache'], BROADER)).toBe(1);
    // {sprache, bildung} against {bildung}
    expect(closureJaccard(['sprache'], ['bildung'], BROADER)).toBe(0.5);
    // {beratung, gesundheit} against {beratung}
    expect(closureJaccard(['beratung', 'gesundheit'], ['beratung'], BROADER)).toBe(0.5);
    expect(closureJaccard([], [], BROADER)).toBe(0);
  });
});
