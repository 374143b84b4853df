// Every kind, role, level, bodyKind and quantity kind must be a term of its vocabulary, defined in the import or
// the database; for the vocabularies fixed in code (region levels carry code rules) also one of those. A term's
// `broader` must be a term of the same vocabulary, without loops; an actor kind must lead to an actor class.
import { actorClassOf, ACTOR_CLASSES, isActorClass, MAX_BROADER_DEPTH } from '../domain/node-kinds.ts';
import { ruleFor } from '../domain/relationship-types.ts';
import { createSuggester, didYouMean, type Suggest } from './suggest-id.ts';
import { FIXED_TERM_KEYS, VOCABULARIES, type Vocabulary } from '../domain/vocabulary.ts';
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
    issues.push(...checkBroader(record.vocabulary, record.key, record.broader, resolver, location));
  }
  let suggest: Suggest<Vocabulary> | undefined;
  for (const use of termUses(checked)) {
    if (use.key === null) continue;
    const fixed = FIXED_TERM_KEYS[use.vocabulary];
    if (fixed && !fixed.includes(use.key)) {
      const message = `"${use.key}" is not a term of ${use.vocabulary}, which is fixed: ${fixed.join(', ')}`;
      issues.push(importError('UNKNOWN_TERM', use.location, message, { field: use.field }));
    } else if (!resolver.hasTerm(use.vocabulary, use.key)) {
      // One suggester for the whole import, built at the first unknown key: a file of thousands of rows with the
      // same misspelt kind asks it thousands of times (it remembers its answers).
      suggest ??= createSuggester(
        VOCABULARIES.flatMap((v) => resolver.termKeys(v).map((key) => [key, v] as const)),
      );
      const suggestion = didYouMean(suggest(use.key, [use.vocabulary]));
      const message = `"${use.key}" is not a term of ${use.vocabulary}: add it to terms or fix the spelling${suggestion}`;
      issues.push(importError('UNKNOWN_TERM', use.location, message, { field: use.field }));
    } else if (use.vocabulary === 'actorKind' && resolver.actorClass(use.key) === undefined) {
      const message = `actor kind "${use.key}" leads to no actor class (${ACTOR_CLASSES.join(', ')}): set its broader term`;
      issues.push(importError('INVALID_VALUE', use.location, message, { field: use.field }));
    }
  }
  return issues;
}

/** A broader term must exist in the same vocabulary and the chain must end; actor classes have none. */
function checkBroader(
  vocabulary: Vocabulary,
  key: string,
  broader: string | null,
  resolver: Resolver,
  location: IssueLocation,
): ImportIssue[] {
  const fail = (message: string) => [importError('INVALID_VALUE', location, message, { field: 'broader' })];
  if (vocabulary === 'actorKind' && isActorClass(key)) {
    return broader === null ? [] : fail(`"${key}" is an actor class: it has no broader term`);
  }
  if (broader === null) {
    if (vocabulary !== 'actorKind') return [];
    return fail(`actor kind "${key}" needs a broader term leading to one of ${ACTOR_CLASSES.join(', ')}`);
  }
  if (!resolver.hasTerm(vocabulary, broader)) {
    return [
      importError('UNKNOWN_TERM', location, `"${broader}" is not a term of ${vocabulary}`, {
        field: 'broader',
      }),
    ];
  }
  let current: string | null | undefined = broader;
  for (let step = 0; typeof current === 'string'; step += 1) {
    if (current === key || step > MAX_BROADER_DEPTH)
      return fail(`the broader terms of "${key}" loop back to it`);
    current = resolver.broaderOf(vocabulary, current);
  }
  if (
    vocabulary === 'actorKind' &&
    actorClassOf(key, (k) => (k === key ? broader : resolver.broaderOf(vocabulary, k))) === undefined
  ) {
    return fail(`actor kind "${key}" leads to no actor class (${ACTOR_CLASSES.join(', ')})`);
  }
  return [];
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
    for (const key of record.otherKinds)
      yield { vocabulary: 'measureKind', key, field: 'otherKinds', location };
  }
  for (const { record, location } of [
    ...checked.actors,
    ...checked.programs,
    ...checked.measures,
    ...checked.relationships,
  ]) {
    for (const quantity of record.quantities) {
      yield { vocabulary: 'quantityKind', key: quantity.kind, field: 'quantities', location };
    }
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
