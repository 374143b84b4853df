// What the database will hold after importing a synthetic document on top of the curated dataset, counted the way
// `Query.statistics` counts (seed/README.md, "Counts"): nodes are the sources, regions, actors, programs and measures
// the document adds; relationships are its `relationships` entries plus one PART_OF per region with `partOf` — the
// numbers the tiers aim at. SOURCED_FROM, one per node that cites a source, is reported apart: the importer writes it
// from every node's `sources` (relationships keep theirs as a property), and the targets leave it out.
import type { AtlasDocumentInput } from '../../../server/domain/atlas-document.ts';

export interface DocumentCounts {
  readonly nodes: number;
  readonly relationships: number;
  readonly sourcedFrom: number;
  readonly byLabel: Readonly<Record<string, number>>;
  readonly byType: Readonly<Record<string, number>>;
}

export function countDocument(doc: AtlasDocumentInput): DocumentCounts {
  const sources = doc.sources?.length ?? 0;
  const regions = doc.regions ?? [];
  const actors = doc.actors ?? [];
  const programs = doc.programs ?? [];
  const measures = doc.measures ?? [];
  const relationships = doc.relationships ?? [];
  const byType: Record<string, number> = {};
  for (const r of relationships) byType[r.type] = (byType[r.type] ?? 0) + 1;
  const regionParts = regions.filter((r) => typeof r.partOf === 'string').length;
  if (regionParts > 0) byType.PART_OF = (byType.PART_OF ?? 0) + regionParts;
  const cited = [...regions, ...actors, ...programs, ...measures].filter((n) => (n.sources?.length ?? 0) > 0);
  return {
    nodes: sources + regions.length + actors.length + programs.length + measures.length,
    relationships: relationships.length + regionParts,
    sourcedFrom: cited.reduce((sum, n) => sum + (n.sources?.length ?? 0), 0),
    byLabel: {
      Source: sources,
      Region: regions.length,
      Actor: actors.length,
      Program: programs.length,
      Measure: measures.length,
    },
    byType: Object.fromEntries(Object.entries(byType).sort(([a], [b]) => a.localeCompare(b))),
  };
}
