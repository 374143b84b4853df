/** Neo4j prints date-times with nanoseconds and its own zone form; clients get JavaScript's ISO instant. */
export function isoInstant(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}
