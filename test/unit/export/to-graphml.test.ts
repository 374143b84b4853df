import { describe, expect, it } from 'vitest';
import { documentToGraph } from '../../../server/export/document-to-graph.ts';
import type { ExportGraph } from '../../../server/export/export-graph.ts';
import { toGraphml } from '../../../server/export/to-graphml.ts';
import { readGraphml, type ParsedGraphml } from './graphml-reader.ts';
import { curatedDocument, sampleDocument } from './fixtures.ts';

function graph(): ExportGraph {
  return {
    nodes: [
      {
        id: 'bamf',
        labels: ['Entity', 'Actor', 'Agency'],
        properties: {
          name: 'BAMF <Bund> & "Länder"',
          kind: 'agency',
          aliases: ['A', 'B'],
          staff: 8000,
          unnamed: false,
        },
      },
      {
        id: 'a&b<c>"d\'',
        labels: ['Entity', 'Measure'],
        properties: { name: null, share: 0.5, staff: 3, unnamed: true, 'cost-€': 12, aliases: [] },
      },
      { id: 'bare', labels: [], properties: { mixed: 'x' } },
      { id: 'other', labels: ['Region'], properties: { mixed: 1, share: 2, big: 2 ** 40 } },
    ],
    edges: [
      {
        id: 'RUNS:bamf:x',
        type: 'RUNS',
        source: 'bamf',
        target: 'a&b<c>"d\'',
        properties: {
          role: 'coordinator',
          kind: null,
          sources: ['doc-1', 'doc-2'],
          id: 'clash',
          type: 'also',
        },
      },
    ],
  };
}

function keyTypes(parsed: ParsedGraphml, domain: string): Record<string, string> {
  return Object.fromEntries(
    parsed.keys.filter((key) => key.for === domain).map((key) => [key.name, key.type]),
  );
}

describe('toGraphml', () => {
  it('writes a well-formed, directed GraphML document with namespace and schema location', () => {
    const xml = toGraphml(graph(), { title: 'Atlas & "Export"' });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    const parsed = readGraphml(xml);
    expect(parsed.root['@_xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(parsed.root['@_xsi:schemaLocation']).toMatch(/graphml\.xsd$/);
    expect(parsed.edgedefault).toBe('directed');
    expect(parsed.graphData).toEqual({ title: 'Atlas & "Export"' });
  });

  it('declares one typed key per attribute, inferred over all nodes or edges', () => {
    const parsed = readGraphml(toGraphml(graph()));
    expect(keyTypes(parsed, 'node')).toEqual({
      labels: 'string',
      kind: 'string',
      label: 'string',
      aliases: 'string',
      big: 'long',
      mixed: 'string',
      name: 'string',
      p_cost__: 'int',
      p_kind: 'string',
      share: 'double',
      staff: 'int',
      unnamed: 'boolean',
    });
    expect(keyTypes(parsed, 'edge')).toEqual({
      type: 'string',
      label: 'string',
      p_id: 'string',
      p_type: 'string',
      role: 'string',
      sources: 'string',
    });
    const ids = parsed.keys.map((key) => key.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const key of parsed.keys) expect(key.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
  });

  it('adds labels, kind and label to nodes, type and label to edges, and joins lists with |', () => {
    const parsed = readGraphml(toGraphml(graph()));
    const [bamf, measure, bare] = parsed.nodes;
    expect(bamf?.data).toMatchObject({
      labels: ':Entity:Actor:Agency',
      kind: 'Agency',
      label: 'BAMF <Bund> & "Länder"',
      p_kind: 'agency',
      aliases: 'A|B',
      unnamed: 'false',
    });
    // No name: the id is the label. Null properties and empty lists are not written.
    expect(measure?.data).toMatchObject({ kind: 'Measure', label: 'a&b<c>"d\'', staff: '3' });
    expect(measure?.data).not.toHaveProperty('aliases');
    expect(measure?.data).not.toHaveProperty('name');
    expect(bare?.data).toEqual({ label: 'bare', mixed: 'x' });
    expect(parsed.edges[0]?.data).toEqual({
      type: 'RUNS',
      label: 'RUNS',
      role: 'coordinator',
      sources: 'doc-1|doc-2',
      p_id: 'clash',
      p_type: 'also',
    });
  });

  it('escapes markup in ids and values and drops characters XML 1.0 forbids', () => {
    const input = graph();
    const node = input.nodes[2];
    if (node) node.properties.mixed = 'vor\u0001\u000bnach\ud800 <ok> & fine\r\nnext\ttab';
    const xml = toGraphml(input);
    expect(xml).toContain('<node id="a&amp;b&lt;c&gt;&quot;d&apos;"');
    expect(xml.includes('\u0001') || xml.includes('\u000b')).toBe(false);
    const parsed = readGraphml(xml);
    expect(parsed.nodes.map((n) => n.id)).toEqual(['bamf', 'a&b<c>"d\'', 'bare', 'other']);
    expect(parsed.nodes[2]?.data.mixed).toBe('vornach <ok> & fine\r\nnext\ttab');
    expect(parsed.edges[0]?.target).toBe('a&b<c>"d\'');
  });

  it('refuses edges to missing nodes and duplicate ids', () => {
    const dangling = graph();
    const edge = dangling.edges[0];
    if (edge) edge.target = 'nowhere';
    expect(() => toGraphml(dangling)).toThrow(expect.objectContaining({ code: 'DANGLING_EDGE' }));

    const twice = graph();
    twice.nodes.push({ id: 'bamf', labels: [], properties: {} });
    expect(() => toGraphml(twice)).toThrow(expect.objectContaining({ code: 'DUPLICATE_ID' }));
  });

  it('writes the curated dataset with every edge between existing nodes', async () => {
    const source = documentToGraph(await curatedDocument());
    const parsed = readGraphml(toGraphml(source));
    const ids = new Set(parsed.nodes.map((node) => node.id));
    expect(ids.size).toBe(source.nodes.length);
    expect(parsed.edges).toHaveLength(source.edges.length);
    for (const edge of parsed.edges) {
      expect(ids.has(edge.source ?? '')).toBe(true);
      expect(ids.has(edge.target ?? '')).toBe(true);
    }
    expect(keyTypes(parsed, 'node')).toMatchObject({ crossCutting: 'boolean', unnamed: 'boolean' });
  });

  it('is deterministic', () => {
    const doc = sampleDocument();
    expect(toGraphml(documentToGraph({ ...doc, actors: [...doc.actors].reverse() }))).toBe(
      toGraphml(documentToGraph(doc)),
    );
  });
});
