// Rows of vocabularies.cypher ({name, terms}) → Vocabulary objects.
import type { Row } from '../../../../db/database.ts';
import { toTermRecord, type TermRecord } from './term-record.ts';

export interface VocabularyRecord {
  readonly name: string;
  readonly terms: TermRecord[];
}

export function toVocabularies(rows: readonly Row[]): VocabularyRecord[] {
  return rows.map((row) => ({
    name: String(row.name),
    terms: (Array.isArray(row.terms) ? row.terms : [])
      .map(toTermRecord)
      .filter((t): t is TermRecord => t !== null),
  }));
}
