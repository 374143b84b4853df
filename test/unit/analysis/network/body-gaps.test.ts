// Body gaps on hand-made bodies: a working group without the agency its three peers have.
import { describe, expect, it } from 'vitest';
import { bodyGaps, type BodyMembership } from '../../../../server/analysis/network/body-gaps.ts';
import { actor } from './fixtures.ts';

const body = (
  id: string,
  members: [string, string][],
  extra: Partial<BodyMembership> = {},
): BodyMembership => ({
  body: actor(id, { kind: 'body', actorClass: 'Body', bodyKind: 'workingGroup' }),
  inScope: true,
  levels: ['kreis'],
  members: members.map(([memberId, kind]) => ({ actor: actor(memberId, { kind }), role: null })),
  ...extra,
});

describe('bodyGaps', () => {
  const bodies = [
    body('ak-a', [
      ['jc-a', 'agency'],
      ['awo-a', 'welfareOrganisation'],
    ]),
    body('ak-b', [
      ['jc-b', 'agency'],
      ['caritas-b', 'welfareOrganisation'],
    ]),
    body('ak-c', [
      ['jc-c', 'agency'],
      ['mo-c', 'migrantOrganisation'],
      ['diakonie-c', 'welfareOrganisation'],
    ]),
    body('ak-lacking', [['diakonie-d', 'welfareOrganisation']]),
  ];

  it('names the kind a body lacks and the peers that have it', () => {
    const gaps = bodyGaps(bodies);
    expect(
      gaps.map((gap) => [gap.body.id, gap.memberKind, gap.peersWith.map((p) => p.id), gap.peerCount]),
    ).toEqual([['ak-lacking', 'agency', ['ak-a', 'ak-b', 'ak-c'], 3]]);
    expect(gaps[0]?.share).toBe(1);
  });

  it('sets no norm below half of the peers or with one peer alone', () => {
    // migrantOrganisation: 1 of 3 peers — not expected of anyone.
    expect(bodyGaps(bodies).some((gap) => gap.memberKind === 'migrantOrganisation')).toBe(false);
    expect(bodyGaps([bodies[0]!, bodies[3]!])).toEqual([]);
  });

  it('judges only bodies in scope, compares only bodies of the same kind, and skips bodies without members', () => {
    const outOfScope = bodies.map((b) => (b.body.id === 'ak-lacking' ? { ...b, inScope: false } : b));
    expect(bodyGaps(outOfScope)).toEqual([]);
    const otherKind = bodies.map((b) =>
      b.body.id === 'ak-lacking' ? { ...b, body: { ...b.body, bodyKind: 'advisoryBoard' } } : b,
    );
    expect(bodyGaps(otherKind)).toEqual([]);
    expect(bodyGaps([...bodies.slice(0, 3), body('ak-empty', [])])).toEqual([]);
  });

  describe('with nested kinds (jobcenter and immigrationOffice under agency)', () => {
    const broader = new Map([
      ['jobcenter', 'agency'],
      ['immigrationOffice', 'agency'],
      ['agency', null],
    ]);
    const peers = ['a', 'b', 'c'].map((x) =>
      body(`ak-${x}`, [
        [`jc-${x}`, 'jobcenter'],
        [`abh-${x}`, 'immigrationOffice'],
      ]),
    );
    const summary = (gaps: ReturnType<typeof bodyGaps>) => gaps.map((gap) => [gap.body.id, gap.memberKind]);

    it('finds the working group with the Ausländerbehörde but without the Jobcenter', () => {
      const lacking = body('ak-lacking', [['abh-d', 'immigrationOffice']]);
      expect(summary(bodyGaps([...peers, lacking], broader))).toEqual([['ak-lacking', 'jobcenter']]);
      // Without the hierarchy the kinds are only compared as they are: the same answer here.
      expect(summary(bodyGaps([...peers, lacking]))).toEqual([['ak-lacking', 'jobcenter']]);
    });

    it('names the narrowest missing kinds only: no Jobcenter and no Ausländerbehörde, not also "no agency"', () => {
      const lacking = body('ak-lacking', [['awo-d', 'welfareOrganisation']]);
      expect(summary(bodyGaps([...peers, lacking], broader))).toEqual([
        ['ak-lacking', 'immigrationOffice'],
        ['ak-lacking', 'jobcenter'],
      ]);
    });

    it('counts a narrower member for a broader norm: peers with "some agency" accept a Jobcenter', () => {
      const generic = ['a', 'b', 'c'].map((x) => body(`ak-${x}`, [[`agency-${x}`, 'agency']]));
      const withJobcenter = body('ak-d', [['jc-d', 'jobcenter']]);
      expect(bodyGaps([...generic, withJobcenter], broader)).toEqual([]);
      expect(summary(bodyGaps([...generic, withJobcenter]))).toEqual([['ak-d', 'agency']]);
    });
  });
});
