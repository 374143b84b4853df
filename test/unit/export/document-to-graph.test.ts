import { describe, expect, it } from 'vitest';
import { documentToGraph } from '../../../server/export/document-to-graph.ts';
import { curatedDocument, sampleDocument } from './fixtures.ts';

describe('documentToGraph', () => {
  it('has a node per source, topic, target group, region, actor, program and measure, and no terms', async () => {
    const doc = await curatedDocument();
    const { nodes } = documentToGraph(doc);
    const expected =
      doc.sources.length +
      doc.topics.length +
      doc.targetGroups.length +
      doc.regions.length +
      doc.actors.length +
      doc.programs.length +
      doc.measures.length;
    expect(nodes).toHaveLength(expected);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(expected);
  });

  it('has an edge per relationship, per region partOf and per listed source', async () => {
    const doc = await curatedDocument();
    const { nodes, edges } = documentToGraph(doc);
    const sourced = [doc.topics, doc.targetGroups, doc.regions, doc.actors, doc.programs, doc.measures]
      .flat()
      .reduce((sum, record) => sum + record.sources.length, 0);
    const partOf = doc.regions.filter((region) => region.partOf !== null).length;
    expect(edges).toHaveLength(doc.relationships.length + partOf + sourced);
    expect(edges.filter((edge) => edge.type === 'SOURCED_FROM')).toHaveLength(sourced);
    expect(new Set(edges.map((edge) => edge.id)).size).toBe(edges.length);
    const ids = new Set(nodes.map((node) => node.id));
    expect(edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
  });

  it('labels nodes as the database does and gives each a name', () => {
    const { nodes } = documentToGraph(sampleDocument());
    const byId = new Map(nodes.map((node) => [node.id, node]));
    expect(byId.get('ak-integration')?.labels).toEqual(['Entity', 'Actor', 'Body']);
    expect(byId.get('bamf')?.labels).toEqual(['Entity', 'Actor', 'Agency']);
    expect(byId.get('wir')?.labels).toEqual(['Entity', 'Program']);
    expect(byId.get('sprache')?.labels).toEqual(['Entity', 'Topic']);
    expect(byId.get('sprache')?.properties.name).toBe('Sprache');
    expect(byId.get('doc-a')?.properties.name).toBe('Förderrichtlinie "WIR"');
    // Fields that are edges here are not properties too.
    expect(byId.get('hessen')?.properties).not.toHaveProperty('partOf');
    expect(byId.get('hessen')?.properties).not.toHaveProperty('sources');
    expect(byId.get('hessen')?.properties).toMatchObject({ code: '06', unnamed: false });
  });

  it('derives edges with deterministic ids and the relationship fields as properties', () => {
    const { edges } = documentToGraph(sampleDocument());
    const byId = new Map(edges.map((edge) => [edge.id, edge]));
    expect(byId.get('MEMBER_OF:bamf:ak-integration:member')).toMatchObject({
      type: 'MEMBER_OF',
      source: 'bamf',
      target: 'ak-integration',
      properties: { role: 'member', note: 'seit 2016, beratend', sources: ['doc-a', 'doc-b'] },
    });
    expect(byId.get('COOPERATES_WITH:bamf:ak-integration:informationExchange')?.properties.kind).toBe(
      'informationExchange',
    );
    expect(byId.get('PART_OF:hessen:de:')).toMatchObject({ type: 'PART_OF', properties: {} });
    expect(byId.get('SOURCED_FROM:bamf:doc-a:')).toMatchObject({ source: 'bamf', target: 'doc-a' });
  });
});
