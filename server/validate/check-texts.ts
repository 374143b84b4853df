// Deceptive text that the schemas' cleaning cannot fix without guessing (server/domain/text-safety.ts): a control
// that reorders what is shown, in any text; in a name-like field also a direction mark or a word that mixes
// scripts ("Саritas" with a Cyrillic С and а, which would pass for "Caritas" and hide from the duplicate check).
import { nameProblem, textProblem } from '../domain/text-safety.ts';
import type { CheckedRecords } from './check-schemas.ts';
import { importError, type ImportIssue, type IssueLocation } from '../errors/issues.ts';

/**
 * Fields that name something or point somewhere, in whichever section: a reader takes them for what they look
 * like. Descriptions, definitions, notes, quotes and addresses are prose and may quote text in any script.
 */
export const NAME_LIKE_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'shortName',
  'aliases',
  'title',
  'publisher',
  'labelDe',
  'labelEn',
  'url',
  'website',
  'email',
]);

export function checkTexts(checked: CheckedRecords): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const sections: readonly (readonly { record: object; location: IssueLocation }[])[] =
    Object.values(checked);
  for (const items of sections) {
    for (const { record, location } of items) {
      for (const [field, value] of Object.entries(record)) {
        const check = NAME_LIKE_FIELDS.has(field) ? nameProblem : textProblem;
        for (const [text, item] of textsIn(value)) {
          const problem = check(text);
          if (problem !== undefined) {
            issues.push(importError('INVALID_VALUE', location, `${show(text)}: ${problem}`, { field, item }));
          }
        }
      }
    }
  }
  return issues;
}

/** The texts a field holds, each with its index when it sits in a list (a quantity's note counts as its item). */
function textsIn(value: unknown): [string, number | undefined][] {
  if (typeof value === 'string') return [[value, undefined]];
  if (!Array.isArray(value)) return [];
  return value.flatMap((element: unknown, index): [string, number][] => {
    if (typeof element === 'string') return [[element, index]];
    if (typeof element !== 'object' || element === null) return [];
    return Object.values(element).flatMap((inner): [string, number][] =>
      typeof inner === 'string' ? [[inner, index]] : [],
    );
  });
}

/** The text as JSON, so that invisible controls show as `\u202e`; long texts shortened. */
function show(text: string): string {
  const json = JSON.stringify(text).replace(
    /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return json.length > 70 ? `${json.slice(0, 67)}..."` : json;
}
