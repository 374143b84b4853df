// Fills the validation snapshot from the database with three batched queries (see existing-graph.ts).
import type { Database } from '../db/database.ts';
import { cypherFile } from '../db/cypher-file.ts';
import { asInteger } from '../db/integer.ts';
import type { Country, Vocabulary } from '../domain/vocabulary.ts';
import type { EntryKind, ExistingEntry, ExistingGraph, ExistingNode } from './existing-graph.ts';
import { createExistingGraph } from './in-memory-graph.ts';
import type { LookupKeys } from './lookup-keys.ts';

const NODES = cypherFile('import/existing-nodes');
const TERMS = cypherFile('import/existing-terms');
const NAME_MATCHES = cypherFile('import/existing-name-matches');
const ALL_IDS = cypherFile('import/all-ids');
/** Suggestions draw on at most this many ids; a bigger database gets suggestions from the first ones by id. */
export const MAX_CANDIDATE_IDS = 200_000;

interface NodeRow {
  id: string;
  labels: string[];
  kind: string | null;
  country: string | null;
  level: string | null;
  code: string | null;
}

export function toExistingNode(row: NodeRow): (ExistingNode & { id: string }) | undefined {
  const { id, labels } = row;
  if (labels.includes('Actor')) return { id, kind: labels.includes('Body') ? 'Body' : 'Actor' };
  if (labels.includes('Region')) {
    return {
      id,
      kind: 'Region',
      country: (row.country ?? 'DE') as Country,
      level: row.level ?? '',
      code: row.code,
    };
  }
  for (const kind of ['Program', 'Measure', 'Topic', 'TargetGroup', 'Source'] as const) {
    if (labels.includes(kind)) return { id, kind };
  }
  return undefined;
}

export async function loadExistingGraph(db: Database, keys: LookupKeys): Promise<ExistingGraph> {
  const nodes = ((await db.read(NODES, { ids: keys.ids })) as unknown as NodeRow[])
    .map(toExistingNode)
    .filter((n) => n !== undefined);
  const terms = (await db.read(TERMS)) as unknown as {
    vocabulary: Vocabulary;
    key: string;
    broader: string | null;
  }[];
  const matches = (await db.read(NAME_MATCHES, { keys: keys.nameKeys })) as unknown as (Omit<
    ExistingEntry,
    'kind'
  > & { labels: string[] })[];
  const entries: ExistingEntry[] = matches.map(({ labels, ...m }) => ({
    ...m,
    kind: (['Actor', 'Program', 'Measure'] as const).find((l) => labels.includes(l)) as EntryKind,
  }));
  // Only when a reference resolves nowhere: then "did you mean" needs every id the database holds.
  const found = new Set(nodes.map((node) => node.id));
  const unresolved = keys.references.some((id) => !found.has(id));
  const candidates = unresolved
    ? ((await db.read(ALL_IDS, { limit: asInteger(MAX_CANDIDATE_IDS) })) as unknown as NodeRow[])
        .map(toExistingNode)
        .filter((n) => n !== undefined)
        .map((n) => [n.id, n.kind] as const)
    : undefined;
  return createExistingGraph({ nodes, terms, entries, ...(candidates ? { candidates } : {}) });
}
