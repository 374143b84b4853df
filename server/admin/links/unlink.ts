import { auditedWrite } from '../../audit/audited-write.ts';
import { readLinksTouching, readOnly } from '../../store/read-records.ts';
import { lockNodes } from '../write-records.ts';
import type { Writer } from '../writer.ts';
import {
  deleteLink,
  findLink,
  linkAudit,
  linkChange,
  linkNotFound,
  type LinkChange,
  type LinkKey,
} from './link-records.ts';

/** Deletes one relationship; NOT_FOUND when there is none with this key. */
export async function unlink(writer: Writer, key: LinkKey): Promise<LinkChange> {
  if (!findLink(await readLinksTouching(readOnly(writer.db), [key.from]), key)) throw linkNotFound(key);
  return auditedWrite(writer.db, writer.author, async (tx) => {
    await lockNodes(tx, [key.from, key.to]);
    const current = findLink(await readLinksTouching(tx, [key.from]), key);
    if (!current) throw linkNotFound(key);
    await deleteLink(tx, current);
    return { result: linkChange(current, 'DELETED'), changes: [linkAudit('UNLINK', current, null)] };
  });
}
