// Rules within a single record that the schemas cannot express: a body and only a body has a bodyKind, nothing
// ends before it starts, and a claim comes with its evidence (a stated fact with its locator, an inferred one
// with the reasoning); and no text deceives its reader (check-texts.ts: reordering controls, names mixing scripts).
import { endsBeforeStart } from '../domain/dates.ts';
import type { Resolver } from './import-index.ts';
import type { CheckedRecords } from './check-schemas.ts';
import { checkTexts } from './check-texts.ts';
import { importError, type ImportIssue, type IssueLocation } from '../errors/issues.ts';

interface Period {
  readonly since: string | null;
  readonly until: string | null;
}

interface Claim {
  readonly claim: 'stated' | 'inferred' | null;
  readonly locator: string | null;
  readonly reasoning: string | null;
}

export function checkRecordRules(checked: CheckedRecords, resolver: Resolver): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const { record, location } of checked.actors) {
    // An unknown kind was reported by the term check; it decides nothing here.
    const actorClass = resolver.actorClass(record.kind);
    if (actorClass === undefined) continue;
    if (actorClass === 'body' && record.bodyKind === null) {
      issues.push(importError('REQUIRED', location, 'a body needs a bodyKind', { field: 'bodyKind' }));
    } else if (actorClass !== 'body' && record.bodyKind !== null) {
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
  const claims: { record: Claim; location: IssueLocation }[] = [
    ...checked.actors,
    ...checked.programs,
    ...checked.measures,
    ...checked.relationships,
  ];
  for (const { record, location } of claims) issues.push(...claimIssues(record, location));
  issues.push(...checkTexts(checked));
  return issues;
}

function claimIssues(record: Claim, location: IssueLocation): ImportIssue[] {
  const issue = (code: 'REQUIRED' | 'INVALID_VALUE', field: string, message: string) =>
    importError(code, location, message, { field });
  switch (record.claim) {
    case 'stated':
      return [
        ...(record.locator === null
          ? [issue('REQUIRED', 'locator', 'a stated fact needs a locator: a short quote or the section')]
          : []),
        ...(record.reasoning === null
          ? []
          : [issue('INVALID_VALUE', 'reasoning', 'a stated fact has a locator, not a reasoning')]),
      ];
    case 'inferred':
      return [
        ...(record.reasoning === null
          ? [issue('REQUIRED', 'reasoning', 'an inferred fact needs the reasoning that led to it')]
          : []),
        ...(record.locator === null
          ? []
          : [issue('INVALID_VALUE', 'locator', 'an inferred fact has a reasoning, not a locator')]),
      ];
    case null:
      return record.locator === null && record.reasoning === null
        ? []
        : [issue('REQUIRED', 'claim', 'a locator or reasoning needs a claim: "stated" or "inferred"')];
  }
}
