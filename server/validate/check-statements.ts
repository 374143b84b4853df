// Rules for the fields that qualify a statement beyond its ends: `reach`, `regions` and `quantities` only on the
// relationship types that take them (see EXTRA_FIELDS), `regions` naming regions, and a topic's or target
// group's `broader` naming another node of its own kind without a loop.
import { EXTRA_FIELDS, RELATIONSHIP_TYPES, ruleFor } from '../domain/relationship-types.ts';
import type { Checked, CheckedRecords } from './check-schemas.ts';
import type { NodeKind } from './existing-graph.ts';
import type { Resolver } from './import-index.ts';
import { importError, type ImportIssue } from '../errors/issues.ts';

export function checkStatements(checked: CheckedRecords, resolver: Resolver): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const { record, location } of checked.relationships) {
    const allowed = ruleFor(record.type).fields ?? [];
    for (const field of EXTRA_FIELDS) {
      const value = record[field];
      const given = Array.isArray(value) ? value.length > 0 : value !== null;
      if (given && !allowed.includes(field)) {
        const takers = Object.entries(EXTRA_TAKERS)
          .filter(([, fields]) => fields.includes(field))
          .map(([type]) => type)
          .join(', ');
        const message = `${record.type} takes no ${field} (only ${takers} do)`;
        issues.push(importError('INVALID_VALUE', location, message, { field }));
      }
    }
    for (const id of record.regions) {
      const kind = resolver.kindOf(id);
      if (kind === undefined) {
        const message = `"${id}" is neither in the import nor in the database`;
        issues.push(importError('UNKNOWN_REFERENCE', location, message, { field: 'regions' }));
      } else if (kind !== 'Region') {
        const message = `regions must name regions; "${id}" is a ${kind}`;
        issues.push(importError('INVALID_ENDPOINT', location, message, { field: 'regions' }));
      }
    }
  }

  const broader: [readonly Checked<'topics' | 'targetGroups'>[], NodeKind][] = [
    [checked.topics, 'Topic'],
    [checked.targetGroups, 'TargetGroup'],
  ];
  for (const [records, kind] of broader) {
    const inImport = new Map(records.map(({ record }) => [record.id, record.broader]));
    for (const { record, location } of records) {
      if (record.broader === null) continue;
      const found = resolver.kindOf(record.broader);
      if (found === undefined) {
        const message = `"${record.broader}" is neither in the import nor in the database`;
        issues.push(importError('UNKNOWN_REFERENCE', location, message, { field: 'broader' }));
      } else if (found !== kind) {
        const message = `broader must name a ${kind}; "${record.broader}" is a ${found}`;
        issues.push(importError('INVALID_ENDPOINT', location, message, { field: 'broader' }));
      } else if (loops(record.id, inImport)) {
        const message = `the broader chain of "${record.id}" loops back to it`;
        issues.push(importError('INVALID_VALUE', location, message, { field: 'broader' }));
      }
    }
  }
  return issues;
}

const EXTRA_TAKERS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  RELATIONSHIP_TYPES.map((type) => [type, ruleFor(type).fields ?? []]),
);

function loops(id: string, broaderOf: ReadonlyMap<string, string | null>): boolean {
  const seen = new Set<string>([id]);
  for (let next = broaderOf.get(id); typeof next === 'string'; next = broaderOf.get(next)) {
    if (seen.has(next)) return true;
    seen.add(next);
  }
  return false;
}
