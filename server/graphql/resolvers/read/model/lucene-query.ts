// User text → a Lucene query for the `entity_text` index. The text is taken literally: every character Lucene
// gives a meaning is escaped, and the text is lower-cased so that AND/OR/NOT are words, not operators (the German
// analyzer lower-cases anyway). The last word also matches as a prefix ("Ausländer" finds "Ausländerbehörde");
// Lucene normalises wildcard terms with the analyzer, so umlaut folding still applies there.
import { AppError } from '../../../../errors/app-error.ts';
import { ErrorCode } from '../../../../errors/error-codes.ts';

const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
export const MAX_TEXT_LENGTH = 200;

export type Combine =
  /** Any word may match; more matching words rank higher (search). */
  | 'any'
  /** Every word must match (list filters). Stop words such as "der" drop out of the query by themselves. */
  | 'all';

export function luceneQuery(text: string, combine: Combine): string {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean).map(escapeLucene);
  const clauses = words.map((word, i) => (i === words.length - 1 ? `(${word} ${word}*)` : word));
  return clauses.map((clause) => (combine === 'all' ? `+${clause}` : clause)).join(' ');
}

export function escapeLucene(word: string): string {
  return word.replace(SPECIAL, (char) => `\\${char}`);
}

/** Checks a text argument and builds its query; null passes through as "no text filter". */
export function textQuery(name: string, text: string | null | undefined, combine: Combine): string | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_TEXT_LENGTH) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `Argument "${name}" must hold 1 to ${MAX_TEXT_LENGTH} characters besides spaces.`,
      { argument: name },
    );
  }
  return luceneQuery(trimmed, combine);
}
