import { describe, expect, it } from 'vitest';
import { nodeKind, toElements } from '../../../client/src/graph/to-elements.ts';

describe('toElements', () => {
  it('maps nodes with their most specific kind and keeps edges between returned nodes only', () => {
    const elements = toElements({
      nodes: [
        { id: 'bamf', name: 'BAMF', labels: ['Entity', 'Actor', 'Agency'] },
        { id: 'ak', name: 'Arbeitskreis', labels: ['Entity', 'Actor', 'Body'] },
      ],
      edges: [
        { id: '1', source: 'bamf', target: 'ak', type: 'MEMBER_OF', role: 'member', kind: null },
        { id: '2', source: 'bamf', target: 'elsewhere', type: 'PART_OF', role: null, kind: null },
      ],
      truncated: false,
    });
    expect(elements).toEqual([
      { group: 'nodes', data: { id: 'bamf', label: 'BAMF', kind: 'Agency' } },
      { group: 'nodes', data: { id: 'ak', label: 'Arbeitskreis', kind: 'Body' } },
      {
        group: 'edges',
        data: { id: 'e:1', source: 'bamf', target: 'ak', type: 'MEMBER_OF', role: 'member', kind: null },
      },
    ]);
  });

  it('falls back to Other for unknown labels', () => {
    expect(nodeKind(['Entity'])).toBe('Other');
    expect(nodeKind(['Entity', 'Measure'])).toBe('Measure');
  });
});
