// What validation needs to know about the database. Deliberately synchronous and small: the caller loads a
// snapshot first (batched queries for the ids and name keys from `lookupKeys`, plus all terms), so validation
// stays a pure function and a test can pass an in-memory graph.
import type { Country, Vocabulary } from '../domain/vocabulary.ts';

export type NodeKind =
  'Actor' | 'Body' | 'Program' | 'Measure' | 'Topic' | 'TargetGroup' | 'Region' | 'Source';

/** An existing node as far as validation cares. `Body` is an actor of class `body`. */
export type ExistingNode =
  | { readonly kind: 'Actor' | 'Body' }
  | {
      readonly kind: 'Region';
      readonly country: Country;
      readonly level: string;
      readonly code: string | null;
    }
  | { readonly kind: 'Program' | 'Measure' | 'Topic' | 'TargetGroup' | 'Source' };

/** The kinds of node compared for likely duplicates; bodies count as actors. */
export type EntryKind = 'Actor' | 'Program' | 'Measure';

/** An existing actor, program or measure with what duplicate detection compares. */
export interface ExistingEntry {
  readonly id: string;
  readonly kind: EntryKind;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Regions it is LOCATED_IN or ACTIVE_IN. */
  readonly regionIds: readonly string[];
}

export interface ExistingGraph {
  /** The node with this id, of any label; undefined when the database has none. */
  node(id: string): ExistingNode | undefined;
  hasTerm(vocabulary: Vocabulary, key: string): boolean;
  /** A term's broader key: null when it has none, undefined when the term does not exist. */
  broaderOf(vocabulary: Vocabulary, key: string): string | null | undefined;
  /**
   * Ids with their kinds to suggest for an unknown reference ("did you mean"): every id the database holds when
   * the loader fetched them (it does when the import names an id it cannot resolve), else the ones it looked up.
   */
  candidateIds(): Iterable<readonly [string, NodeKind]>;
  /** The keys of a vocabulary's terms, for suggestions. */
  termKeys(vocabulary: Vocabulary): readonly string[];
  /** Actors, programs and measures whose name or one of whose aliases has this `nameKey()`. */
  entriesWithNameKey(key: string): readonly ExistingEntry[];
}
