// A network larger than the browser lays out (more than networkDrawing's serverLayoutFrom of 1,000 nodes), quick to
// import: 1,300 actors in one Land, in 13 clusters of 100 tied in a ring with a few chords, no ties between clusters.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const LARGE_LAND = 'de-13';
export const CLUSTERS = 13;
export const PER_CLUSTER = 100;
export const largeActorId = (cluster: number, i: number) => `drawing-${cluster}-${i}`;

const FACT = { sources: ['doc-004'], lastVerified: '2026-11-21' } as const;

/** Writes the import file (on top of the curated dataset) and returns its path. */
export function writeLargeNetworkFixture(): string {
  const actors = [];
  const relationships = [];
  for (let c = 0; c < CLUSTERS; c += 1) {
    for (let i = 0; i < PER_CLUSTER; i += 1) {
      const from = largeActorId(c, i);
      actors.push({ id: from, kind: 'civilSocietyOrganisation', name: `Zeichenverein ${c}-${i}`, ...FACT });
      relationships.push({ type: 'LOCATED_IN', from, to: LARGE_LAND, ...FACT });
      const ring = largeActorId(c, (i + 1) % PER_CLUSTER);
      relationships.push({ type: 'COOPERATES_WITH', from, to: ring, kind: 'referral', ...FACT });
      if (i % 10 === 0 && i < PER_CLUSTER / 2) {
        const chord = largeActorId(c, i + PER_CLUSTER / 2);
        relationships.push({ type: 'COOPERATES_WITH', from, to: chord, kind: 'referral', ...FACT });
      }
    }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-large-'));
  const file = path.join(dir, 'large-network.json');
  fs.writeFileSync(file, JSON.stringify({ format: 'integration-atlas/1', actors, relationships }));
  return file;
}
