import { describe, expect, it } from 'vitest';
import {
  escapeLucene,
  luceneQuery,
  textQuery,
} from '../../../../server/graphql/resolvers/read/model/lucene-query.ts';

describe('user text → Lucene query', () => {
  it('escapes every character Lucene gives a meaning', () => {
    expect(escapeLucene('a+b-c!d(e)f{g}h[i]j^k"l~m*n?o:p\\q/r&s|t')).toBe(
      'a\\+b\\-c\\!d\\(e\\)f\\{g\\}h\\[i\\]j\\^k\\"l\\~m\\*n\\?o\\:p\\\\q\\/r\\&s\\|t',
    );
  });

  it('any word may match for search; the last word also as a prefix', () => {
    expect(luceneQuery('AWO (Kreis', 'any')).toBe('awo (\\(kreis \\(kreis*)');
  });

  it('every word must match in list filters', () => {
    expect(luceneQuery('Migrationserstberatung  Caritas', 'all')).toBe(
      '+migrationserstberatung +(caritas caritas*)',
    );
  });

  it('lower-cases, so AND, OR and NOT are words, not operators', () => {
    expect(luceneQuery('AND OR NOT', 'any')).toBe('and or (not not*)');
  });

  it('checks the text argument: null passes, blank and over-long texts are BAD_USER_INPUT', () => {
    expect(textQuery('text', null, 'all')).toBeNull();
    expect(textQuery('text', ' Jobcenter ', 'all')).toBe('+(jobcenter jobcenter*)');
    for (const bad of ['', '   ', 'x'.repeat(201)]) {
      expect(() => textQuery('text', bad, 'any')).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      );
    }
  });
});
