import { auditedWrite } from '../audit/audited-write.ts';
import { cypherFile } from '../db/cypher-file.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { notFound } from './input-errors.ts';
import { readOnly, readTerm } from '../store/read-records.ts';
import { recordChange, termId, type RecordChange } from './record-change.ts';
import { readTermUsage } from './term-usage.ts';
import { lockTerm } from './write-records.ts';
import type { Writer } from './writer.ts';

const DELETE_TERM = cypherFile('mutations/delete-term');

/**
 * Deletes a vocabulary term. Never while a record or relationship uses its key: that record would no longer
 * validate, and an export of the graph could not be imported again. There is no `detach` for terms.
 */
export async function deleteTerm(writer: Writer, vocabulary: string, key: string): Promise<RecordChange> {
  const id = termId(vocabulary, key);
  const found = await readTerm(readOnly(writer.db), vocabulary, key);
  if (!found) throw notFound('Term', id);
  return auditedWrite(writer.db, writer.author, async (tx) => {
    await lockTerm(tx, vocabulary, key);
    const current = await readTerm(tx, vocabulary, key);
    if (!current) throw notFound('Term', id);
    const usage = await readTermUsage(tx, current.vocabulary, key);
    if (usage.nodeCount + usage.linkCount > 0) {
      const references = [
        ...usage.nodes.map((node) => `used by ${node}`),
        ...(usage.linkCount > 0 ? [`used by ${usage.linkCount} relationship(s)`] : []),
      ];
      throw new AppError(
        ErrorCode.CONFLICT,
        `The term ${id} is used by ${usage.nodeCount} record(s) and ${usage.linkCount} relationship(s): change them first.`,
        { references, referenceCount: usage.nodeCount + usage.linkCount },
      );
    }
    await tx.run(DELETE_TERM, { vocabulary, key });
    return {
      result: recordChange('TERM', id, 'DELETED', current),
      changes: [
        {
          action: 'DELETE',
          targetKind: 'Term',
          targetId: id,
          subjectIds: [id],
          before: current,
          after: null,
        },
      ],
    };
  });
}
