// Who sits at no table: the actors placed in the region that are a member of none of its bodies. The bodies
// themselves are the tables, not guests at one, so they are left out unless they sit in another body (then they
// are a row of the matrix anyway).
interface Named {
  readonly id: string;
  readonly name: string;
}

export function actorsAtNoTable(
  placed: readonly Named[],
  matrix: { readonly bodies: readonly Named[]; readonly rows: readonly { readonly actor: Named }[] },
): Named[] {
  const seated = new Set([...matrix.bodies.map((b) => b.id), ...matrix.rows.map((r) => r.actor.id)]);
  const seen = new Set<string>();
  return placed.filter((actor) => {
    if (seated.has(actor.id) || seen.has(actor.id)) return false;
    seen.add(actor.id);
    return true;
  });
}
