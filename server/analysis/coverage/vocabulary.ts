// The rows and columns of every matrix: all topics and target groups with their broader ones.
import { cypherFile } from '../../db/cypher-file.ts';
import type { Database } from '../../db/database.ts';
import type { VocabularyItem } from './roll-up.ts';
import { records, text } from './rows.ts';

const VOCABULARY = cypherFile('analysis/coverage-vocabulary');

export interface CoverageVocabulary {
  readonly topics: readonly VocabularyItem[];
  readonly groups: readonly VocabularyItem[];
}

function items(value: unknown): VocabularyItem[] {
  return records(value).flatMap((r) => {
    const id = text(r.id);
    return id === null ? [] : [{ id, broader: text(r.broader) }];
  });
}

export async function loadVocabulary(db: Database): Promise<CoverageVocabulary> {
  const [row] = await db.read(VOCABULARY);
  return { topics: items(row?.topics), groups: items(row?.groups) };
}
