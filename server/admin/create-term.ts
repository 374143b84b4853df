import { auditedWrite } from '../audit/audited-write.ts';
import { documentWith } from './documents.ts';
import { alreadyExists } from './input-errors.ts';
import { readOnly, readTerm } from '../store/read-records.ts';
import { recordChange, termId, type RecordChange } from './record-change.ts';
import { INPUT, validateRecords } from './validate-records.ts';
import { claimTerm, writeRecords } from './write-records.ts';
import type { Writer } from './writer.ts';

/** Creates a vocabulary term; CONFLICT when its vocabulary already has the key. */
export async function createTerm(
  writer: Writer,
  input: Readonly<Record<string, unknown>>,
): Promise<RecordChange> {
  const vocabulary = String(input.vocabulary);
  const key = String(input.key);
  const id = termId(vocabulary, key);
  if (await readTerm(readOnly(writer.db), vocabulary, key)) throw alreadyExists('Term', id);
  const doc = await validateRecords(writer.db, { terms: [{ data: input, location: INPUT }] });
  const [record] = doc.terms;
  if (!record) throw new Error(`validated terms lost ${id}`);
  return auditedWrite(writer.db, writer.author, async (tx) => {
    await claimTerm(tx, record.vocabulary, record.key);
    await writeRecords(tx, documentWith({ terms: [record] }));
    return {
      result: recordChange('TERM', id, 'CREATED', record),
      changes: [
        { action: 'CREATE', targetKind: 'Term', targetId: id, subjectIds: [id], before: null, after: record },
      ],
    };
  });
}
