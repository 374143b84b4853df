import { canonical } from '../store/plan-changes.ts';
import { emptyRecords, type LocatedRecord } from '../parse/records.ts';
import { relationshipKey } from '../store/relationship-rows.ts';
import { auditedWrite } from '../audit/audited-write.ts';
import { documentWith } from './documents.ts';
import { changedMeanwhile, notFound } from './input-errors.ts';
import {
  readChildRegions,
  readEntity,
  readLinksTouching,
  readOnly,
  type FoundEntity,
} from '../store/read-records.ts';
import { recordChange, type RecordChange } from './record-change.ts';
import { ENTITY_KINDS, type EntityKind, type EntitySection } from '../audit/record-kinds.ts';
import { INPUT, storedAt, validateRecords, type ValidateOptions } from './validate-records.ts';
import { lockNodes, writeRecords } from './write-records.ts';
import type { Writer } from './writer.ts';

/**
 * Changes the given fields of a record (absent fields keep their value, null clears). The changed record is
 * validated together with the stored facts that depend on it — its relationships (a body that stops being a body
 * must not keep members) and a region's sub-regions (their codes must start with its code) — so an update cannot
 * make the graph invalid where an import of the same record would be refused.
 */
export async function updateEntity(
  writer: Writer,
  kind: EntityKind,
  id: string,
  patch: Readonly<Record<string, unknown>>,
  options: ValidateOptions = {},
): Promise<RecordChange> {
  const { section, label } = ENTITY_KINDS[kind];
  const runner = readOnly(writer.db);
  const found = await readEntity(runner, id);
  if (!isOfSection(found, section)) throw notFound(label, id);
  const before = found.record;

  // The stored facts that depend on the record are validated with it, reported under file `database`.
  const links = await readLinksTouching(runner, [id]);
  const children = section === 'regions' ? await readChildRegions(runner, id) : [];
  const records = emptyRecords();
  records[section].push({ data: { ...before, ...patch, id }, location: INPUT });
  records.regions.push(...children.map((c) => located(c, `regions ${c.id}`)));
  records.relationships.push(...links.map((l) => located(l, `relationships ${relationshipKey(l)}`)));
  const doc = await validateRecords(writer.db, records, options);
  const after = doc[section].find((record) => record.id === id);
  if (!after) throw new Error(`validated ${section} lost the record ${id}`);
  if (canonical(section, after) === canonical(section, before)) {
    return recordChange(kind, id, 'UNCHANGED', before);
  }

  return auditedWrite(writer.db, writer.author, async (tx) => {
    await lockNodes(tx, [id]);
    const current = await readEntity(tx, id);
    if (!isOfSection(current, section)) throw notFound(label, id);
    if (canonical(section, current.record) !== canonical(section, before)) throw changedMeanwhile(label, id);
    await writeRecords(tx, documentWith({ [section]: [after] }));
    return {
      result: recordChange(kind, id, 'UPDATED', after),
      changes: [{ action: 'UPDATE', targetKind: label, targetId: id, subjectIds: [id], before, after }],
    };
  });
}

function isOfSection(found: FoundEntity | undefined, section: EntitySection): found is FoundEntity {
  return found?.section === section;
}

function located(record: object, name: string): LocatedRecord {
  return { data: record as Record<string, unknown>, location: storedAt(name) };
}
