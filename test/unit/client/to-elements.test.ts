import { describe, expect, it } from 'vitest';
import { toElements } from '../../../client/src/graph/to-elements.ts';

describe('toElements', () => {
  it('maps nodes with their kind and keeps edges between returned nodes only', () => {
    const elements = toElements({
      nodes: [
        { id: 'bamf', name: 'BAMF', kind: 'AGENCY' },
        { id: 'ak', name: 'Arbeitskreis', kind: 'BODY' },
        { id: 'odd', name: 'Ohne Art', kind: null },
      ],
      edges: [
        { id: '1', source: 'bamf', target: 'ak', type: 'MEMBER_OF', role: 'member', kind: null },
        { id: '2', source: 'bamf', target: 'elsewhere', type: 'PART_OF', role: null, kind: null },
      ],
      truncated: false,
    });
    expect(elements).toEqual([
      { group: 'nodes', data: { id: 'bamf', label: 'BAMF', kind: 'AGENCY' } },
      { group: 'nodes', data: { id: 'ak', label: 'Arbeitskreis', kind: 'BODY' } },
      { group: 'nodes', data: { id: 'odd', label: 'Ohne Art', kind: 'OTHER' } },
      {
        group: 'edges',
        data: { id: 'e:1', source: 'bamf', target: 'ak', type: 'MEMBER_OF', role: 'member', kind: null },
      },
    ]);
  });
});
