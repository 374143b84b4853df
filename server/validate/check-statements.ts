// Rules for the fields that qualify a statement beyond its ends: `reach`, `regions` and `quantities` only on the
// relationship types that take them (see EXTRA_FIELDS), and no loop in a topic's or target group's `broader`
// chain. That the ids they name exist and are of the right kind is checked with every other reference
// (check-references.ts).
import { EXTRA_FIELDS, RELATIONSHIP_TYPES, ruleFor } from '../domain/relationship-types.ts';
import type { Checked, CheckedRecords } from './check-schemas.ts';
import { importError, type ImportIssue } from '../errors/issues.ts';

export function checkStatements(checked: CheckedRecords): ImportIssue[] {
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
  }

  const nested: readonly (readonly Checked<'topics' | 'targetGroups'>[])[] = [
    checked.topics,
    checked.targetGroups,
  ];
  for (const records of nested) {
    const inImport = new Map(records.map(({ record }) => [record.id, record.broader]));
    for (const { record, location } of records) {
      if (record.broader !== null && loops(record.id, inImport)) {
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
