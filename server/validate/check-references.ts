// Every id a record points to must exist, in the import or in the database, and be the right kind of node
// where the field alone decides it (`sources` → Source, `partOf` and `regions` → Region, a topic's or target
// group's `broader` → its own kind). Relationship ends are only checked
// for existence here; which kinds they may be depends on the type (check-relationships). An unknown id comes
// with the nearest known ids of a kind that would fit, when one is close enough to be a typo.
import { endpointMatches, ruleFor, type EndpointKind } from '../domain/relationship-types.ts';
import type { CheckedRecords } from './check-schemas.ts';
import type { NodeKind } from './existing-graph.ts';
import type { Resolver } from './import-index.ts';
import { createSuggester, didYouMean, type Suggest } from './suggest-id.ts';
import { importError, type ImportIssue, type IssueLocation } from '../errors/issues.ts';

const ENDPOINT_KINDS: readonly EndpointKind[] = [
  'Actor',
  'Body',
  'Program',
  'Measure',
  'Topic',
  'TargetGroup',
  'Region',
];

export function checkReferences(checked: CheckedRecords, resolver: Resolver): ImportIssue[] {
  const issues: ImportIssue[] = [];
  let suggest: Suggest<NodeKind> | undefined;
  const expect = (
    id: string,
    kind: NodeKind | undefined,
    fits: readonly NodeKind[] | undefined,
    at: { field: string; item?: number; location: IssueLocation },
  ) => {
    const { field, item, location } = at;
    const found = resolver.kindOf(id);
    if (found === undefined) {
      // Built on the first unknown id only: a valid import never pays for it.
      suggest ??= createSuggester(knownIds(checked, resolver));
      const message = `"${id}" is neither in the import nor in the database${didYouMean(suggest(id, fits))}`;
      issues.push(importError('UNKNOWN_REFERENCE', location, message, { field, item }));
    } else if (kind !== undefined && found !== kind) {
      const message = `${field} must name a ${kind}; "${id}" is a ${found}`;
      issues.push(importError('INVALID_ENDPOINT', location, message, { field, item }));
    }
  };

  for (const { record, location } of withSources(checked)) {
    record.sources.forEach((id, item) => {
      expect(id, 'Source', ['Source'], { field: 'sources', item, location });
    });
  }

  for (const { record, location } of checked.regions) {
    if (record.partOf === record.id) {
      issues.push(
        importError('INVALID_ENDPOINT', location, 'a region cannot be part of itself', { field: 'partOf' }),
      );
    } else if (record.partOf !== null) {
      expect(record.partOf, 'Region', ['Region'], { field: 'partOf', location });
    }
  }

  for (const { record, location } of checked.relationships) {
    const { endpoints } = ruleFor(record.type);
    const fromKinds = ENDPOINT_KINDS.filter((k) => endpoints.some((pair) => endpointMatches(k, pair.from)));
    const toKinds = ENDPOINT_KINDS.filter((k) => endpoints.some((pair) => endpointMatches(k, pair.to)));
    expect(record.from, undefined, fromKinds, { field: 'from', location });
    expect(record.to, undefined, toKinds, { field: 'to', location });
    record.regions.forEach((id, item) => {
      expect(id, 'Region', ['Region'], { field: 'regions', item, location });
    });
  }

  for (const [records, kind] of [
    [checked.topics, 'Topic'],
    [checked.targetGroups, 'TargetGroup'],
  ] as const) {
    for (const { record, location } of records) {
      if (record.broader !== null) expect(record.broader, kind, [kind], { field: 'broader', location });
    }
  }
  return issues;
}

/**
 * The ids known to exist, with their kinds: every id of the database when the loader fetched them (it does when
 * a reference resolves nowhere), those the import defines, and those it names that the database holds.
 */
function* knownIds(checked: CheckedRecords, resolver: Resolver): Generator<readonly [string, NodeKind]> {
  const seen = new Set<string>();
  const ids = [
    ...checked.sources.map(({ record }) => record.id),
    ...checked.topics.map(({ record }) => record.id),
    ...checked.targetGroups.map(({ record }) => record.id),
    ...checked.regions.flatMap(({ record }) => [
      record.id,
      ...(record.partOf === null ? [] : [record.partOf]),
    ]),
    ...checked.actors.map(({ record }) => record.id),
    ...checked.programs.map(({ record }) => record.id),
    ...checked.measures.map(({ record }) => record.id),
    ...checked.relationships.flatMap(({ record }) => [record.from, record.to]),
    ...withSources(checked).flatMap(({ record }) => record.sources),
  ];
  for (const [id, kind] of resolver.databaseIds()) {
    if (seen.has(id)) continue;
    seen.add(id);
    yield [id, resolver.kindOf(id) ?? kind];
  }
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const kind = resolver.kindOf(id);
    if (kind !== undefined) yield [id, kind];
  }
}

function withSources(checked: CheckedRecords) {
  return [
    ...checked.terms,
    ...checked.topics,
    ...checked.targetGroups,
    ...checked.regions,
    ...checked.actors,
    ...checked.programs,
    ...checked.measures,
    ...checked.relationships,
  ];
}
