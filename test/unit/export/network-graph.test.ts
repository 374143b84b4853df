// The network export holds actors, programs and measures and the ties among them; sources, regions, topics and
// target groups are attributes, so network measures see organisations and offers, not provenance or geography.
import { describe, expect, it } from 'vitest';
import { documentToGraph } from '../../../server/export/document-to-graph.ts';
import { networkGraph } from '../../../server/export/network-graph.ts';
import { toGraphml } from '../../../server/export/to-graphml.ts';
import { curatedDocument } from './fixtures.ts';
import { readGraphml } from './graphml-reader.ts';

describe('networkGraph', () => {
  it('keeps actors, programs and measures and only the relationships among them', async () => {
    const doc = await curatedDocument();
    const { nodes, edges } = networkGraph(documentToGraph(doc));
    const ids = new Set([...doc.actors, ...doc.programs, ...doc.measures].map((r) => r.id));
    expect(new Set(nodes.map((n) => n.id))).toEqual(ids);
    expect(edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    const among = doc.relationships.filter((r) => ids.has(r.from) && ids.has(r.to));
    expect(edges).toHaveLength(among.length);
    expect(edges.some((e) => e.type === 'SOURCED_FROM' || e.type === 'ACTIVE_IN')).toBe(false);
  });

  it('carries sources, regions, topics and target groups as node attributes', async () => {
    const doc = await curatedDocument();
    const { nodes } = networkGraph(documentToGraph(doc));
    const course = nodes.find((n) => n.id === 'frauenintegrationskurse-doc-004');
    expect(course?.properties).toMatchObject({
      sources: ['doc-004'],
      activeIn: ['de-landkreis-doc-004'],
      targetGroups: expect.arrayContaining(['frauen']) as unknown,
      topics: ['sprache-und-bildung'],
    });
    const xml = toGraphml(networkGraph(documentToGraph(doc)), { title: 'network' });
    const parsed = readGraphml(xml);
    expect(parsed.nodes.map((n) => n.id)).not.toContain('doc-004');
    expect(parsed.nodes.map((n) => n.id)).not.toContain('de');
    expect(parsed.nodes.find((n) => n.id === 'bamf')?.data.kind).toBe('Agency');
  });
});
