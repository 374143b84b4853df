// The class of each actor kind, for the label the writer stores next to `Actor`: the vocabulary's `actorKind`
// terms in the database, overridden by those of the document being written (which may add or move kinds).
import { cypherFile } from '../db/cypher-file.ts';
import type { Transaction } from '../db/database.ts';
import type { AtlasDocument } from '../domain/atlas-document.ts';
import { actorClassOf } from '../domain/node-kinds.ts';
import type { ActorClassOf } from './node-rows.ts';

const ACTOR_KIND_TERMS = cypherFile('import/actor-kind-terms');

export interface KindTerm {
  readonly key: string;
  readonly broader: string | null;
}

/** A resolver over the given terms; validation has made sure every kind it is asked about resolves. */
export function actorClassResolver(stored: readonly KindTerm[], doc: AtlasDocument): ActorClassOf {
  const broader = new Map(stored.map((t) => [t.key, t.broader]));
  for (const term of doc.terms) if (term.vocabulary === 'actorKind') broader.set(term.key, term.broader);
  return (kind) => {
    const found = actorClassOf(kind, (key) => broader.get(key));
    if (found === undefined)
      throw new Error(`actor kind "${kind}" has no class; validation should have refused it`);
    return found;
  };
}

export async function readActorClasses(
  run: Pick<Transaction, 'run'>['run'],
  doc: AtlasDocument,
): Promise<ActorClassOf> {
  const rows = await run(ACTOR_KIND_TERMS, {});
  return actorClassResolver(
    rows.map((row) => ({
      key: String(row.key),
      broader: typeof row.broader === 'string' ? row.broader : null,
    })),
    doc,
  );
}
