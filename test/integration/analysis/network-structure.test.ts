// networkStructure and suggestedPartners through GraphQL on a hand-made network:
//   kreis-a: triangle a1-a2-a3, `bridge` tied to a1 and to b1; the collective `gruppe` tied to c1 and c2;
//            `iso` (its one tie to `old` ended 2020); d1-d2 tied by an inferred cooperation only;
//   kreis-b: triangle b1-b2-b3;
//   de-06:   `land-office`, without ties.
// Partners: iso and a2's counselling (both Sprache / Geflüchtete in kreis-a); land-office likewise in de-06;
// a3 addresses the same but cooperates with a2.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, queryData } from '../graphql/read/read-api.ts';
import { actor, baseDocument, INFERRED, openFixture, rel, type Fixture } from './network-fixture.ts';

const inA = ['a1', 'a2', 'a3', 'bridge', 'gruppe', 'c1', 'c2', 'iso', 'old', 'd1', 'd2'];
const inB = ['b1', 'b2', 'b3'];
const coop = (from: string, to: string, extra: Record<string, unknown> = {}) =>
  rel('COOPERATES_WITH', from, to, { kind: 'networking', ...extra });

const DOCUMENT = {
  ...baseDocument(),
  actors: [
    ...inA.map((id) =>
      actor(id, 'agency', id === 'gruppe' ? { kind: 'commissioner', collective: true } : {}),
    ),
    ...inB.map((id) => actor(id, 'welfareOrganisation')),
    actor('land-office', 'agency'),
  ],
  measures: [
    {
      id: 'beratung-a2',
      kind: 'counselling',
      name: 'Beratung',
      claim: 'stated',
      locator: 'S. 2',
      sources: ['doc-net'],
      lastVerified: '2026-11-21',
    },
  ],
  relationships: [
    ...inA.map((id) => rel('ACTIVE_IN', id, 'kreis-a')),
    ...inB.map((id) => rel('ACTIVE_IN', id, 'kreis-b')),
    rel('ACTIVE_IN', 'land-office', 'de-06'),
    coop('a1', 'a2'),
    coop('a2', 'a3'),
    coop('a3', 'a1'),
    coop('b1', 'b2'),
    coop('b2', 'b3'),
    coop('b3', 'b1'),
    coop('bridge', 'a1'),
    coop('bridge', 'b1'),
    coop('gruppe', 'c1'),
    coop('gruppe', 'c2'),
    coop('iso', 'old', { since: '2015', until: '2020' }),
    coop('d1', 'd2', INFERRED),
    rel('PROVIDES', 'a2', 'beratung-a2', { role: 'provider' }),
    rel('ACTIVE_IN', 'beratung-a2', 'kreis-a'),
    rel('ADDRESSES', 'beratung-a2', 'sprache'),
    rel('TARGETS', 'beratung-a2', 'gefluechtete'),
    ...['iso', 'a3', 'land-office', 'b1'].flatMap((id) => [
      rel('ADDRESSES', id, 'sprache'),
      rel('TARGETS', id, 'gefluechtete'),
    ]),
  ],
};

const STRUCTURE = `query ($region: ID, $at: Date, $statedOnly: Boolean, $ties: [NetworkTieKind!]) {
  networkStructure(region: $region, at: $at, statedOnly: $statedOnly, ties: $ties) {
    at ties actorCount tieCount componentCount isolatedCount
    isolated { id collective }
    articulationPoints { actor { id } piecesAfter actorsCutOff }
    betweenness(first: 3) { actor { id } score rank }
    betweennessMethod betweennessPivots
    communities(first: 10) { size members { id } }
    modularity
  }
}`;

interface Structure {
  at: string;
  ties: string[];
  actorCount: number;
  tieCount: number;
  componentCount: number;
  isolatedCount: number;
  isolated: { id: string; collective: boolean }[];
  articulationPoints: { actor: { id: string }; piecesAfter: number; actorsCutOff: number }[];
  betweenness: { actor: { id: string }; score: number; rank: number }[];
  betweennessMethod: string;
  betweennessPivots: number | null;
  communities: { size: number; members: { id: string }[] }[];
  modularity: number;
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('networkStructure', () => {
  let fixture: Fixture;
  const structure = async (variables: Record<string, unknown>) =>
    (await queryData<{ networkStructure: Structure }>(fixture.api, STRUCTURE, variables)).networkStructure;

  beforeAll(async () => {
    fixture = await openFixture(DOCUMENT);
  });
  afterAll(() => fixture.close());

  it('finds the isolated actors, the bridge as broker, and not the collective hub', async () => {
    const result = await structure({ at: '2026-06-01' });
    expect(result).toMatchObject({
      at: '2026-06-01',
      ties: ['COOPERATION', 'MEMBERSHIP', 'PART_OF'],
      actorCount: 15,
      tieCount: 11,
      // {a*, b*, bridge}, {gruppe, c1, c2}, {d1, d2}, iso, old, land-office
      componentCount: 6,
      betweennessMethod: 'EXACT',
      betweennessPivots: null,
    });
    expect(ids(result.isolated)).toEqual(['iso', 'land-office', 'old']);
    expect(result.articulationPoints.map((p) => [p.actor.id, p.piecesAfter, p.actorsCutOff])).toEqual([
      ['bridge', 2, 3],
      ['a1', 2, 2],
      ['b1', 2, 2],
    ]);
    expect(result.betweenness[0]).toMatchObject({ actor: { id: 'bridge' }, rank: 1 });
    // 9 of the 91 pairs of the other 14 actors run through the bridge (normalised as networkx does).
    expect(result.betweenness[0]?.score).toBeCloseTo(9 / 91, 10);
    expect(result.betweenness.map((b) => b.actor.id)).not.toContain('gruppe');
  });

  it('finds the two triangles in different communities', async () => {
    const result = await structure({ at: '2026-06-01' });
    const communityOf = (id: string) => result.communities.findIndex((c) => ids(c.members).includes(id));
    expect(communityOf('a2')).toBe(communityOf('a3'));
    expect(communityOf('b2')).toBe(communityOf('b3'));
    expect(communityOf('a2')).not.toBe(communityOf('b2'));
    expect(communityOf('a2')).toBeGreaterThanOrEqual(0);
    expect(communityOf('iso')).toBe(-1);
    expect(result.modularity).toBeGreaterThan(0.3);
  });

  it('counts a tie only while it lasts and, with statedOnly, only when stated', async () => {
    expect(ids((await structure({ at: '2019-06-01' })).isolated)).toEqual(['land-office']);
    expect(ids((await structure({ at: '2026-06-01', statedOnly: true })).isolated)).toEqual([
      'd1',
      'd2',
      'iso',
      'land-office',
      'old',
    ]);
  });

  it('looks only at the actors placed in a region, and refuses an unknown one', async () => {
    const result = await structure({ region: 'kreis-b', at: '2026-06-01' });
    expect(result).toMatchObject({
      actorCount: 3,
      tieCount: 3,
      componentCount: 1,
      isolated: [],
      articulationPoints: [],
    });
    expect(await errorCodes(fixture.api, STRUCTURE, { region: 'nowhere' })).toEqual(['NOT_FOUND']);
  });

  it('counts only the tie kinds asked for', async () => {
    const result = await structure({ at: '2026-06-01', ties: ['PART_OF'] });
    expect(result).toMatchObject({ ties: ['PART_OF'], tieCount: 0, isolatedCount: 15, componentCount: 15 });
  });
});

const PARTNERS = `query ($actor: ID, $region: ID, $at: Date) {
  suggestedPartners(actor: $actor, region: $region, at: $at) {
    actor { id } partner { id }
    sharedTopics { id name } sharedTargetGroups { id } sharedRegions { id } sameRegion score reason
    reasonEn: reason(language: EN)
  }
}`;

interface Partners {
  suggestedPartners: {
    actor: { id: string };
    partner: { id: string };
    sharedTopics: { id: string; name: string }[];
    sharedTargetGroups: { id: string }[];
    sharedRegions: { id: string }[];
    sameRegion: boolean;
    score: number;
    reason: string;
    reasonEn: string;
  }[];
}

describe('suggestedPartners', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await openFixture(DOCUMENT);
  });
  afterAll(() => fixture.close());

  it('suggests untied actors sharing topic, target group and region, with reasons, same region first', async () => {
    const { suggestedPartners } = await queryData<Partners>(fixture.api, PARTNERS, {
      actor: 'iso',
      at: '2026-06-01',
    });
    expect(suggestedPartners.map((p) => [p.actor.id, p.partner.id, p.sameRegion])).toEqual([
      ['iso', 'a2', true],
      ['iso', 'a3', true],
      ['iso', 'land-office', false],
    ]);
    expect(suggestedPartners[0]).toMatchObject({
      sharedTopics: [{ id: 'sprache', name: 'Sprache' }],
      sharedTargetGroups: [{ id: 'gefluechtete' }],
      sharedRegions: [{ id: 'kreis-a' }],
      score: 1,
    });
    expect(suggestedPartners[2]?.sharedRegions).toEqual([{ id: 'kreis-a' }]);
    expect(suggestedPartners[0]?.reason).toBe(
      'iso und a2 arbeiten beide zu Sprache für Geflüchtete in kreis-a und haben keine Verbindung.',
    );
    expect(suggestedPartners[0]?.reasonEn).toBe(
      'iso and a2 both work on Language for Refugees in kreis-a, and have no tie.',
    );
  });

  it('never pairs tied actors, nor actors in sibling regions', async () => {
    const { suggestedPartners } = await queryData<Partners>(fixture.api, PARTNERS, { at: '2026-06-01' });
    const pairs = suggestedPartners.map((p) => `${p.actor.id}+${p.partner.id}`);
    expect(pairs).not.toContain('a2+a3');
    expect(pairs).not.toContain('b1+iso');
    expect(pairs).not.toContain('a2+b1');
    expect(pairs).toEqual(
      expect.arrayContaining(['a2+iso', 'a3+iso', 'a2+land-office', 'b1+land-office', 'iso+land-office']),
    );
  });

  it('refuses an actor out of scope', async () => {
    expect(await errorCodes(fixture.api, PARTNERS, { actor: 'b1', region: 'kreis-a' })).toEqual([
      'NOT_FOUND',
    ]);
  });
});
