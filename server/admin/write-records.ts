// Writing inside an audited transaction with the importer's own statements (planSteps), so a record written by a
// mutation is stored exactly as an imported one: same properties, labels, derived fields and SOURCED_FROM links.
// The write locks the nodes the records refer to (sources, parent region, relationship ends) and refuses with
// CONFLICT when one was deleted after the input was validated, so a mutation never answers, or audits, a link or
// a source that was not written.
import type { AtlasDocument } from '../domain/atlas-document.ts';
import { writeDocumentIn } from '../store/write-document.ts';
import { cypherFile } from '../db/cypher-file.ts';
import type { Transaction } from '../db/database.ts';

const LOCK_NODES = cypherFile('mutations/lock-nodes');
const LOCK_TERM = cypherFile('mutations/lock-term');
const CLAIM_ENTITY = cypherFile('mutations/claim-entity');
const CLAIM_TERM = cypherFile('mutations/claim-term');

export async function writeRecords(tx: Transaction, doc: AtlasDocument): Promise<void> {
  await writeDocumentIn(tx, doc);
}

/** Write-locks the nodes (sorted, so concurrent writers lock in the same order and cannot deadlock each other). */
export async function lockNodes(tx: Transaction, ids: readonly string[]): Promise<void> {
  await tx.run(LOCK_NODES, { ids: [...new Set(ids)].sort() });
}

export async function lockTerm(tx: Transaction, vocabulary: string, key: string): Promise<void> {
  await tx.run(LOCK_TERM, { vocabulary, key });
}

/** Fails with CONFLICT (uniqueness constraint) when the id exists or is being created concurrently. */
export async function claimEntity(tx: Transaction, id: string): Promise<void> {
  await tx.run(CLAIM_ENTITY, { id });
}

export async function claimTerm(tx: Transaction, vocabulary: string, key: string): Promise<void> {
  await tx.run(CLAIM_TERM, { vocabulary, key });
}
