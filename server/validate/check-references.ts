// Every id a record points to must exist, in the import or in the database, and be the right kind of node
// where the field alone decides it (`sources` → Source, `partOf` → Region). Relationship ends are only checked
// for existence here; which kinds they may be depends on the type (check-relationships).
import type { CheckedRecords } from './check-schemas.ts';
import type { NodeKind } from './existing-graph.ts';
import type { Resolver } from './import-index.ts';
import { importError, type ImportIssue, type IssueLocation } from '../errors/issues.ts';

export function checkReferences(checked: CheckedRecords, resolver: Resolver): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const expect = (id: string, kind: NodeKind | undefined, field: string, location: IssueLocation) => {
    const found = resolver.kindOf(id);
    if (found === undefined) {
      const message = `"${id}" is neither in the import nor in the database`;
      issues.push(importError('UNKNOWN_REFERENCE', location, message, { field }));
    } else if (kind !== undefined && found !== kind) {
      const message = `${field} must name a ${kind}; "${id}" is a ${found}`;
      issues.push(importError('INVALID_ENDPOINT', location, message, { field }));
    }
  };

  const withSources = [
    ...checked.terms,
    ...checked.topics,
    ...checked.targetGroups,
    ...checked.regions,
    ...checked.actors,
    ...checked.programs,
    ...checked.measures,
    ...checked.relationships,
  ];
  for (const { record, location } of withSources) {
    for (const id of record.sources) expect(id, 'Source', 'sources', location);
  }

  for (const { record, location } of checked.regions) {
    if (record.partOf === record.id) {
      issues.push(
        importError('INVALID_ENDPOINT', location, 'a region cannot be part of itself', { field: 'partOf' }),
      );
    } else if (record.partOf !== null) {
      expect(record.partOf, 'Region', 'partOf', location);
    }
  }

  for (const { record, location } of checked.relationships) {
    expect(record.from, undefined, 'from', location);
    expect(record.to, undefined, 'to', location);
  }
  return issues;
}
