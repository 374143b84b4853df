import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../../../server/graphql/resolvers/read/search.ts';

describe('Query.search: the typed text as names are compared', () => {
  it('folds the text and lists its distinct words', () => {
    expect(searchTerms('Ausländer  Behörde ausländer')).toEqual({
      phrase: 'auslander behorde auslander',
      words: ['auslander', 'behorde'],
    });
  });

  it('leaves nothing of Lucene syntax or punctuation, so it cannot match every name', () => {
    expect(searchTerms('"(*~\\ | &&')).toEqual({ phrase: '', words: [] });
    expect(searchTerms('"Caritas"~2')).toEqual({ phrase: 'caritas 2', words: ['caritas', '2'] });
  });
});
