// The typed errors of the admin API. Validation problems travel as `extensions.issues` in the importer's own
// shape, so an admin tool renders a mutation's problems and an import's the same way.
import { formatIssue, type ImportIssue } from '../errors/issues.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';

function summary(issues: readonly ImportIssue[]): string {
  const [first] = issues;
  if (!first) return '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more in extensions.issues)` : '';
  return `${formatIssue(first)}${more}`;
}

export function invalidInput(issues: readonly ImportIssue[]): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `The input is invalid: ${summary(issues)}`, {
    issues: [...issues],
  });
}

export function likelyDuplicates(warnings: readonly ImportIssue[]): AppError {
  return new AppError(
    ErrorCode.CONFLICT,
    `Probably a duplicate: ${summary(warnings)}. Merge it, or pass allowDuplicates: true to write it anyway.`,
    { issues: [...warnings] },
  );
}

export function notFound(what: string, id: string): AppError {
  return new AppError(ErrorCode.NOT_FOUND, `No ${what} with id "${id}".`, { id });
}

export function alreadyExists(what: string, id: string): AppError {
  return new AppError(ErrorCode.CONFLICT, `The id "${id}" is already used by a ${what}.`, { id });
}

/** Another admin changed the record between our read and our write; the client should reload and retry. */
export function changedMeanwhile(what: string, id: string): AppError {
  return new AppError(
    ErrorCode.CONFLICT,
    `The ${what} "${id}" was changed by someone else while this request ran: reload it and try again.`,
    { id },
  );
}
