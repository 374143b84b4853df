// bodyGaps and bodyMemberships through GraphQL on hand-made working groups:
//   ak-1, ak-2, ak-3 (kreis-b) each have a Jobcenter (j1–j3) and a welfare organisation (w1–w3); ak-3's Jobcenter
//   membership is only inferred. ak-lacking (kreis-a) has w4 and the Ausländerbehörde a4 (an agency too, but not
//   a Jobcenter); its Jobcenter j4 left in 2020.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, queryData } from '../graphql/read/read-api.ts';
import { actor, baseDocument, INFERRED, openFixture, rel, type Fixture } from './network-fixture.ts';

const bodies = ['ak-1', 'ak-2', 'ak-3', 'ak-lacking'];

const DOCUMENT = {
  ...baseDocument(),
  actors: [
    ...bodies.map((id) => actor(id, 'body', { bodyKind: 'workingGroup', name: `Arbeitskreis ${id}` })),
    ...['j1', 'j2', 'j3', 'j4'].map((id) => actor(id, 'jobcenter', { name: `Jobcenter ${id}` })),
    actor('a4', 'immigrationOffice', { name: 'Ausländerbehörde a4' }),
    ...['w1', 'w2', 'w3', 'w4'].map((id) => actor(id, 'welfareOrganisation')),
  ],
  relationships: [
    ...['ak-1', 'ak-2', 'ak-3'].map((id) => rel('ACTIVE_IN', id, 'kreis-b')),
    rel('ACTIVE_IN', 'ak-lacking', 'kreis-a'),
    rel('MEMBER_OF', 'j1', 'ak-1', { role: 'member' }),
    rel('MEMBER_OF', 'w1', 'ak-1', { role: 'member' }),
    rel('MEMBER_OF', 'j2', 'ak-2', { role: 'member' }),
    rel('MEMBER_OF', 'w2', 'ak-2', { role: 'member' }),
    rel('MEMBER_OF', 'j3', 'ak-3', { role: 'member', ...INFERRED }),
    rel('MEMBER_OF', 'w3', 'ak-3', { role: 'member' }),
    rel('MEMBER_OF', 'w4', 'ak-lacking', { role: 'member' }),
    rel('MEMBER_OF', 'a4', 'ak-lacking', { role: 'member' }),
    rel('MEMBER_OF', 'j4', 'ak-lacking', { role: 'member', since: '2015', until: '2020' }),
  ],
};

const GAPS = `query ($region: ID, $at: Date, $statedOnly: Boolean) {
  bodyGaps(region: $region, at: $at, statedOnly: $statedOnly) {
    body { id bodyKind } memberKind memberKindLabel peersWith { id } peerCount share reason
    labelEn: memberKindLabel(language: EN) reasonEn: reason(language: EN)
  }
}`;

interface Gaps {
  bodyGaps: {
    body: { id: string; bodyKind: string };
    memberKind: string;
    memberKindLabel: string | null;
    labelEn: string | null;
    reasonEn: string;
    peersWith: { id: string }[];
    peerCount: number;
    share: number;
    reason: string;
  }[];
}

const summary = (data: Gaps) =>
  data.bodyGaps.map((gap) => [gap.body.id, gap.memberKind, gap.peersWith.map((p) => p.id), gap.peerCount]);

describe('bodyGaps', () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await openFixture(DOCUMENT);
  });
  afterAll(() => fixture.close());

  it('finds the working group with the Ausländerbehörde but without the Jobcenter its peers all have', async () => {
    const data = await queryData<Gaps>(fixture.api, GAPS, { at: '2026-06-01' });
    expect(summary(data)).toEqual([['ak-lacking', 'jobcenter', ['ak-1', 'ak-2', 'ak-3'], 3]]);
    expect(data.bodyGaps[0]).toMatchObject({
      memberKindLabel: 'Jobcenter',
      labelEn: 'Jobcentre',
      share: 1,
      reason:
        'Arbeitskreis ak-lacking hat kein Mitglied der Art Jobcenter; 3 von 3 Gremien der Art Arbeitskreis haben ' +
        'eines: Arbeitskreis ak-1, Arbeitskreis ak-2, Arbeitskreis ak-3.',
      reasonEn:
        'Arbeitskreis ak-lacking has no member of the kind Jobcentre; 3 of 3 bodies of the kind Working group ' +
        'have one: Arbeitskreis ak-1, Arbeitskreis ak-2, Arbeitskreis ak-3.',
    });
  });

  it('sees the agency while its membership lasts, and only stated memberships with statedOnly', async () => {
    expect((await queryData<Gaps>(fixture.api, GAPS, { at: '2019-06-01' })).bodyGaps).toEqual([]);
    expect(summary(await queryData<Gaps>(fixture.api, GAPS, { at: '2026-06-01', statedOnly: true }))).toEqual(
      [
        ['ak-3', 'jobcenter', ['ak-1', 'ak-2'], 3],
        ['ak-lacking', 'jobcenter', ['ak-1', 'ak-2'], 3],
      ],
    );
  });

  it('judges only the bodies in the region, against peers from everywhere', async () => {
    expect(
      summary(await queryData<Gaps>(fixture.api, GAPS, { region: 'kreis-b', at: '2026-06-01' })),
    ).toEqual([]);
    expect(
      summary(await queryData<Gaps>(fixture.api, GAPS, { region: 'kreis-a', at: '2026-06-01' })),
    ).toEqual([['ak-lacking', 'jobcenter', ['ak-1', 'ak-2', 'ak-3'], 3]]);
    expect(await errorCodes(fixture.api, GAPS, { region: 'nowhere' })).toEqual(['NOT_FOUND']);
  });

  it('gives the bodies × members matrix of a region', async () => {
    const data = await queryData<{
      bodyMemberships: { bodies: { id: string }[]; actors: { id: string }[]; memberships: unknown[] };
    }>(
      fixture.api,
      `{ bodyMemberships(region: "kreis-a", at: "2019-06-01") {
           bodies { id } actors { id } memberships { bodyId actorId role } } }`,
    );
    expect(data.bodyMemberships).toEqual({
      bodies: [{ id: 'ak-lacking' }],
      actors: [{ id: 'a4' }, { id: 'j4' }, { id: 'w4' }],
      memberships: [
        { bodyId: 'ak-lacking', actorId: 'a4', role: 'member' },
        { bodyId: 'ak-lacking', actorId: 'j4', role: 'member' },
        { bodyId: 'ak-lacking', actorId: 'w4', role: 'member' },
      ],
    });
  });
});
