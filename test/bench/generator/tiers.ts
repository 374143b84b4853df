// The four sizes of synthetic data. Every tier is one model at a scope and a level of detail: S is tier XL cut down
// to one Kreis, M one Land with its Gemeinden and a few single offers, L the whole country at Kreis level, XL the
// whole country with Gemeinden and single offers. Targets are what the database should hold after the import (see
// count.ts for how nodes and relationships are counted), each within ±15 %.

import { FIGURES } from './figures.ts';

export const TIER_NAMES = ['S', 'M', 'L', 'XL'] as const;
export type TierName = (typeof TIER_NAMES)[number];

export type Scope =
  | { readonly kind: 'kreis'; readonly kreis: string }
  | { readonly kind: 'land'; readonly land: string }
  | { readonly kind: 'country' };

export interface Tier {
  readonly name: TierName;
  readonly represents: string;
  readonly scope: Scope;
  /** Synthetic Gemeinden under the Landkreise in scope (kreisfreie Städte are their own single Gemeinde). */
  readonly gemeinden: boolean;
  /** Single local offers and local actors per 100,000 inhabitants; 0 = Kreis level only. */
  readonly localPer100k: number;
  readonly target: { readonly nodes: number; readonly relationships: number };
}

export const TOLERANCE = 0.15;

export const TIERS: Readonly<Record<TierName, Tier>> = {
  S: {
    name: 'S',
    represents:
      'one Kreis in detail: Kreis Recklinghausen (NRW, 615,000 inhabitants, 10 Gemeinden), with its Gemeinden and single offers, as in tier XL',
    scope: { kind: 'kreis', kreis: 'de-05562' },
    gemeinden: true,
    localPer100k: FIGURES.localOffersPer100k.value,
    target: { nodes: 300, relationships: 1_500 },
  },
  M: {
    name: 'M',
    represents:
      'one Land: Nordrhein-Westfalen, its 53 Kreise and the Gemeinden of its 31 Landkreise, with a few single offers',
    scope: { kind: 'land', land: 'de-05' },
    gemeinden: true,
    localPer100k: 4,
    target: { nodes: 3_000, relationships: 15_000 },
  },
  L: {
    name: 'L',
    represents: 'the whole country at Kreis level: all 400 Kreise, their offices, offers and networks',
    scope: { kind: 'country' },
    gemeinden: false,
    localPer100k: 0,
    target: { nodes: 12_000, relationships: 60_000 },
  },
  XL: {
    name: 'XL',
    represents: 'stress: tier L plus about 10,800 synthetic Gemeinden and single local offers',
    scope: { kind: 'country' },
    gemeinden: true,
    localPer100k: FIGURES.localOffersPer100k.value,
    target: { nodes: 50_000, relationships: 250_000 },
  },
};

export function isTierName(value: string): value is TierName {
  return (TIER_NAMES as readonly string[]).includes(value);
}
