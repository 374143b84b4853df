// Who sits at no table: the actors placed in the region that are a member of none of its bodies. The bodies
// themselves are the tables, not guests at one, so they are left out unless they sit in another body (then they
// are a member anyway).
interface Named {
  readonly id: string;
  readonly name: string;
}

/** `seated`: the region's bodies and every actor that sits in one of them (the whole answer, not a page of it). */
export function actorsAtNoTable(
  placed: readonly Named[],
  seated: { readonly bodies: readonly Named[]; readonly actors: readonly Named[] },
): Named[] {
  const ids = new Set([...seated.bodies.map((b) => b.id), ...seated.actors.map((a) => a.id)]);
  const seen = new Set<string>();
  return placed.filter((actor) => {
    if (ids.has(actor.id) || seen.has(actor.id)) return false;
    seen.add(actor.id);
    return true;
  });
}

/** The 1-based positions of page `index` (of `size`) holding `count` actors: `first` is 0 on an empty page. */
export function pagePositions(index: number, size: number, count: number): { first: number; last: number } {
  return { first: count === 0 ? 0 : index * size + 1, last: index * size + count };
}
