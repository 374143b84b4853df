// Quantities (amounts, shares, counts, spans, deadlines) as the store keeps them: a JSON array in one property,
// because Neo4j properties hold no maps (server/store/node-rows.ts). Parsed here into what the Quantity type serves.
import { periodEnd, periodStart } from '../../../../store/node-rows.ts';
import { stringOrNull, type PeriodRecord } from './entity-record.ts';

export interface QuantityRecord {
  readonly kind: string;
  readonly value: number | null;
  readonly unit: string | null;
  readonly per: string | null;
  readonly date: string | null;
  readonly period: PeriodRecord;
  readonly note: string | null;
}

function toQuantity(item: unknown): QuantityRecord | null {
  if (item === null || typeof item !== 'object') return null;
  const q = item as Record<string, unknown>;
  if (typeof q.kind !== 'string') return null;
  const since = stringOrNull(q.since);
  const until = stringOrNull(q.until);
  return {
    kind: q.kind,
    value: typeof q.value === 'number' ? q.value : null,
    unit: stringOrNull(q.unit),
    per: stringOrNull(q.per),
    date: stringOrNull(q.date),
    period: { since, until, sinceDate: periodStart(since), untilDate: periodEnd(until) },
    note: stringOrNull(q.note),
  };
}

/** The stored JSON text → quantities; anything else (absent, or text that is not a JSON array) → none. */
export function parseQuantities(stored: unknown): QuantityRecord[] {
  if (typeof stored !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    // Written by the importer from validated records, so unreadable text means a hand-edited database.
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.map(toQuantity).filter((q): q is QuantityRecord => q !== null);
}
