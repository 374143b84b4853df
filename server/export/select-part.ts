// Chooses what an export holds: everything, or the part of the graph a researcher filtered for.
import { cypherFile } from '../db/cypher-file.ts';
import type { Database } from '../db/database.ts';
import type { AtlasDocument } from '../domain/atlas-document.ts';
import { readDocument } from '../store/read-document.ts';

const SELECT_IDS = cypherFile('export/select-ids');

export interface ExportFilter {
  /** Region id: what is active in or located in it or in any of its parts. */
  readonly region?: string | undefined;
  /** Labels such as Actor, Measure, Agency: only those (plus what they refer to). */
  readonly labels?: readonly string[] | undefined;
}

export async function readPart(db: Database, filter: ExportFilter = {}): Promise<AtlasDocument> {
  if (filter.region === undefined && (filter.labels === undefined || filter.labels.length === 0)) {
    return readDocument(db, null);
  }
  const [row] = await db.read(SELECT_IDS, {
    region: filter.region ?? null,
    labels: filter.labels && filter.labels.length > 0 ? filter.labels : null,
  });
  return readDocument(db, (row?.ids as string[] | undefined) ?? []);
}
