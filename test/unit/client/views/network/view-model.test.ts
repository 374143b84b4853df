// The network view's model: emphasis by kind (edges fade with either end), the legend's counts, degrees, and
// neighbours; edges to nodes outside the answer are dropped.
import { describe, expect, it } from 'vitest';
import { neighboursOf, viewModel, withCarriers } from '../../../../../client/src/views/network/view-model.ts';

const node = (id: string, kind: string | null, distance = 1) => ({
  id,
  name: id.toUpperCase(),
  kind,
  distance,
});
const edge = (id: string, source: string, target: string) => ({
  id,
  source,
  target,
  type: 'MEMBER_OF',
  role: null,
  kind: null,
  claim: null,
  reach: null,
  sources: [],
});

const network = {
  nodes: [
    node('ak', 'BODY', 0),
    node('jc', 'AGENCY'),
    node('abh', 'AGENCY'),
    node('awo', 'WELFARE_ORGANISATION'),
    node('x', null),
  ],
  edges: [edge('1', 'jc', 'ak'), edge('2', 'abh', 'ak'), edge('3', 'awo', 'ak'), edge('4', 'awo', 'outside')],
} as Parameters<typeof viewModel>[0];

describe('viewModel', () => {
  it('emphasises everything without a kind filter, counts kinds and degrees', () => {
    const model = viewModel(network, []);
    expect(model.faded.size).toBe(0);
    expect(model.edges.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(model.legend).toEqual([
      { kind: 'AGENCY', count: 2, emphasised: 2 },
      { kind: 'BODY', count: 1, emphasised: 1 },
      { kind: 'OTHER', count: 1, emphasised: 1 },
      { kind: 'WELFARE_ORGANISATION', count: 1, emphasised: 1 },
    ]);
    expect(model.degree.get('ak')).toBe(3);
  });

  it('fades the other kinds and every edge touching a faded node', () => {
    const model = viewModel(network, ['AGENCY', 'BODY']);
    expect([...model.faded].sort()).toEqual(['awo', 'e:3', 'x']);
    expect(model.legend.find((row) => row.kind === 'WELFARE_ORGANISATION')).toEqual({
      kind: 'WELFARE_ORGANISATION',
      count: 1,
      emphasised: 0,
    });
  });

  it('lists the neighbours on screen', () => {
    expect(neighboursOf(viewModel(network, []), 'ak').sort()).toEqual(['abh', 'awo', 'jc']);
    expect(neighboursOf(viewModel(network, []), 'awo')).toEqual(['ak']);
  });

  it('with a topic or target group filter, emphasises the matching offers and the actors carrying them', () => {
    const offers = {
      nodes: [
        node('ak', 'BODY', 0),
        node('course', 'MEASURE'),
        node('other', 'MEASURE'),
        node('awo', 'WELFARE_ORGANISATION'),
        node('jc', 'AGENCY'),
      ],
      edges: [
        { ...edge('1', 'awo', 'course'), type: 'PROVIDES' },
        { ...edge('2', 'jc', 'other'), type: 'FUNDS' },
        edge('3', 'awo', 'ak'),
      ],
    } as Parameters<typeof viewModel>[0];
    const model = viewModel(offers, [], new Set(['course']));
    expect([...model.faded].filter((id) => !id.startsWith('e:')).sort()).toEqual(['ak', 'jc', 'other']);
    expect(withCarriers(new Set(['course']), model.edges)).toEqual(new Set(['course', 'awo']));
  });
});
