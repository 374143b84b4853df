// The shape in which every read statement returns a node (`n {.*, labels: labels(n), sourceIds: …}`), and its
// mapping to what the resolvers hand to GraphQL. Stored properties pass through, so the SDL's plain fields
// (`shortName`, `description`, …) need no resolver; personal contact data never passes.

/** A period as the source gives it and as comparable dates (ISO days). */
export interface PeriodRecord {
  readonly since: string | null;
  readonly until: string | null;
  readonly sinceDate: string | null;
  readonly untilDate: string | null;
}

export interface EntityRecord {
  readonly id: string;
  readonly name: string;
  readonly labels: readonly string[];
  readonly sourceIds: readonly string[];
  readonly period: PeriodRecord;
  /** Every other stored property (kind, shortName, code, …), read by the SDL's default resolvers. */
  readonly [property: string]: unknown;
}

/**
 * Contact data of actors is the admin API's (consent, never shown to anonymous readers). Whatever a statement
 * returns, a property whose name starts with `contact` is dropped here, so no read path can leak it by accident.
 */
export function isContactProperty(name: string): boolean {
  return /^contact/i.test(name);
}

/** The properties of a map returned by a statement, without contact data (see isContactProperty). */
export function withoutContactProperties(value: object): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!isContactProperty(key)) props[key] = v;
  return props;
}

export function periodOf(props: Readonly<Record<string, unknown>>): PeriodRecord {
  return {
    since: stringOrNull(props.since),
    until: stringOrNull(props.until),
    sinceDate: stringOrNull(props.sinceDate),
    untilDate: stringOrNull(props.untilDate),
  };
}

/** A node map from a statement → an EntityRecord; null stays null (an id that matched nothing). */
export function toEntityRecord(value: unknown): EntityRecord | null {
  if (value === null || typeof value !== 'object') return null;
  const props = withoutContactProperties(value);
  return {
    ...props,
    id: String(props.id),
    name: typeof props.name === 'string' ? props.name : String(props.id),
    labels: stringList(props.labels),
    sourceIds: stringList(props.sourceIds),
    period: periodOf(props),
  };
}

export function toEntityRecords(values: unknown): EntityRecord[] {
  if (!Array.isArray(values)) return [];
  return values.map(toEntityRecord).filter((r): r is EntityRecord => r !== null);
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
