// "Did you mean …?" for an id (or term key) that is nowhere: the nearest known ones by edit distance, and only
// when they are near enough to be a plausible typo. A database can hold 50,000 ids and a broken file thousands
// of unknown references, so comparing each with each is out: the search prunes by kind, length and characters,
// answers a repeated word from memory, and stops suggesting once a budget is spent.
import { distance } from 'fastest-levenshtein';

/** At most this many suggestions, all at the same (smallest) distance. */
const MAX_SUGGESTIONS = 3;
/**
 * Work one suggester may spend in all, counted in candidates looked at (a few ns each) plus DISTANCE_COST per
 * distance computed (about 0.2 µs): roughly a second. Ids that all look alike (a generated `actor-00001` …
 * `actor-50000`) defeat the pruning; past the budget, messages simply carry no suggestion.
 */
const BUDGET = 60_000_000;
const DISTANCE_COST = 25;

interface Candidate {
  readonly word: string;
  readonly mask: number;
}

export type Suggest<K> = (word: string, kinds?: readonly K[]) => readonly string[];

/** Up to `max(2, 30%)` edits, and never as many as the word has characters ("ab" is not a typo of "xy"). */
export function maxDistance(word: string): number {
  return Math.min(Math.max(2, Math.floor(word.length * 0.3)), word.length - 1);
}

/**
 * A search over the candidates given: `suggest(word, kinds)` returns the nearest candidates of those kinds (any
 * kind when none are given), all at the same distance, alphabetically; empty when none is near enough.
 */
export function createSuggester<K>(candidates: Iterable<readonly [word: string, kind: K]>): Suggest<K> {
  const byKind = new Map<K, Candidate[][]>();
  for (const [word, kind] of candidates) {
    const candidate = { word, mask: charMask(word) };
    let byLength = byKind.get(kind);
    if (byLength === undefined) byKind.set(kind, (byLength = []));
    (byLength[word.length] ??= []).push(candidate);
  }
  const memo = new Map<string, readonly string[]>();
  let budget = BUDGET;
  return (word, kinds) => {
    const key = `${kinds?.join('|') ?? ''}\u0000${word}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let found: string[] = [];
    if (budget > 0) {
      const groups = kinds === undefined ? [...byKind.values()] : kinds.map((kind) => byKind.get(kind));
      found = nearest(word, groups, (work) => (budget -= work)).sort();
    }
    memo.set(key, found);
    return found;
  };
}

/**
 * Two lower bounds skip most candidates before the real distance is computed: the difference in length, and the
 * characters one word has and the other lacks (one edit adds or removes at most two of those). Lengths are
 * visited nearest first, so once a close match is found the bound shrinks and far lengths are never visited.
 */
function nearest(
  word: string,
  groups: readonly (readonly (readonly Candidate[] | undefined)[] | undefined)[],
  spend: (work: number) => void,
): string[] {
  const mask = charMask(word);
  let best = maxDistance(word);
  let found: string[] = [];
  let work = 0;
  for (let delta = 0; delta <= best; delta += 1) {
    const lengths = delta === 0 ? [word.length] : [word.length - delta, word.length + delta];
    for (const byLength of groups) {
      for (const length of lengths) {
        const bucket = byLength?.[length] ?? [];
        work += bucket.length;
        for (const candidate of bucket) {
          if (popcount(mask ^ candidate.mask) > 2 * best) continue;
          work += DISTANCE_COST;
          const edits = distance(word, candidate.word);
          if (edits === 0 || edits > best) continue;
          if (edits < best) {
            best = edits;
            found = [];
          }
          if (found.length < MAX_SUGGESTIONS) found.push(candidate.word);
        }
      }
    }
  }
  spend(work);
  return found;
}

/** One bit per letter (either case), digits folded onto five bits, one bit for everything else. */
function charMask(word: string): number {
  let mask = 0;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index) | 0x20; // lower case for letters; digits and '-' keep their bit
    const bit = code >= 97 && code <= 122 ? code - 97 : code >= 48 && code <= 57 ? 26 + (code % 5) : 31;
    mask |= 1 << bit;
  }
  return mask;
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** `; did you mean "a" or "b"?`, to end a message; empty without suggestions. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => `"${s}"`);
  const last = quoted.pop() ?? '';
  return `; did you mean ${quoted.length === 0 ? last : `${quoted.join(', ')} or ${last}`}?`;
}
