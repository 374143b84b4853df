import { auditedWrite } from '../audit/audited-write.ts';
import { alreadyExists } from './input-errors.ts';
import { readEntity, readOnly } from '../store/read-records.ts';
import { recordChange, type RecordChange } from './record-change.ts';
import { ENTITY_KINDS, targetKindOf, type EntityKind } from '../audit/record-kinds.ts';
import { documentWith } from './documents.ts';
import { INPUT, validateRecords, type ValidateOptions } from './validate-records.ts';
import { claimEntity, writeRecords } from './write-records.ts';
import type { Writer } from './writer.ts';

/** Creates one record of a node kind from a mutation's input (the fields of its import section). */
export async function createEntity(
  writer: Writer,
  kind: EntityKind,
  input: Readonly<Record<string, unknown>>,
  options: ValidateOptions = {},
): Promise<RecordChange> {
  const { section, label } = ENTITY_KINDS[kind];
  const id = String(input.id);
  // Checked before validation: the importer would treat an existing id as an update (or, for another kind of
  // node, report DUPLICATE_ID), but creating what exists is a conflict.
  const existing = await readEntity(readOnly(writer.db), id);
  if (existing) throw alreadyExists(targetKindOf(existing.section), id);
  const doc = await validateRecords(writer.db, { [section]: [{ data: input, location: INPUT }] }, options);
  const [record] = doc[section];
  if (!record) throw new Error(`validated ${section} lost the record ${id}`);
  return auditedWrite(writer.db, writer.author, async (tx) => {
    await claimEntity(tx, id);
    await writeRecords(tx, documentWith({ [section]: [record] }));
    return {
      result: recordChange(kind, id, 'CREATED', record),
      changes: [
        { action: 'CREATE', targetKind: label, targetId: id, subjectIds: [id], before: null, after: record },
      ],
    };
  });
}
