// Offers of a region as region-offers.cypher returns them → what the Offer type serves.
import { stringOrNull, toEntityRecord, type EntityRecord } from './entity-record.ts';

export interface OfferRecord {
  readonly initiative: EntityRecord;
  readonly coverage: 'FULL' | 'PARTIAL';
  readonly via: EntityRecord;
  /** The stored reach (`whole` when the ACTIVE_IN has none), served through the Reach enum. */
  readonly reach: string;
}

export function toOfferRecords(value: unknown): OfferRecord[] {
  if (!Array.isArray(value)) return [];
  const offers: OfferRecord[] = [];
  for (const item of value as unknown[]) {
    if (item === null || typeof item !== 'object') continue;
    const o = item as Record<string, unknown>;
    const initiative = toEntityRecord(o.initiative);
    const via = toEntityRecord(o.via);
    if (initiative === null || via === null) continue;
    offers.push({
      initiative,
      coverage: o.coverage === 'FULL' ? 'FULL' : 'PARTIAL',
      via,
      reach: stringOrNull(o.reach) ?? 'whole',
    });
  }
  return offers;
}
