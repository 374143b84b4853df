// Start-up seeding loads every German Kreis as reference data, next to the curated dataset, through the audited
// importer: all 400 Kreise answer with AGS, NUTS-3 and population, Dortmund stays one region, a re-seed writes
// nothing, and `npm run seed`-style imports of the reference file alone change nothing either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOnStart } from '../../../server/app/seed-on-start.ts';
import { START_UP_DATASETS } from '../../../server/config/curated-dataset.ts';
import { KREISE_DE_REFERENCE } from '../../../server/config/curated-dataset.ts';
import type { Database } from '../../../server/db/database.ts';
import { runImport } from '../../../server/import/run-import.ts';
import { createLogger } from '../../../server/logging/logger.ts';
import { createTestApi, type TestApi } from '../../support/test-api.ts';
import { connectTestDatabase, resetDatabase } from '../../support/test-neo4j.ts';

const silent = createLogger('error', () => undefined);

interface RegionRow {
  id: string;
  name: string;
  code: string | null;
  nuts3: string | null;
  population: number | null;
  populationDate: string | null;
  areaKm2: number | null;
  parent: { id: string } | null;
}

const REGION_FIELDS = 'id name code nuts3 population populationDate areaKm2 parent { id }';

describe('reference Kreise loaded by start-up seeding', () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = await connectTestDatabase();
    await resetDatabase(db);
    expect(await seedOnStart(db, 'auto', silent)).toEqual({
      loaded: true,
      reason: 'curated dataset imported',
    });
    api = await createTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  async function query<T>(text: string, variables?: Record<string, unknown>): Promise<T> {
    const { data, errors } = await api.query<T>(text, variables);
    expect(errors).toBeUndefined();
    return data!;
  }

  async function allGermanKreise(): Promise<RegionRow[]> {
    const found: RegionRow[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        regions: { nodes: RegionRow[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await query(
        `query ($after: String) { regions(level: "kreis", country: DE, first: 100, after: $after) {
          totalCount nodes { ${REGION_FIELDS} } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      found.push(...page.regions.nodes);
      if (!page.regions.pageInfo.hasNextPage) return found;
      after = page.regions.pageInfo.endCursor;
    }
  }

  it('has all 400 German Kreise with AGS, NUTS-3 and population (plus the two unnamed curated ones)', async () => {
    const kreise = await allGermanKreise();
    const coded = kreise.filter((r) => r.code !== null);
    expect(coded).toHaveLength(400);
    expect(kreise.filter((r) => r.code === null).map((r) => r.id)).toEqual(
      expect.arrayContaining(['de-06-landkreis-doc-001', 'de-landkreis-doc-004']),
    );
    expect(new Set(coded.map((r) => r.code)).size).toBe(400);
    for (const r of coded) {
      expect(r.id).toBe(`de-${r.code}`);
      expect(r.nuts3).toMatch(/^DE[0-9A-Z]{3}$/);
      expect(r.population).toBeGreaterThan(30_000);
      expect(r.populationDate).toBe('2018-12-31');
    }
    // Kreisfreie Stadt Eisenach joined the Wartburgkreis on 1 July 2021.
    expect(coded.some((r) => r.code === '16056')).toBe(false);
  });

  it('Wartburgkreis after Eisenach joined: both populations, under Thüringen', async () => {
    const { region } = await query<{ region: RegionRow }>(`{ region(id: "de-16063") { ${REGION_FIELDS} } }`);
    expect(region).toEqual({
      id: 'de-16063',
      name: 'Wartburgkreis',
      code: '16063',
      nuts3: 'DEG0P',
      population: 165395,
      populationDate: '2018-12-31',
      areaKm2: 1411.61,
      parent: { id: 'de-16' },
    });
  });

  it('Dortmund is one region, the curated one, under Regierungsbezirk Arnsberg and with its population', async () => {
    const { regions } = await query<{ regions: { nodes: RegionRow[] } }>(
      `{ regions(text: "Dortmund", first: 100) { nodes { ${REGION_FIELDS} } } }`,
    );
    const kreise = regions.nodes.filter((r) => r.code?.length === 5);
    expect(kreise).toEqual([
      {
        id: 'de-05913',
        name: 'Dortmund (kreisfreie Stadt)',
        code: '05913',
        nuts3: 'DEA52',
        population: 587010,
        populationDate: '2018-12-31',
        areaKm2: 280.71,
        parent: { id: 'de-059' },
      },
    ]);
  });

  it('a Kreis of a Land with Regierungsbezirke is part of its Regierungsbezirk', async () => {
    const { region } = await query<{ region: { ancestors: { id: string }[] } }>(
      '{ region(id: "de-09162") { ancestors { id } } }',
    );
    expect(region.ancestors.map((r) => r.id)).toEqual(['de-091', 'de-09', 'de']);
  });

  it('re-seeding writes nothing, and neither does importing the reference file again', async () => {
    expect(await seedOnStart(db, 'auto', silent)).toEqual({
      loaded: false,
      reason: 'database already has data',
    });
    // What ATLAS_SEED=always would write on the next start, and what `npm run seed -- <reference file>` would.
    const reports = [
      await runImport(db, START_UP_DATASETS, { dryRun: true, allowDuplicates: true }),
      await runImport(db, [KREISE_DE_REFERENCE], { dryRun: true }),
    ];
    for (const report of reports) {
      expect(report.ok).toBe(true);
      if (!report.ok) continue;
      expect(report.warnings).toEqual([]);
      expect(report.counts.regions.unchanged).toBeGreaterThanOrEqual(399);
      for (const counts of Object.values(report.counts)) expect(counts.created + counts.updated).toBe(0);
    }
  });
});
