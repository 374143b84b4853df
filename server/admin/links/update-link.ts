import { relationshipKey } from '../../store/relationship-rows.ts';
import { canonical } from '../../store/plan-changes.ts';
import { auditedWrite } from '../../audit/audited-write.ts';
import { documentWith } from '../documents.ts';
import { changedMeanwhile } from '../input-errors.ts';
import { readLinksTouching, readOnly } from '../../store/read-records.ts';
import { INPUT, validateRecords } from '../validate-records.ts';
import { lockNodes, writeRecords } from '../write-records.ts';
import type { Writer } from '../writer.ts';
import {
  deleteLink,
  describeLink,
  findLink,
  linkAudit,
  linkChange,
  linkExists,
  linkNotFound,
  type LinkChange,
  type LinkKey,
} from './link-records.ts';

/**
 * Changes a relationship's properties (absent keep, null clears). The old relationship is replaced within the
 * transaction, which also covers a cooperation whose kind (part of its identity) changes.
 */
export async function updateLink(
  writer: Writer,
  key: LinkKey,
  patch: Readonly<Record<string, unknown>>,
): Promise<LinkChange> {
  const stored = await readLinksTouching(readOnly(writer.db), [key.from]);
  const before = findLink(stored, key);
  if (!before) throw linkNotFound(key);
  const doc = await validateRecords(writer.db, {
    relationships: [{ data: { ...before, ...patch }, location: INPUT }],
  });
  const [after] = doc.relationships;
  if (!after) throw new Error('validated relationships lost the input');
  if (canonical('relationships', after) === canonical('relationships', before)) {
    return linkChange(before, 'UNCHANGED');
  }
  const rekeyed = relationshipKey(after) !== relationshipKey(before);
  if (rekeyed && findLink(stored, after)) throw linkExists(after);

  return auditedWrite(writer.db, writer.author, async (tx) => {
    await lockNodes(tx, [before.from, before.to]);
    const links = await readLinksTouching(tx, [before.from]);
    const current = findLink(links, before);
    if (!current) throw linkNotFound(key);
    if (canonical('relationships', current) !== canonical('relationships', before)) {
      throw changedMeanwhile('relationship', describeLink(before));
    }
    if (rekeyed && findLink(links, after)) throw linkExists(after);
    await deleteLink(tx, current);
    await writeRecords(tx, documentWith({ relationships: [after] }));
    return { result: linkChange(after, 'UPDATED'), changes: [linkAudit('UPDATE_LINK', current, after)] };
  });
}
