import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasHandle } from '../../../server/app/start-atlas.ts';
import type { Database } from '../../../server/db/database.ts';
import { ErrorCode } from '../../../server/errors/error-codes.ts';
import { CURATED_DATASET } from '../../../server/config/curated-dataset.ts';
import { documentToGraph } from '../../../server/export/document-to-graph.ts';
import { readPart } from '../../../server/export/select-part.ts';
import { toCsvFiles } from '../../../server/export/to-csv.ts';
import { networkGraph } from '../../../server/export/network-graph.ts';
import { toGraphml } from '../../../server/export/to-graphml.ts';
import { toJson } from '../../../server/export/to-json.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { sectionFields } from '../../../server/domain/fields.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';
import { startTestServer } from '../../support/test-server.ts';
import { answer, codeOf } from './http-client.ts';

describe('HTTP exports under /export/', () => {
  let db: Database;
  let atlas: AtlasHandle;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-http-export-'));
  const get = (p: string, init?: RequestInit) => fetch(new URL(p, atlas.url), init);

  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    expect((await runImport(db, [CURATED_DATASET])).ok).toBe(true);
    atlas = await startTestServer();
  });
  afterAll(async () => {
    await atlas?.stop();
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('/export/atlas.json is the JSON import format, as a download', async () => {
    const response = await get('/export/atlas.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="atlas.json"');
    expect(await response.text()).toBe(toJson(await readPart(db)));
  });

  it('a downloaded JSON export imported into an empty database gives back the same graph', async () => {
    const downloaded = await (await get('/export/atlas.json')).text();
    const file = path.join(dir, 'atlas.json');
    fs.writeFileSync(file, downloaded);
    await resetDatabase(db);
    expect((await readPart(db)).actors).toEqual([]);
    const report = await runImport(db, [file]);
    expect(report.ok).toBe(true);
    expect(toJson(await readPart(db))).toBe(downloaded);
  });

  it('/export/atlas.graphml is GraphML of the same graph', async () => {
    const response = await get('/export/atlas.graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="atlas.graphml"');
    const expected = toGraphml(documentToGraph(await readPart(db)), { title: 'Integration Atlas' });
    expect(await response.text()).toBe(expected);
  });

  it('/export/network.graphml is the network of actors, programs and measures, provenance as attributes', async () => {
    const response = await get('/export/network.graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="network.graphml"');
    const expected = toGraphml(networkGraph(documentToGraph(await readPart(db))), {
      title: 'Integration Atlas: network',
    });
    const text = await response.text();
    expect(text).toBe(expected);
    expect(text).not.toContain('<node id="doc-004"');
  });

  it('/export/csv/<section>.csv is one CSV file of the import format, named as the importer expects', async () => {
    const response = await get('/export/csv/actors.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="actors.csv"');
    const bytes = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(bytes).toBe(toCsvFiles(await readPart(db)).get('actors.csv'));
    expect(bytes.startsWith('\uFEFF')).toBe(true);
  });

  it('filters by region and label like `npm run export`', async () => {
    const byRegion = await (await get('/export/atlas.json?region=de-059')).text();
    expect(byRegion).toBe(toJson(await readPart(db, { region: 'de-059' })));
    const agencies = await (await get('/export/atlas.json?label=Agency&label=Measure')).text();
    expect(agencies).toBe(toJson(await readPart(db, { labels: ['Agency', 'Measure'] })));
    const actors = (JSON.parse(agencies) as { actors: { kind: string }[] }).actors;
    expect(actors).toHaveLength(10);
    // The label is the class: every public authority has it, whichever narrower agency kind it has.
    expect(new Set(actors.map((a) => a.kind))).toEqual(
      new Set([
        'federalOffice',
        'regionalGovernment',
        'localAdministration',
        'immigrationOffice',
        'jobcenter',
      ]),
    );
  });

  it('answers an empty section with its header row, still a valid CSV file', async () => {
    const response = await get('/export/csv/actors.csv?region=no-such-region');
    expect(response.status).toBe(200);
    // Bytes, not text(): fetch's decoder drops the byte-order mark.
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(text).toBe(`\uFEFF${sectionFields('actors').all.join(',')}\r\n`);
  });

  it.each([
    ['an unknown format', '/export/atlas.xlsx'],
    ['an unknown CSV section', '/export/csv/people.csv'],
    ['the folder itself', '/export/'],
  ])('answers 404 NOT_FOUND with the list of exports for %s', async (_name, p) => {
    const a = await answer(await get(p));
    expect(a.status).toBe(404);
    expect(a.contentType).toMatch(/^application\/json/);
    expect(codeOf(a)).toBe(ErrorCode.NOT_FOUND);
    expect(a.body.errors?.[0]?.extensions?.available).toContain('/export/csv/actors.csv');
  });

  it.each([
    ['an unknown label', '/export/atlas.json?label=Person'],
    ['an unknown parameter', '/export/atlas.json?regoin=de-05'],
    ['two regions', '/export/atlas.json?region=de-05&region=de-09'],
  ])('answers 400 BAD_USER_INPUT for %s', async (_name, p) => {
    const a = await answer(await get(p));
    expect(a.status).toBe(400);
    expect(codeOf(a)).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it('is read-only: HEAD gives the headers, anything but GET and HEAD gets 405', async () => {
    const head = await get('/export/atlas.json', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-disposition')).toBe('attachment; filename="atlas.json"');
    expect(await head.text()).toBe('');
    const postResponse = await get('/export/atlas.json', { method: 'POST', body: '{}' });
    expect(postResponse.status).toBe(405);
    expect(postResponse.headers.get('allow')).toBe('GET, HEAD');
  });
});
