// The order the analyses list actors, bodies and regions in: by German name, then by id, so equal names keep a
// fixed order and the same record compares equal (a sort's later keys then decide).
export interface NamedRecord {
  readonly id: string;
  readonly name: string;
}

export const byName = (a: NamedRecord, b: NamedRecord): number =>
  a.name.localeCompare(b.name, 'de') || (a.id === b.id ? 0 : a.id < b.id ? -1 : 1);
