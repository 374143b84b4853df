// The canonical order of an export: nodes by id, terms by vocabulary and key, relationships by type, ends and
// qualifier. The database returns rows in no fixed order, so without this two exports of the same graph would
// differ and a diff between exports would show noise instead of the changes. The `sources` of a record are a set
// (SOURCED_FROM relationships, read back in no fixed order) and are sorted too; `aliases` keep the order given.
import type { AtlasDocument, RelationshipRecord, TermRecord } from '../domain/atlas-document.ts';

/** A copy of the document in canonical order; the input is left as it is. */
export function sortDocument(doc: AtlasDocument): AtlasDocument {
  return {
    format: doc.format,
    sources: byId(doc.sources),
    terms: doc.terms.map(withSortedSources).sort((a, b) => compareKeys(termKey(a), termKey(b))),
    topics: byId(doc.topics.map(withSortedSources)),
    targetGroups: byId(doc.targetGroups.map(withSortedSources)),
    regions: byId(doc.regions.map(withSortedSources)),
    actors: byId(doc.actors.map(withSortedSources)),
    programs: byId(doc.programs.map(withSortedSources)),
    measures: byId(doc.measures.map(withSortedSources)),
    relationships: doc.relationships
      .map(withSortedSources)
      .sort((a, b) => compareKeys(relationshipKey(a), relationshipKey(b))),
  };
}

function byId<T extends { readonly id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => compareText(a.id, b.id));
}

function withSortedSources<T extends { readonly sources: readonly string[] }>(record: T): T {
  return { ...record, sources: [...record.sources].sort(compareText) };
}

function termKey(term: TermRecord): string[] {
  return [term.vocabulary, term.key];
}

/** COOPERATES_WITH may hold the same pair once per kind, so role and kind (and the period) break ties. */
function relationshipKey(rel: RelationshipRecord): string[] {
  return [rel.type, rel.from, rel.to, rel.role ?? '', rel.kind ?? '', rel.since ?? '', rel.until ?? ''];
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const order = compareText(a[index] ?? '', b[index] ?? '');
    if (order !== 0) return order;
  }
  return 0;
}

/** Code-unit order, not `localeCompare`: the same on every machine, whatever its locale or ICU version. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
