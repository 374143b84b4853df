import { auditedWrite } from '../../audit/audited-write.ts';
import { documentWith } from '../documents.ts';
import { readLinksTouching, readOnly } from '../../store/read-records.ts';
import { INPUT, validateRecords } from '../validate-records.ts';
import { lockNodes, writeRecords } from '../write-records.ts';
import type { Writer } from '../writer.ts';
import { findLink, linkAudit, linkChange, linkExists, type LinkChange } from './link-records.ts';

/** Creates a relationship from a row of the import's relationships section, validated as such. */
export async function link(writer: Writer, input: Readonly<Record<string, unknown>>): Promise<LinkChange> {
  const doc = await validateRecords(writer.db, { relationships: [{ data: input, location: INPUT }] });
  const [record] = doc.relationships;
  if (!record) throw new Error('validated relationships lost the input');
  if (findLink(await readLinksTouching(readOnly(writer.db), [record.from]), record)) throw linkExists(record);
  return auditedWrite(writer.db, writer.author, async (tx) => {
    // With both ends locked, no other admin write can add the same relationship between check and write.
    await lockNodes(tx, [record.from, record.to]);
    if (findLink(await readLinksTouching(tx, [record.from]), record)) throw linkExists(record);
    await writeRecords(tx, documentWith({ relationships: [record] }));
    return { result: linkChange(record, 'CREATED'), changes: [linkAudit('LINK', null, record)] };
  });
}
