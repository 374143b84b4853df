// Query.network(statedOnly: true) on the curated dataset: relationships a curator inferred are left out and
// expansion does not pass through them, so the network shows only what the sources say.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadFixture, queryData, type ReadFixture } from './read-api.ts';

interface Edge {
  source: string;
  target: string;
  type: string;
  claim: string | null;
}

describe('Query.network with statedOnly', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
  });
  afterAll(() => fx.close());

  const edgesOf = async (args: string) =>
    (
      await queryData<{ network: { edges: Edge[]; nodes: { id: string }[] } }>(
        fx.api,
        `{ network(${args}) { nodes { id } edges { source target type claim } } }`,
      )
    ).network;

  it('keeps only stated relationships of the whole graph', async () => {
    const all = await edgesOf('limit: 500');
    const stated = await edgesOf('limit: 500, statedOnly: true');
    expect(all.edges.some((e) => e.claim === 'INFERRED')).toBe(true);
    expect(stated.edges.length).toBeGreaterThan(0);
    expect(stated.edges.every((e) => e.claim === 'STATED')).toBe(true);
    expect(stated.edges).toEqual(all.edges.filter((e) => e.claim === 'STATED'));
  });

  it('does not expand through an inferred relationship', async () => {
    // The Kreisverwaltung of 001 is inferred from the text, and so are its links; around the WIR-Koordination
    // the stated network does not reach it.
    const around = (statedOnly: boolean) =>
      edgesOf(`focus: ["wir-koordination-doc-001"], depth: 1, statedOnly: ${statedOnly}`);
    const inferredEdges = (await around(false)).edges.filter((e) => e.claim === 'INFERRED');
    expect(inferredEdges.length).toBeGreaterThan(0);
    const stated = await around(true);
    expect(stated.edges.every((e) => e.claim === 'STATED')).toBe(true);
    for (const edge of inferredEdges) {
      const other = edge.source === 'wir-koordination-doc-001' ? edge.target : edge.source;
      const viaStated = stated.edges.some((e) => e.source === other || e.target === other);
      expect({ other, present: stated.nodes.some((n) => n.id === other) }).toEqual({
        other,
        present: viaStated,
      });
    }
  });
});
