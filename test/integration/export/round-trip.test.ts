import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database.ts';
import type { AtlasDocument } from '../../../server/domain/atlas-document.ts';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import { documentToGraph } from '../../../server/export/document-to-graph.ts';
import { readPart } from '../../../server/export/select-part.ts';
import { toCsvFiles } from '../../../server/export/to-csv.ts';
import { toGraphml } from '../../../server/export/to-graphml.ts';
import { toJson } from '../../../server/export/to-json.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

describe('export → import into an empty database gives back the same graph', () => {
  let db: Database;
  let original: string;
  let originalDoc: AtlasDocument;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-export-'));

  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  // Every test starts from the curated graph; most of them then empty the database and import an export.
  beforeEach(async () => {
    await resetDatabase(db);
    expect((await runImport(db, [CURATED_DATASET])).ok).toBe(true);
    originalDoc = await readPart(db);
    original = toJson(originalDoc);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('as JSON', async () => {
    const file = path.join(dir, 'atlas.json');
    fs.writeFileSync(file, original);
    await resetDatabase(db);
    const report = await runImport(db, [file]);
    expect(report.ok).toBe(true);
    expect(toJson(await readPart(db))).toBe(original);
  });

  it('as CSV (one file per section)', async () => {
    const csvDir = path.join(dir, 'csv');
    fs.mkdirSync(csvDir);
    for (const [name, content] of toCsvFiles(originalDoc)) fs.writeFileSync(path.join(csvDir, name), content);
    await resetDatabase(db);
    const report = await runImport(db, [csvDir]);
    expect(report.ok).toBe(true);
    expect(toJson(await readPart(db))).toBe(original);
  });

  it('a filtered part (Regierungsbezirk Arnsberg) is importable on its own', async () => {
    const part = await readPart(db, { region: 'de-059' });
    expect(part.actors.map((a) => a.id)).toContain('bezirksregierung-arnsberg');
    expect(part.actors.map((a) => a.id)).not.toContain('bamf');
    expect(part.regions.map((r) => r.id)).toEqual(expect.arrayContaining(['de', 'de-05', 'de-059']));
    const file = path.join(dir, 'part.json');
    fs.writeFileSync(file, toJson(part));
    await resetDatabase(db);
    const report = await runImport(db, [file]);
    expect(report.ok).toBe(true);
    expect(toJson(await readPart(db))).toBe(toJson(part));
  });

  it('GraphML of the graph names every node and edge once', async () => {
    const graph = documentToGraph(await readPart(db));
    const xml = toGraphml(graph);
    expect(xml.match(/<node /g)?.length).toBe(graph.nodes.length);
    expect(xml.match(/<edge /g)?.length).toBe(graph.edges.length);
  });
});
