// Step two: who is who. Indexes every id the import defines (also of records that failed their schema, so that
// references to them do not add noise), reports ids defined twice, and answers "what is this id?" for the
// later checks by asking the import first and the database second.
import type { SectionName } from '../domain/atlas-document.ts';
import { actorClassOf, type ActorClass } from '../domain/node-kinds.ts';
import type { Country, Vocabulary } from '../domain/vocabulary.ts';
import type { ImportRecords } from '../parse/records.ts';
import type { CheckedRecords } from './check-schemas.ts';
import type { ExistingGraph, NodeKind } from './existing-graph.ts';
import { formatLocation, importError, type ImportIssue, type IssueLocation } from '../errors/issues.ts';

export interface RegionFacts {
  readonly country: Country;
  readonly level: string;
  readonly code: string | null;
}

export interface Resolver {
  kindOf(id: string): NodeKind | undefined;
  hasTerm(vocabulary: Vocabulary, key: string): boolean;
  /** A term's broader key as the import defines it, else as the database has it (undefined: no such term). */
  broaderOf(vocabulary: Vocabulary, key: string): string | null | undefined;
  /** The class an actor kind belongs to (following `broader`); undefined when it reaches none. */
  actorClass(kind: string): ActorClass | undefined;
  region(id: string): RegionFacts | undefined;
  /** Ids the database holds (as far as loaded), with kinds: candidates for "did you mean". */
  databaseIds(): Iterable<readonly [string, NodeKind]>;
  /** The keys of a vocabulary's terms in the import and the database, for "did you mean". */
  termKeys(vocabulary: Vocabulary): readonly string[];
}

const SECTION_KINDS: Partial<Record<SectionName, NodeKind>> = {
  sources: 'Source',
  topics: 'Topic',
  targetGroups: 'TargetGroup',
  regions: 'Region',
  actors: 'Actor',
  programs: 'Program',
  measures: 'Measure',
};

export function indexImport(
  records: ImportRecords,
  checked: CheckedRecords,
  existing: ExistingGraph,
): { resolver: Resolver; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  // Terms first: an actor is a Body when its kind's chain of broader terms ends at `body`.
  const broader = new Map<string, string | null>();
  for (const { data } of records.terms) {
    if (typeof data.vocabulary !== 'string' || typeof data.key !== 'string') continue;
    broader.set(termId(data.vocabulary, data.key), typeof data.broader === 'string' ? data.broader : null);
  }
  const broaderOf = (vocabulary: Vocabulary, key: string) => {
    const id = termId(vocabulary, key);
    return broader.has(id) ? broader.get(id) : existing.broaderOf(vocabulary, key);
  };
  const actorClass = (kind: string) => actorClassOf(kind, (key) => broaderOf('actorKind', key));

  const nodes = new Map<string, { kind: NodeKind; location: IssueLocation }>();
  for (const [section, kind] of Object.entries(SECTION_KINDS) as [SectionName, NodeKind][]) {
    for (const { data, location } of records[section]) {
      if (typeof data.id !== 'string') continue;
      const own =
        kind === 'Actor' && typeof data.kind === 'string' && actorClass(data.kind) === 'body' ? 'Body' : kind;
      const first = nodes.get(data.id);
      if (first) {
        const message = `id "${data.id}" is already used at ${formatLocation(first.location)}`;
        issues.push(importError('DUPLICATE_ID', location, message, { field: 'id', other: first.location }));
        continue;
      }
      nodes.set(data.id, { kind: own, location });
      const stored = existing.node(data.id)?.kind;
      // Ids are unique across all labels; an actor may become a body and back, nothing else changes label.
      if (stored !== undefined && actorOrBody(stored) !== actorOrBody(own)) {
        const message = `id "${data.id}" already belongs to a ${stored} in the database`;
        issues.push(importError('DUPLICATE_ID', location, message, { field: 'id' }));
      }
    }
  }

  const terms = new Map<string, IssueLocation>();
  for (const { data, location } of records.terms) {
    if (typeof data.vocabulary !== 'string' || typeof data.key !== 'string') continue;
    const id = termId(data.vocabulary, data.key);
    const first = terms.get(id);
    if (first) {
      const message = `term ${data.vocabulary}/${data.key} is already defined at ${formatLocation(first)}`;
      issues.push(importError('DUPLICATE_ID', location, message, { field: 'key', other: first }));
    } else {
      terms.set(id, location);
    }
  }

  const regions = new Map(checked.regions.map(({ record }) => [record.id, record]));
  const resolver: Resolver = {
    kindOf: (id) => nodes.get(id)?.kind ?? existing.node(id)?.kind,
    hasTerm: (vocabulary, key) => terms.has(termId(vocabulary, key)) || existing.hasTerm(vocabulary, key),
    broaderOf,
    actorClass,
    databaseIds: () => existing.candidateIds(),
    termKeys: (vocabulary) => [
      ...new Set([
        ...records.terms.flatMap(({ data }) =>
          data.vocabulary === vocabulary && typeof data.key === 'string' ? [data.key] : [],
        ),
        ...existing.termKeys(vocabulary),
      ]),
    ],
    region: (id) => {
      // An imported region replaces the stored one, even when its record failed and so tells us nothing.
      if (nodes.has(id)) return regions.get(id);
      const stored = existing.node(id);
      return stored?.kind === 'Region' ? stored : undefined;
    },
  };
  return { resolver, issues };
}

function termId(vocabulary: string, key: string): string {
  return `${vocabulary}\u0000${key}`;
}

function actorOrBody(kind: NodeKind): NodeKind {
  return kind === 'Body' ? 'Actor' : kind;
}
