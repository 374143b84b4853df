// Suggested partners: shared topic, target group and region, no tie of any kind.
import { describe, expect, it } from 'vitest';
import {
  suggestedPartners,
  type PartnerProfile,
} from '../../../../server/analysis/network/suggested-partners.ts';
import { actor, tie } from './fixtures.ts';

const kreis = { id: 'kreis', name: 'Kreis', ancestors: ['land', 'de'] };
const land = { id: 'land', name: 'Land', ancestors: ['de'] };
const other = { id: 'other-kreis', name: 'Other Kreis', ancestors: ['land', 'de'] };
const sprache = { id: 'sprache', name: 'Sprache' };
const arbeit = { id: 'arbeit', name: 'Arbeit' };
const refugees = { id: 'refugees', name: 'Geflüchtete' };
const women = { id: 'women', name: 'Frauen' };

const profile = (id: string, extra: Partial<PartnerProfile> = {}): PartnerProfile => ({
  actor: actor(id),
  topics: [sprache],
  targetGroups: [refugees],
  regions: [kreis],
  ...extra,
});

const pairs = (found: ReturnType<typeof suggestedPartners>) =>
  found.map((p) => `${p.first.id}+${p.second.id}`);

describe('suggestedPartners', () => {
  it('pairs actors sharing topic, target group and region, with the reasons, best first', () => {
    const found = suggestedPartners(
      [
        profile('a'),
        profile('b'),
        profile('land-office', { regions: [land], topics: [sprache, arbeit] }),
        profile('elsewhere', { regions: [other] }),
        profile('other-group', { targetGroups: [women] }),
        profile('other-topic', { topics: [arbeit] }),
      ],
      [],
    );
    expect(pairs(found)).toEqual([
      'a+b',
      'a+land-office',
      'b+land-office',
      'elsewhere+land-office',
      'land-office+other-topic',
    ]);
    expect(found[0]).toMatchObject({
      topics: [sprache],
      targetGroups: [refugees],
      regions: [kreis],
      sameRegion: true,
    });
    expect(found[0]?.score).toBe(1);
    // Nested: the Kreis both reach, not the Land.
    expect(found[1]).toMatchObject({ regions: [kreis], sameRegion: false });
    expect(found[1]?.score).toBeCloseTo((0.5 + 1 + 0.5) / 3, 10);
  });

  it('leaves out tied pairs, co-members of a body, units of one organisation, and bodies', () => {
    const profiles = [
      profile('a'),
      profile('b'),
      profile('c'),
      profile('d'),
      profile('e'),
      { ...profile('ak'), actor: actor('ak', { actorClass: 'Body' }) },
    ];
    const ties = [
      tie('a', 'b'),
      tie('c', 'ak', 'MEMBERSHIP'),
      tie('d', 'ak', 'MEMBERSHIP'),
      tie('e', 'parent', 'PART_OF'),
      tie('a', 'parent', 'PART_OF'),
    ];
    expect(pairs(suggestedPartners(profiles, ties))).toEqual([
      'a+c',
      'a+d',
      'b+c',
      'b+d',
      'b+e',
      'c+e',
      'd+e',
    ]);
  });

  it('with a focus, only pairs with that actor', () => {
    expect(pairs(suggestedPartners([profile('a'), profile('b'), profile('c')], [], 'c'))).toEqual([
      'a+c',
      'b+c',
    ]);
  });

  it('with a focus above the others, pairs it with the actors inside its region, and only those', () => {
    const profiles = [
      profile('a'),
      profile('elsewhere', { regions: [other] }),
      profile('land-office', { regions: [land] }),
      profile('federal', { regions: [{ id: 'de', name: 'Deutschland', ancestors: [] }] }),
    ];
    expect(pairs(suggestedPartners(profiles, [], 'land-office'))).toEqual([
      'a+land-office',
      'elsewhere+land-office',
      'federal+land-office',
    ]);
    expect(pairs(suggestedPartners(profiles, [], 'a'))).toEqual(['a+federal', 'a+land-office']);
  });

  it('compares each actor only with those in its regions or above them: many Kreise stay apart', () => {
    const kreise = Array.from({ length: 300 }, (_, i) => ({
      id: `kreis-${i}`,
      name: `Kreis ${i}`,
      ancestors: ['land', 'de'],
    }));
    const profiles = kreise.flatMap((k) => [
      profile(`${k.id}-x`, { regions: [k] }),
      profile(`${k.id}-y`, { regions: [k] }),
    ]);
    const found = suggestedPartners(profiles, []);
    expect(found).toHaveLength(300);
    expect(found.every((p) => p.first.id.replace(/-x$/, '') === p.second.id.replace(/-y$/, ''))).toBe(true);
  });
});
