// Rules within a single record that the schemas cannot express: a body and only a body has a bodyKind, and
// nothing ends before it starts.
import { endsBeforeStart } from '../domain/dates.ts';
import type { CheckedRecords } from './check-schemas.ts';
import { importError, type ImportIssue, type IssueLocation } from '../errors/issues.ts';

interface Period {
  readonly since: string | null;
  readonly until: string | null;
}

export function checkRecordRules(checked: CheckedRecords): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const { record, location } of checked.actors) {
    if (record.kind === 'body' && record.bodyKind === null) {
      issues.push(importError('REQUIRED', location, 'a body needs a bodyKind', { field: 'bodyKind' }));
    } else if (record.kind !== 'body' && record.bodyKind !== null) {
      const message = `only actors of kind body have a bodyKind; this one is a ${record.kind}`;
      issues.push(importError('INVALID_VALUE', location, message, { field: 'bodyKind' }));
    }
  }
  const periods: { record: Period; location: IssueLocation }[] = [
    ...checked.actors,
    ...checked.programs,
    ...checked.measures,
    ...checked.relationships,
  ];
  for (const { record, location } of periods) {
    if (record.since !== null && record.until !== null && endsBeforeStart(record.since, record.until)) {
      const message = `until ${record.until} is before since ${record.since}`;
      issues.push(importError('INVALID_DATE', location, message, { field: 'until' }));
    }
  }
  return issues;
}
