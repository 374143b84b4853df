// An ExistingGraph held in memory: for tests, for the first seed of an empty database, and as the container a
// database loader fills with the results of its batched queries.
import { nameKey } from '../domain/name-key.ts';
import type { Vocabulary } from '../domain/vocabulary.ts';
import type { ExistingEntry, ExistingGraph, ExistingNode, NodeKind } from './existing-graph.ts';

export interface ExistingSnapshot {
  readonly nodes?: readonly (ExistingNode & { readonly id: string })[];
  readonly terms?: readonly {
    readonly vocabulary: Vocabulary;
    readonly key: string;
    readonly broader?: string | null;
  }[];
  readonly entries?: readonly ExistingEntry[];
  /** Ids beyond `nodes` that suggestions may offer (every id of the database, with its kind). */
  readonly candidates?: readonly (readonly [string, NodeKind])[];
}

export function createExistingGraph(snapshot: ExistingSnapshot = {}): ExistingGraph {
  const nodes = new Map((snapshot.nodes ?? []).map((node) => [node.id, node]));
  const terms = new Map(
    (snapshot.terms ?? []).map((term) => [termId(term.vocabulary, term.key), term.broader ?? null]),
  );
  const byKey = new Map<string, ExistingEntry[]>();
  for (const entry of snapshot.entries ?? []) {
    // An entry whose alias folds to its own name key must still be listed once.
    for (const key of new Set([entry.name, ...entry.aliases].map(nameKey))) {
      byKey.set(key, [...(byKey.get(key) ?? []), entry]);
    }
  }
  return {
    node: (id) => nodes.get(id),
    hasTerm: (vocabulary, key) => terms.has(termId(vocabulary, key)),
    broaderOf: (vocabulary, key) => terms.get(termId(vocabulary, key)),
    candidateIds: () =>
      snapshot.candidates ?? [...nodes.values()].map((node) => [node.id, node.kind] as const),
    termKeys: (vocabulary) =>
      (snapshot.terms ?? []).filter((term) => term.vocabulary === vocabulary).map((term) => term.key),
    entriesWithNameKey: (key) => byKey.get(key) ?? [],
  };
}

/** The database before the first seed. */
export const EMPTY_GRAPH: ExistingGraph = createExistingGraph();

function termId(vocabulary: string, key: string): string {
  return `${vocabulary}\u0000${key}`;
}
