// Every kind, role, level and bodyKind must be a term of its vocabulary, defined in the import or the database;
// for the vocabularies fixed in code (actor kinds are labels, region levels carry code rules) also one of those.
import { ruleFor } from '../domain/relationship-types.ts';
import { FIXED_TERM_KEYS, type Vocabulary } from '../domain/vocabulary.ts';
import type { CheckedRecords } from './check-schemas.ts';
import type { Resolver } from './import-index.ts';
import { importError, type ImportIssue, type IssueLocation } from '../errors/issues.ts';

interface TermUse {
  readonly vocabulary: Vocabulary;
  readonly key: string | null;
  readonly field: string;
  readonly location: IssueLocation;
}

export function checkTerms(checked: CheckedRecords, resolver: Resolver): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const { record, location } of checked.terms) {
    const fixed = FIXED_TERM_KEYS[record.vocabulary];
    if (fixed && !fixed.includes(record.key)) {
      const message = `${record.vocabulary} is fixed in code; "${record.key}" is not one of ${fixed.join(', ')}`;
      issues.push(importError('INVALID_VALUE', location, message, { field: 'key' }));
    }
  }
  for (const use of termUses(checked)) {
    if (use.key === null) continue;
    const fixed = FIXED_TERM_KEYS[use.vocabulary];
    if (fixed && !fixed.includes(use.key)) {
      const message = `"${use.key}" is not a term of ${use.vocabulary}, which is fixed: ${fixed.join(', ')}`;
      issues.push(importError('UNKNOWN_TERM', use.location, message, { field: use.field }));
    } else if (!resolver.hasTerm(use.vocabulary, use.key)) {
      const message = `"${use.key}" is not a term of ${use.vocabulary}: add it to terms or fix the spelling`;
      issues.push(importError('UNKNOWN_TERM', use.location, message, { field: use.field }));
    }
  }
  return issues;
}

function* termUses(checked: CheckedRecords): Generator<TermUse> {
  for (const { record, location } of checked.actors) {
    yield { vocabulary: 'actorKind', key: record.kind, field: 'kind', location };
    yield { vocabulary: 'bodyKind', key: record.bodyKind, field: 'bodyKind', location };
  }
  for (const { record, location } of checked.programs) {
    yield { vocabulary: 'programKind', key: record.kind, field: 'kind', location };
  }
  for (const { record, location } of checked.measures) {
    yield { vocabulary: 'measureKind', key: record.kind, field: 'kind', location };
  }
  for (const { record, location } of checked.regions) {
    yield { vocabulary: 'regionLevel', key: record.level, field: 'level', location };
  }
  for (const { record, location } of checked.relationships) {
    // A role or kind the type does not take is reported by the relationship check, not as a term.
    const property = ruleFor(record.type).property;
    if (property)
      yield { vocabulary: property.vocabulary, key: record[property.name], field: property.name, location };
  }
}
