// The bodies × actors matrix: cells from the memberships, member counts per body, role labels; and the actors
// at no table.
import { describe, expect, it } from 'vitest';
import { actorsAtNoTable } from '../../../../../client/src/views/bodies/actors-at-no-table.ts';
import { bodyMatrix, roleLabel } from '../../../../../client/src/views/bodies/body-matrix.ts';

const ak = { id: 'ak', name: 'Arbeitskreis Integration' };
const sg = { id: 'sg', name: 'Steuerungsgruppe' };
const jc = { id: 'jc', name: 'Jobcenter' };
const awo = { id: 'awo', name: 'AWO' };
const kv = { id: 'kv', name: 'Kreisverwaltung' };

const answer = {
  bodies: [ak, sg],
  actors: [awo, jc, sg],
  memberships: [
    { bodyId: 'ak', actorId: 'jc', role: 'member' },
    { bodyId: 'ak', actorId: 'awo', role: null },
    { bodyId: 'ak', actorId: 'sg', role: 'guest' },
    { bodyId: 'elsewhere', actorId: 'jc', role: 'chair' },
  ],
};

describe('bodyMatrix', () => {
  const matrix = bodyMatrix(answer);
  it('has a column per body and a row per member, in the answer’s order', () => {
    expect(matrix.bodies.map((b) => b.id)).toEqual(['ak', 'sg']);
    expect(matrix.rows.map((r) => r.actor.id)).toEqual(['awo', 'jc', 'sg']);
  });
  it('fills a member’s cell with its role (null when not stated) and leaves the others empty', () => {
    expect(matrix.rows.map((r) => r.cells)).toEqual([
      [{ member: true, role: null }, { member: false }],
      [{ member: true, role: 'member' }, { member: false }],
      [{ member: true, role: 'guest' }, { member: false }],
    ]);
  });
  it('counts the recorded members of each body, ignoring memberships of bodies outside the answer', () => {
    expect(matrix.memberCounts).toEqual([3, 0]);
  });
  it('is empty without bodies', () => {
    expect(bodyMatrix({ bodies: [], actors: [], memberships: [] })).toEqual({
      bodies: [],
      rows: [],
      memberCounts: [],
    });
  });
});

describe('roleLabel', () => {
  const terms = [{ key: 'member', labelDe: 'Mitglied', labelEn: 'Member' }];
  it('names the role in the page’s language, the key when the vocabulary lacks it, else says it is unstated', () => {
    expect(roleLabel('member', terms, 'de', '?')).toBe('Mitglied');
    expect(roleLabel('member', terms, 'en', '?')).toBe('Member');
    expect(roleLabel('observer', terms, 'de', '?')).toBe('observer');
    expect(roleLabel(null, terms, 'de', 'nicht angegeben')).toBe('nicht angegeben');
  });
});

describe('actorsAtNoTable', () => {
  it('keeps the placed actors that are neither a member nor a body, each once, in their order', () => {
    const matrix = bodyMatrix(answer);
    expect(actorsAtNoTable([awo, ak, kv, jc, sg, kv], matrix)).toEqual([kv]);
  });
  it('keeps everyone when the region has no body', () => {
    expect(actorsAtNoTable([kv, jc], bodyMatrix({ bodies: [], actors: [], memberships: [] }))).toEqual([
      kv,
      jc,
    ]);
  });
});
