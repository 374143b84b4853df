// Synthetic, clearly fake data at roughly national scale for benchmarks only (never loaded into a real atlas):
// 16 Länder × 25 Kreise × 10 Gemeinden, with actors and measures per Kreis and typical relationships.
import type { AtlasDocumentInput } from '../../server/domain/atlas-document.ts';

export interface BenchSize {
  readonly kreiseProLand: number;
  readonly actorsPerKreis: number;
  readonly measuresPerKreis: number;
}

const DAY = '2026-11-21';
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function generateDocument(size: BenchSize, base: AtlasDocumentInput): AtlasDocumentInput {
  const source = { id: 'bench-source', title: 'Synthetic benchmark data', dateRead: DAY };
  const sources = ['bench-source'];
  const regions: NonNullable<AtlasDocumentInput['regions']> = [];
  const actors: NonNullable<AtlasDocumentInput['actors']> = [];
  const measures: NonNullable<AtlasDocumentInput['measures']> = [];
  const relationships: NonNullable<AtlasDocumentInput['relationships']> = [];
  const topics = (base.topics ?? []).map((t) => t.id);
  const groups = (base.targetGroups ?? []).map((t) => t.id);
  for (let land = 1; land <= 16; land++) {
    for (let k = 1; k <= size.kreiseProLand; k++) {
      const kreisCode = `${pad(land, 2)}0${pad(k, 2)}`;
      const kreis = `bench-kreis-${kreisCode}`;
      regions.push({
        id: kreis,
        name: `Benchkreis ${kreisCode}`,
        level: 'kreis',
        country: 'DE',
        code: kreisCode,
        partOf: `de-${pad(land, 2)}`,
        sources,
        lastVerified: DAY,
      });
      const body = `bench-ak-${kreisCode}`;
      actors.push({
        id: body,
        kind: 'body',
        bodyKind: 'workingGroup',
        name: `Arbeitskreis ${kreisCode}`,
        sources,
        lastVerified: DAY,
      });
      relationships.push({ type: 'ACTIVE_IN', from: body, to: kreis, sources, lastVerified: DAY });
      for (let a = 1; a <= size.actorsPerKreis; a++) {
        const id = `bench-actor-${kreisCode}-${a}`;
        actors.push({
          id,
          kind: a % 3 === 0 ? 'welfareOrganisation' : 'agency',
          name: `Akteur ${a} in ${kreisCode}`,
          sources,
          lastVerified: DAY,
        });
        relationships.push({ type: 'LOCATED_IN', from: id, to: kreis, sources, lastVerified: DAY });
        relationships.push({
          type: 'MEMBER_OF',
          from: id,
          to: body,
          role: 'member',
          sources,
          lastVerified: DAY,
        });
        if (a > 1)
          relationships.push({
            type: 'COOPERATES_WITH',
            from: id,
            to: `bench-actor-${kreisCode}-${a - 1}`,
            kind: 'referral',
            sources,
            lastVerified: DAY,
          });
      }
      for (let m = 1; m <= size.measuresPerKreis; m++) {
        const id = `bench-measure-${kreisCode}-${m}`;
        measures.push({
          id,
          kind: 'counselling',
          name: `Maßnahme ${m} in ${kreisCode}`,
          since: '2020',
          sources,
          lastVerified: DAY,
        });
        relationships.push({ type: 'ACTIVE_IN', from: id, to: kreis, sources, lastVerified: DAY });
        relationships.push({
          type: 'PROVIDES',
          from: `bench-actor-${kreisCode}-${1 + (m % size.actorsPerKreis)}`,
          to: id,
          role: 'provider',
          sources,
          lastVerified: DAY,
        });
        relationships.push({
          type: 'ADDRESSES',
          from: id,
          to: topics[m % topics.length]!,
          sources,
          lastVerified: DAY,
        });
        relationships.push({
          type: 'TARGETS',
          from: id,
          to: groups[m % groups.length]!,
          sources,
          lastVerified: DAY,
        });
      }
    }
  }
  return { format: 'integration-atlas/1', sources: [source], regions, actors, measures, relationships };
}
