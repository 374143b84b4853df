// The synthetic benchmark data (test/bench/generator, docs/benchmark-data.md): deterministic, of the size each tier
// promises, valid for the project's own importer on top of the curated dataset and the reference Kreise, clearly
// synthetic, and shaped like a real network (a few hubs, most nodes with few ties). No database: the validator is
// pure and runs against the empty graph, as for the first seed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_UP_DATASETS } from '../../../../server/config/curated-dataset.ts';
import type { AtlasDocumentInput } from '../../../../server/domain/atlas-document.ts';
import { loadImportFiles } from '../../../../server/parse/load-files.ts';
import { EMPTY_GRAPH } from '../../../../server/validate/in-memory-graph.ts';
import { sortIssues, validateImport } from '../../../../server/validate/validate-document.ts';
import { SOURCE_ID } from '../../../bench/generator/builder.ts';
import { countDocument } from '../../../bench/generator/count.ts';
import { generateTier } from '../../../bench/generator/generate.ts';
import { loadReference } from '../../../bench/generator/reference.ts';
import { TIER_NAMES, TIERS, TOLERANCE, type TierName } from '../../../bench/generator/tiers.ts';
import { serialise } from '../../../bench/generator/write.ts';

const reference = loadReference();
const docs = new Map<TierName, AtlasDocumentInput>();
const texts = new Map<TierName, string>();
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-generator-'));
  for (const tier of TIER_NAMES) {
    const doc = generateTier(tier, 1, reference);
    docs.set(tier, doc);
    texts.set(tier, serialise(doc));
  }
}, 180_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const doc = (tier: TierName) => docs.get(tier)!;
const named = (d: AtlasDocumentInput) => [...(d.actors ?? []), ...(d.programs ?? []), ...(d.measures ?? [])];
const nodeRecords = (d: AtlasDocumentInput) => [...(d.regions ?? []), ...named(d)];

describe('synthetic benchmark tiers', () => {
  it('are deterministic: the same tier and seed give byte-identical output, another seed another', () => {
    for (const tier of ['S', 'M', 'L'] as const) {
      expect(serialise(generateTier(tier, 1, reference))).toBe(texts.get(tier));
    }
    const other = serialise(generateTier('S', 2, reference));
    expect(other).not.toBe(texts.get('S'));
    expect(JSON.parse(other)).toMatchObject({ format: 'integration-atlas/1' });
  }, 120_000);

  it.each(TIER_NAMES)('tier %s holds its target number of nodes and relationships, within ±15 %%', (tier) => {
    const counts = countDocument(doc(tier));
    const { nodes, relationships } = TIERS[tier].target;
    expect(Math.abs(counts.nodes - nodes)).toBeLessThanOrEqual(nodes * TOLERANCE);
    expect(Math.abs(counts.relationships - relationships)).toBeLessThanOrEqual(relationships * TOLERANCE);
    // SOURCED_FROM is counted apart: one per node except the source itself.
    expect(counts.sourcedFrom).toBe(counts.nodes - 1);
  });

  it.each(['S', 'M', 'L'] as const)(
    'tier %s passes the importer’s validation on top of the curated dataset and the reference Kreise',
    async (tier) => {
      const file = path.join(dir, `atlas-${tier}.json`);
      fs.writeFileSync(file, texts.get(tier)!);
      const parsed = await loadImportFiles([...START_UP_DATASETS, file]);
      const { errors, warnings } = validateImport(parsed.records, EMPTY_GRAPH);
      expect(sortIssues([...parsed.issues, ...errors])).toEqual([]);
      expect(warnings).toEqual([]); // no likely duplicates: `npm run seed` needs no --allow-duplicates
    },
    120_000,
  );

  it.each(TIER_NAMES)(
    'tier %s refers only to its own records and to real regions and curated terms',
    (tier) => {
      const d = doc(tier);
      const curated = JSON.parse(fs.readFileSync(START_UP_DATASETS[0]!, 'utf8')) as AtlasDocumentInput;
      const known = new Set([
        ...[...(curated.regions ?? []), ...(curated.topics ?? []), ...(curated.targetGroups ?? [])].map(
          (r) => r.id,
        ),
        ...reference.kreise.map((k) => k.id),
        ...nodeRecords(d).map((r) => r.id),
      ]);
      const dangling = (d.relationships ?? []).flatMap((r) => [r.from, r.to]).filter((id) => !known.has(id));
      expect(dangling).toEqual([]);
      expect((d.regions ?? []).filter((r) => !known.has(r.partOf ?? ''))).toEqual([]);
    },
    60_000,
  );

  it('is clearly synthetic: "Beispiel-" names, one synthetic source, synthetic Gemeinden without official codes', () => {
    for (const tier of TIER_NAMES) {
      const d = doc(tier);
      expect(d.sources).toEqual([expect.objectContaining({ id: SOURCE_ID })]);
      expect(d.sources?.[0]?.title).toMatch(/Synthetische .*keine realen Fakten/);
      const records = [...nodeRecords(d), ...(d.relationships ?? [])];
      expect(records.filter((r) => r.sources?.length !== 1 || r.sources[0] !== SOURCE_ID)).toEqual([]);
      expect(named(d).filter((r) => !r.name.startsWith('Beispiel-') || !r.id.startsWith('syn-'))).toEqual([]);
      const regions = d.regions ?? [];
      expect(regions.filter((r) => r.level !== 'gemeinde' || r.code !== null)).toEqual([]);
      expect(regions.filter((r) => !r.name.startsWith('Beispiel-Gemeinde '))).toEqual([]);
    }
    // Only the tiers with Gemeinden add regions: S its Kreis's 10, XL the Landkreise of the whole country.
    expect(doc('S').regions).toHaveLength(10);
    expect(doc('L').regions).toEqual([]);
    expect(doc('XL').regions?.length).toBeGreaterThan(10_000);
  }, 60_000);

  it('places each tier where it says: S in one Kreis, M in one Land, L in every Kreis', () => {
    const kreiseOf = (tier: TierName) =>
      new Set(
        (doc(tier).relationships ?? [])
          .filter((r) => r.type === 'LOCATED_IN' && /^de-\d{5}$/.test(r.to))
          .map((r) => r.to),
      );
    expect([...kreiseOf('S')]).toEqual(['de-05562']);
    expect([...kreiseOf('M')].every((id) => id.startsWith('de-05'))).toBe(true);
    expect(kreiseOf('M').size).toBe(53);
    expect(kreiseOf('L').size).toBe(400);
  }, 60_000);

  it('models with the real vocabulary: agency kinds, bodies with roles, stated and inferred claims, reach', () => {
    const d = doc('L');
    const kinds = new Map<string, number>();
    for (const a of d.actors ?? []) kinds.set(a.kind, (kinds.get(a.kind) ?? 0) + 1);
    expect(kinds.get('immigrationOffice')).toBe(400);
    expect(kinds.get('jobcenter')).toBe(400);
    expect(kinds.get('commissioner')).toBe(400 + 16);
    const rels = d.relationships ?? [];
    const measures = d.measures ?? [];
    // 1,430 MBE offices and 450 youth migration services, as the public figures say.
    expect(
      rels.filter((r) => r.type === 'PART_OF' && r.to === 'syn-programm-migrationsberatung'),
    ).toHaveLength(1430);
    expect(
      rels.filter((r) => r.type === 'PART_OF' && r.to === 'syn-programm-jugendmigrationsdienste'),
    ).toHaveLength(450);
    expect(measures.filter((m) => m.kind === 'counselling')).toHaveLength(1430 + 450);
    const claims = rels.map((r) => r.claim);
    const stated = claims.filter((c) => c === 'stated').length;
    expect(stated / claims.length).toBeGreaterThan(0.4);
    expect(stated / claims.length).toBeLessThan(0.8);
    expect(rels.every((r) => (r.claim === 'stated' ? !!r.locator : !!r.reasoning))).toBe(true);
    const reaches = new Set(rels.filter((r) => r.type === 'ACTIVE_IN').map((r) => r.reach));
    expect(reaches).toEqual(new Set(['whole', 'namedPlaces', 'unknownPlaces']));
    const roles = new Set(rels.filter((r) => r.type === 'MEMBER_OF').map((r) => r.role));
    expect(roles).toEqual(new Set(['chair', 'member', 'secretariat', 'guest']));
    expect(rels.some((r) => r.type === 'COOPERATES_WITH' && r.kind === 'formalAgreement')).toBe(true);
  }, 60_000);

  it('has skewed degrees: a few hubs, most nodes with a handful of ties (L and XL)', () => {
    for (const tier of ['L', 'XL'] as const) {
      const d = doc(tier);
      const degree = new Map<string, number>();
      for (const r of d.relationships ?? []) {
        degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
        degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
      }
      const values = named(d)
        .map((n) => degree.get(n.id) ?? 0)
        .sort((a, b) => a - b);
      const median = values[values.length >> 1]!;
      const max = values[values.length - 1]!;
      expect(median).toBeLessThanOrEqual(8);
      expect(max).toBeGreaterThan(50 * median);

      // The cooperation network alone, grown by preferential attachment: its hubs have many times the median.
      const ties = new Map<string, number>();
      for (const r of d.relationships ?? []) {
        if (r.type !== 'COOPERATES_WITH') continue;
        ties.set(r.from, (ties.get(r.from) ?? 0) + 1);
        ties.set(r.to, (ties.get(r.to) ?? 0) + 1);
      }
      const coop = [...ties.values()].sort((a, b) => a - b);
      expect(coop[coop.length - 1]!).toBeGreaterThanOrEqual(8 * coop[coop.length >> 1]!);
    }
  }, 60_000);

  it('cuts tiers from one model: every node of S is the same record in XL, M’s Kreis-level nodes the same as in L', () => {
    const xl = new Map(nodeRecords(doc('XL')).map((r) => [r.id, JSON.stringify(r)]));
    const l = new Map(nodeRecords(doc('L')).map((r) => [r.id, JSON.stringify(r)]));
    expect(nodeRecords(doc('S')).filter((r) => xl.get(r.id) !== JSON.stringify(r))).toEqual([]);
    // M has fewer single offers than XL, so only its Kreis-level records are shared with L.
    const shared = nodeRecords(doc('M')).filter((r) => l.has(r.id));
    expect(shared.length).toBeGreaterThan(1000);
    expect(shared.filter((r) => l.get(r.id) !== JSON.stringify(r))).toEqual([]);
  }, 60_000);
});
