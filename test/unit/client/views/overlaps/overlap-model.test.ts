// The overlap list's pure parts: the score as a bar width and a number, the minimum score from the range input,
// the network's focus, providers by measure, the missing ties and the ties in words, and how long the list is.
import { describe, expect, it } from 'vitest';
import {
  countUncoordinated,
  DEFAULT_MIN_SCORE,
  formatScore,
  listNames,
  minScoreFrom,
  missingTies,
  moreStep,
  networkFocus,
  OVERLAPS_MOST,
  OVERLAPS_STEP,
  overlapsToAsk,
  providersByMeasure,
  scoreWidth,
  shownOverlaps,
  tieLines,
  tieNames,
  type Overlap,
} from '../../../../../client/src/views/overlaps/overlap-model.ts';

const awo = { id: 'awo', name: 'AWO' };
const caritas = { id: 'caritas', name: 'Caritas' };
const traeger = { id: 'traeger', name: 'Kursträger' };
const ak = { id: 'ak', name: 'Arbeitskreis' };

const overlap = (patch: Partial<Overlap> = {}): Overlap => ({
  measures: [
    { id: 'mbe-awo', name: 'MBE AWO' },
    { id: 'mbe-caritas', name: 'MBE Caritas' },
  ],
  score: 1,
  coordinated: false,
  providers: [
    { measure: { id: 'mbe-awo' }, actor: awo, collective: false },
    { measure: { id: 'mbe-caritas' }, actor: caritas, collective: false },
    { measure: { id: 'mbe-caritas' }, actor: ak, collective: false },
    { measure: { id: 'mbe-awo' }, actor: ak, collective: false },
  ],
  untiedProviders: [],
  ties: [],
  reasons: [],
  ...patch,
});

describe('the score', () => {
  it('is a bar width in percent, clamped to 0–100', () => {
    expect(scoreWidth(1)).toBe(100);
    expect(scoreWidth(0.3333)).toBe(33.3);
    expect(scoreWidth(0)).toBe(0);
    expect(scoreWidth(1.4)).toBe(100);
    expect(scoreWidth(-0.2)).toBe(0);
    expect(scoreWidth(Number.NaN)).toBe(0);
  });
  it('is a number with fixed decimals in the page’s language', () => {
    expect(formatScore(0.3333, 'de')).toBe('0,33');
    expect(formatScore(1, 'de')).toBe('1,00');
    expect(formatScore(0.1667, 'en')).toBe('0.17');
    expect(formatScore(0.5, 'de', 1)).toBe('0,5');
  });
  it('as a minimum from the range input keeps to the 0.1 grid within 0–1', () => {
    expect(minScoreFrom('0.30000000000000004')).toBe(0.3);
    expect(minScoreFrom('0')).toBe(0);
    expect(minScoreFrom('7')).toBe(1);
    expect(minScoreFrom('-1')).toBe(0);
    expect(minScoreFrom('')).toBe(DEFAULT_MIN_SCORE);
    expect(minScoreFrom('x')).toBe(DEFAULT_MIN_SCORE);
  });
});

describe('networkFocus', () => {
  it('puts the two measures first, then every provider once', () => {
    expect(networkFocus(overlap())).toEqual(['mbe-awo', 'mbe-caritas', 'awo', 'caritas', 'ak']);
  });
});

describe('providersByMeasure', () => {
  it('groups the providers under their measure, in the order of the measures', () => {
    expect(providersByMeasure(overlap())).toEqual([
      {
        measure: { id: 'mbe-awo', name: 'MBE AWO' },
        providers: [
          { id: 'awo', name: 'AWO', collective: false },
          { id: 'ak', name: 'Arbeitskreis', collective: false },
        ],
      },
      {
        measure: { id: 'mbe-caritas', name: 'MBE Caritas' },
        providers: [
          { id: 'caritas', name: 'Caritas', collective: false },
          { id: 'ak', name: 'Arbeitskreis', collective: false },
        ],
      },
    ]);
  });
  it('keeps a measure without a provider in the answer, with none', () => {
    expect(providersByMeasure(overlap({ providers: [] })).map((m) => m.providers)).toEqual([[], []]);
  });
});

describe('missingTies', () => {
  it('names each untied pair once, whichever way round', () => {
    const untiedProviders = [
      { first: awo, second: caritas },
      { first: caritas, second: awo },
    ];
    expect(missingTies(overlap({ untiedProviders }))).toEqual([
      { kind: 'pair', first: awo, second: caritas },
    ]);
  });
  it('says when one collective actor provides both: no tie, but not a pair of two either', () => {
    expect(missingTies(overlap({ untiedProviders: [{ first: traeger, second: traeger }] }))).toEqual([
      { kind: 'sameCollective', actor: traeger },
    ]);
  });
  it('is empty for a coordinated pair with every provider tied', () => {
    expect(missingTies(overlap({ coordinated: true }))).toEqual([]);
  });
});

describe('ties in words', () => {
  it('name the body or umbrella when there is one, else the providers', () => {
    expect(tieNames({ kind: 'COMMON_BODY', first: awo, second: caritas, via: ak })).toEqual(['Arbeitskreis']);
    expect(tieNames({ kind: 'COOPERATION', first: awo, second: caritas, via: null })).toEqual([
      'AWO',
      'Caritas',
    ]);
    expect(tieNames({ kind: 'SAME_PROVIDER', first: awo, second: awo, via: null })).toEqual(['AWO']);
    expect(tieNames({ kind: 'SAME_UMBRELLA', first: null, second: null, via: null })).toEqual([]);
  });
  it('are shown once per kind and names, though a membership may be recorded both ways', () => {
    const ties = [
      { kind: 'MEMBERSHIP' as const, first: ak, second: traeger, via: ak },
      { kind: 'MEMBERSHIP' as const, first: traeger, second: ak, via: ak },
      { kind: 'SAME_PROVIDER' as const, first: ak, second: ak, via: null },
    ];
    expect(tieLines(overlap({ ties }))).toEqual([
      { kind: 'MEMBERSHIP', names: ['Arbeitskreis'] },
      { kind: 'SAME_PROVIDER', names: ['Arbeitskreis'] },
    ]);
  });
  it('are joined as running text in the page’s language', () => {
    expect(listNames(['AWO', 'Caritas'], 'de')).toBe('AWO und Caritas');
    expect(listNames(['AWO', 'Caritas', 'Diakonie'], 'en')).toBe('AWO, Caritas and Diakonie');
  });
});

describe('countUncoordinated', () => {
  it('counts the findings whose providers are not tied', () => {
    expect(countUncoordinated([{ coordinated: true }, { coordinated: false }, { coordinated: false }])).toBe(
      2,
    );
  });
});

describe('the length of the list', () => {
  const answer = (n: number) => Array.from({ length: n }, (_, i) => i);
  it('asks for one more than it shows, to learn whether there are more, within the API’s 200', () => {
    expect(overlapsToAsk(OVERLAPS_STEP)).toBe(51);
    expect(overlapsToAsk(150)).toBe(151);
    expect(overlapsToAsk(OVERLAPS_MOST)).toBe(200);
  });
  it('shows what it asked to show, and says whether there are more', () => {
    expect(shownOverlaps(answer(51), 50)).toEqual({ items: answer(50), more: 'yes' });
    expect(shownOverlaps(answer(3), 50)).toEqual({ items: answer(3), more: 'no' });
    expect(shownOverlaps(answer(50), 50)).toEqual({ items: answer(50), more: 'no' });
    expect(shownOverlaps(answer(200), 200)).toEqual({ items: answer(200), more: 'unknown' });
    expect(shownOverlaps(answer(120), 200)).toEqual({ items: answer(120), more: 'no' });
  });
  it('grows by 50 up to 200', () => {
    expect(moreStep(50)).toBe(50);
    expect(moreStep(180)).toBe(20);
    expect(moreStep(OVERLAPS_MOST)).toBe(0);
  });
});
