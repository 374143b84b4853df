import { cypherFile } from '../../../db/cypher-file.ts';
import { asInteger } from '../../../db/integer.ts';
import type { AtlasContext } from '../../context.ts';
import { requireIntInRange } from '../../validate-args.ts';
import { kindLabelOf, KIND_LABELS, type KindLabel } from '../../../domain/node-kinds.ts';
import { toEntityRecord, type EntityRecord } from './model/entity-record.ts';
import { textQuery } from './model/lucene-query.ts';
import { searchFold } from '../../../store/search-key.ts';

const SEARCH = cypherFile('queries/search');

interface SearchArgs {
  readonly text: string;
  /** Labels: the EntityKind enum's internal values. */
  readonly kinds?: readonly KindLabel[] | null;
  readonly first?: number | null;
}

interface SearchHit {
  readonly entity: EntityRecord;
  readonly kind: KindLabel;
  readonly score: number;
}

/** The typed text folded as names are (searchFold), whole and as its distinct words. */
export function searchTerms(text: string): { phrase: string; words: string[] } {
  const phrase = searchFold(text);
  return { phrase, words: [...new Set(phrase.split(' ').filter(Boolean))] };
}

/**
 * Query.search: search as you type across the entity kinds, best first, each with its kind and score. Names are
 * matched by prefix, compound part and any umlaut spelling, everything else by the full-text index; one statement.
 */
export async function search(_parent: unknown, args: SearchArgs, ctx: AtlasContext): Promise<SearchHit[]> {
  const query = textQuery('text', args.text, 'any');
  const first = requireIntInRange('first', args.first ?? 20, 1, ctx.limits.maxPageSize);
  const rows = await ctx.db.read(SEARCH, {
    query,
    ...searchTerms(args.text),
    labels: args.kinds ?? KIND_LABELS,
    first: asInteger(first),
  });
  const hits: SearchHit[] = [];
  for (const row of rows) {
    const entity = toEntityRecord(row.node);
    const kind = entity && kindLabelOf(entity.labels);
    if (entity && kind) hits.push({ entity, kind, score: Number(row.score) });
  }
  return hits;
}
