// Topics and target groups form trees through `broader` (an id property). Rolling up means: an initiative of a
// narrower item also counts under each broader one, up to the top.

export interface VocabularyItem {
  readonly id: string;
  readonly broader: string | null;
}

/**
 * For each item, the ids it counts under: itself, and with `rollUp` every broader one, nearest first. A broader id
 * that names no item of the list is skipped, and a cycle (which the import should not let in) ends the walk.
 */
export function countsUnder(items: readonly VocabularyItem[], rollUp: boolean): Map<string, string[]> {
  const broaderOf = new Map(items.map((item) => [item.id, item.broader]));
  const result = new Map<string, string[]>();
  for (const { id } of items) {
    const chain = [id];
    let next = rollUp ? broaderOf.get(id) : null;
    while (typeof next === 'string' && broaderOf.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = broaderOf.get(next);
    }
    result.set(id, chain);
  }
  return result;
}

/** The ids that count under `id`: itself, and with `rollUp` every narrower one at any depth. */
export function countingUnder(items: readonly VocabularyItem[], id: string, rollUp: boolean): string[] {
  const under = countsUnder(items, rollUp);
  return items.filter((item) => under.get(item.id)?.includes(id)).map((item) => item.id);
}
