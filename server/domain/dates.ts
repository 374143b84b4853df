// Dates as the format writes them: ISO strings, kept as strings so that a year alone stays a year (the source
// gave no day, and inventing `-01-01` would claim a precision nobody has).

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date (no 2023-02-30). */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

/** `YYYY-MM-DD` only, and a real calendar date. */
export function isFullDate(value: string): boolean {
  return value.length === 10 && isPartialDate(value);
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC avoids time-zone surprises.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whether `until` lies before `since`. Dates of different precision are compared at the coarser one, so
 * `since: 2016-05` with `until: 2016` is fine: both are in 2016.
 */
export function endsBeforeStart(since: string, until: string): boolean {
  const length = Math.min(since.length, until.length);
  return until.slice(0, length) < since.slice(0, length);
}
