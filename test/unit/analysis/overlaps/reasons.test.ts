// The reasons of an overlap finding in German (the default) and English: term labels in the sentence's language,
// names as recorded, the reach in words, the ties or the missing ones.
import { describe, expect, it } from 'vitest';
import { namesOf, type ProviderTies } from '../../../../server/analysis/overlaps/facts.ts';
import { reasonsOf, type ReasonNames } from '../../../../server/analysis/overlaps/reasons.ts';
import { scorePair } from '../../../../server/analysis/overlaps/score-pair.ts';
import { at, BROADER, measure } from './fixtures.ts';

const labels = (entries: [string, string, string][]) =>
  new Map(entries.map(([id, de, en]) => [id, { de, en }]));

const a = measure('a', { topics: ['sprache'], targetGroups: ['gefluechtete'] });
const b = measure('b', {
  topics: ['bildung'],
  placements: [at('de-06431', 'unknownPlaces')],
  sinceDate: '2020-01-01',
});

function names(ties: ReadonlyMap<string, ProviderTies> = new Map()): ReasonNames {
  const records = namesOf([a, b], ties);
  records.set('de-06431', 'Kreis Bergstraße');
  return {
    records,
    terms: labels([
      ['sprache', 'Sprache', 'Language'],
      ['bildung', 'Bildung', 'Education'],
      ['gefluechtete', 'Geflüchtete', 'Refugees'],
    ]),
    cooperationKinds: labels([['referral', 'Verweisberatung', 'Referral']]),
  };
}

const find = (ties: Record<string, ProviderTies> = {}) =>
  scorePair(a, b, { broader: BROADER, ties: new Map(Object.entries(ties)), isStale: () => false })!;

describe('reasons of an overlap', () => {
  it('in German by default, with the labels of the topics and target groups', () => {
    expect(reasonsOf(find(), names())).toEqual([
      'Gemeinsame Themen: Sprache ~ Bildung (weiter gefasst)',
      'Gemeinsame Zielgruppen: Geflüchtete',
      'Beide werden in Kreis Bergstraße angeboten: Das eine erreicht eine ganze Region, in der das andere liegt ' +
        '(ganz in Kreis Bergstraße; an nicht genannten Orten in Kreis Bergstraße)',
      'Beide laufen ab 2020-01-01 mit unbekanntem Ende',
      'Die Träger Provider a und Provider b kooperieren nicht und sitzen in keinem gemeinsamen Gremium',
    ]);
  });

  it('in English when asked', () => {
    expect(reasonsOf(find(), names(), 'en')).toEqual([
      'shared topics: Language ~ Education (broader)',
      'shared target groups: Refugees',
      'both are offered in Kreis Bergstraße: one reaches all of a region that holds the other ' +
        '(whole in Kreis Bergstraße; unnamed places in Kreis Bergstraße)',
      'both active from 2020-01-01 to an unknown end',
      'providers Provider a and Provider b neither cooperate nor share a body',
    ]);
  });

  it('names the tie of a coordinated overlap, with the cooperation kind in the language asked', () => {
    const ties = {
      'provider-a': { partners: [{ id: 'provider-b', kind: 'referral', claim: 'stated' }], bodies: [] },
    };
    const found = find(ties);
    expect(found.coordinated).toBe(true);
    expect(reasonsOf(found, names()).at(-1)).toBe(
      'Abgestimmt: Provider a und Provider b kooperieren (Verweisberatung)',
    );
    expect(reasonsOf(found, names(), 'en').at(-1)).toBe(
      'coordinated: Provider a and Provider b cooperate (Referral)',
    );
  });

  it('falls back to the id for a term without labels', () => {
    const bare = { ...names(), terms: new Map() };
    expect(reasonsOf(find(), bare)[0]).toBe('Gemeinsame Themen: sprache ~ bildung (weiter gefasst)');
  });
});
