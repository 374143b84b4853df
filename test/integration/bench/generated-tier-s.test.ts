// Tier S of the synthetic benchmark data goes into a real Neo4j through the import path `npm run seed` uses
// (runImport), on top of the curated dataset and the reference Kreise, and the database then holds exactly the nodes
// and relationships the generator counted (test/bench/generator/count.ts); a second import changes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_UP_DATASETS } from '../../../server/config/curated-dataset.ts';
import { cypherFile } from '../../../server/db/cypher-file.ts';
import type { Database } from '../../../server/db/database.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { SOURCE_ID } from '../../bench/generator/builder.ts';
import { countDocument, type DocumentCounts } from '../../bench/generator/count.ts';
import { generateTier } from '../../bench/generator/generate.ts';
import { writeDocument } from '../../bench/generator/write.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

const GRAPH_COUNTS = cypherFile('fixtures/generated-graph-counts');
const BY_TYPE = cypherFile('fixtures/generated-relationship-types');
const SYNTHETIC = cypherFile('fixtures/generated-node-count');

interface GraphCounts {
  nodes: number;
  relationships: number;
  sourcedFrom: number;
}

async function graphCounts(db: Database): Promise<GraphCounts> {
  const [row] = await db.read(GRAPH_COUNTS);
  return {
    nodes: Number(row!.nodes),
    relationships: Number(row!.relationships),
    sourcedFrom: Number(row!.sourcedFrom),
  };
}

async function typeCounts(db: Database): Promise<Map<string, number>> {
  return new Map((await db.read(BY_TYPE)).map((row) => [String(row.type), Number(row.count)]));
}

describe('tier S imported into Neo4j', () => {
  let db: Database;
  let dir: string;
  let file: string;
  let expected: DocumentCounts;
  let entries: number;
  let before: GraphCounts;
  let typesBefore: Map<string, number>;

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    const base = await runImport(db, START_UP_DATASETS);
    expect(base.ok).toBe(true);
    before = await graphCounts(db);
    typesBefore = await typeCounts(db);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-tier-s-'));
    file = path.join(dir, 'atlas-S.json');
    const doc = generateTier('S', 1);
    writeDocument(doc, file);
    expected = countDocument(doc);
    entries = doc.relationships?.length ?? 0;
  });

  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports without errors or duplicate warnings and creates every record', async () => {
    const report = await runImport(db, [file]);
    if (!report.ok) throw new Error(JSON.stringify(report.errors.slice(0, 5)));
    expect(report.warnings).toEqual([]);
    expect(report.counts.relationships.created).toBe(entries);
    expect(report.counts.regions.created).toBe(expected.byLabel.Region);
    expect(report.counts.actors.created).toBe(expected.byLabel.Actor);
    expect(report.counts.programs.created).toBe(expected.byLabel.Program);
    expect(report.counts.measures.created).toBe(expected.byLabel.Measure);
  });

  it('adds exactly the nodes, relationships and SOURCED_FROM links the generator counted', async () => {
    const after = await graphCounts(db);
    expect(after.nodes - before.nodes).toBe(expected.nodes);
    expect(after.relationships - before.relationships).toBe(expected.relationships);
    expect(after.sourcedFrom - before.sourcedFrom).toBe(expected.sourcedFrom);
    const [row] = await db.read(SYNTHETIC, { source: SOURCE_ID });
    expect(Number(row!.nodes)).toBe(expected.nodes);
    const typesAfter = await typeCounts(db);
    const added: Record<string, number> = {};
    for (const [type, count] of typesAfter) {
      const grown = count - (typesBefore.get(type) ?? 0);
      if (grown !== 0) added[type] = grown;
    }
    expect(added).toEqual(expected.byType);
  });

  it('changes nothing when imported again', async () => {
    const report = await runImport(db, [file]);
    if (!report.ok) throw new Error('second import refused');
    for (const counts of Object.values(report.counts)) {
      expect(counts.created + counts.updated).toBe(0);
    }
  });
});
