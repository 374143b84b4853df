import { canonical } from '../store/plan-changes.ts';
import { auditedWrite } from '../audit/audited-write.ts';
import { documentWith } from './documents.ts';
import { changedMeanwhile, notFound } from './input-errors.ts';
import { readOnly, readTerm } from '../store/read-records.ts';
import { recordChange, termId, type RecordChange } from './record-change.ts';
import { INPUT, validateRecords } from './validate-records.ts';
import { lockTerm, writeRecords } from './write-records.ts';
import type { Writer } from './writer.ts';

/** Changes a term's labels, definition, sources or date; its vocabulary and key identify it and stay. */
export async function updateTerm(
  writer: Writer,
  vocabulary: string,
  key: string,
  patch: Readonly<Record<string, unknown>>,
): Promise<RecordChange> {
  const id = termId(vocabulary, key);
  const before = await readTerm(readOnly(writer.db), vocabulary, key);
  if (!before) throw notFound('Term', id);
  const data = { ...before, ...patch, vocabulary, key };
  const doc = await validateRecords(writer.db, { terms: [{ data, location: INPUT }] });
  const [after] = doc.terms;
  if (!after) throw new Error(`validated terms lost ${id}`);
  if (canonical('terms', after) === canonical('terms', before)) {
    return recordChange('TERM', id, 'UNCHANGED', before);
  }
  return auditedWrite(writer.db, writer.author, async (tx) => {
    await lockTerm(tx, vocabulary, key);
    const current = await readTerm(tx, vocabulary, key);
    if (!current) throw notFound('Term', id);
    if (canonical('terms', current) !== canonical('terms', before)) throw changedMeanwhile('Term', id);
    await writeRecords(tx, documentWith({ terms: [after] }));
    return {
      result: recordChange('TERM', id, 'UPDATED', after),
      changes: [{ action: 'UPDATE', targetKind: 'Term', targetId: id, subjectIds: [id], before, after }],
    };
  });
}
