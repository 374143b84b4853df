// The bodies × actors matrix: cells from the memberships, member counts per body, role labels, the matrix of some
// bodies only (a page of a large region); and the actors at no table.
import { describe, expect, it } from 'vitest';
import { actorsAtNoTable, pagePositions } from '../../../../../client/src/views/bodies/actors-at-no-table.ts';
import {
  bodyMatrix,
  matrixFor,
  membershipIndex,
  roleLabel,
} from '../../../../../client/src/views/bodies/body-matrix.ts';

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

describe('matrixFor', () => {
  const a = { id: 'a', name: 'Arbeitskreis A' };
  const b = { id: 'b', name: 'Arbeitskreis B' };
  const c = { id: 'c', name: 'Arbeitskreis C' };
  const people = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => ({ id, name: `Person ${id}` }));
  // By name: p1 … p5; p5 sits in A, p1 in B, p2 in C, p3 in A and B, p4 in none of them.
  const index = membershipIndex({
    bodies: [a, b, c],
    actors: people,
    memberships: [
      { bodyId: 'a', actorId: 'p5', role: 'chair' },
      { bodyId: 'a', actorId: 'p3', role: null },
      { bodyId: 'b', actorId: 'p1', role: 'member' },
      { bodyId: 'b', actorId: 'p3', role: 'member' },
      { bodyId: 'c', actorId: 'p2', role: 'guest' },
    ],
  });

  it('has a column per body shown and a row only for the actors sitting in one of them', () => {
    const page = matrixFor(index, [a, b], 'name');
    expect(page.bodies).toEqual([a, b]);
    expect(page.rows.map((r) => r.actor.id)).toEqual(['p1', 'p3', 'p5']);
    expect(page.rows.every((r) => r.cells.length === 2)).toBe(true);
    expect(page.memberCounts).toEqual([2, 2]);
  });
  it('with `firstBody`, puts each actor under the first body shown it sits in, by name within a body', () => {
    const page = matrixFor(index, [a, b, c], 'firstBody');
    expect(page.rows.map((r) => r.actor.id)).toEqual(['p3', 'p5', 'p1', 'p2']);
    expect(page.rows.find((r) => r.actor.id === 'p5')?.cells).toEqual([
      { member: true, role: 'chair' },
      { member: false },
      { member: false },
    ]);
  });
  it('grows with the bodies shown, not with the region', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ id: `body-${i}`, name: `Gremium ${i}` }));
    const members = many.flatMap((body, i) =>
      [0, 1, 2].map((k) => ({ id: `m-${i}-${k}`, name: `Mitglied ${i}-${k}`, body: body.id })),
    );
    const large = membershipIndex({
      bodies: many,
      actors: members.map(({ id, name }) => ({ id, name })),
      memberships: members.map((m) => ({ bodyId: m.body, actorId: m.id, role: 'member' })),
    });
    const page = matrixFor(large, many.slice(10, 20), 'firstBody');
    expect(page.rows).toHaveLength(30);
    expect(page.rows.flatMap((r) => r.cells)).toHaveLength(300);
    expect(page.rows[0]?.actor.id).toBe('m-10-0');
  });
});

describe('actorsAtNoTable', () => {
  it('keeps the placed actors that are neither a member nor a body, each once, in their order', () => {
    expect(actorsAtNoTable([awo, ak, kv, jc, sg, kv], answer)).toEqual([kv]);
  });
  it('keeps everyone when the region has no body', () => {
    expect(actorsAtNoTable([kv, jc], { bodies: [], actors: [] })).toEqual([kv, jc]);
  });
});

describe('pagePositions', () => {
  it('gives the 1-based first and last position of a page of actors', () => {
    expect(pagePositions(0, 100, 100)).toEqual({ first: 1, last: 100 });
    expect(pagePositions(1, 100, 45)).toEqual({ first: 101, last: 145 });
    expect(pagePositions(0, 100, 0)).toEqual({ first: 0, last: 0 });
  });
});
