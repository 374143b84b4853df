// Internal values of the enums whose GraphQL names differ from what is stored: EntityKind values are the Neo4j
// labels, so arguments arrive as labels and resolvers return labels; the enums of the domain's value lists
// (ClaimStatus, Reach, QuantityUnit, QuantityPeriod, Language) are the stored values (`namedPlaces` ↔ NAMED_PLACES).
import { KIND_LABELS, type KindLabel } from '../../../../domain/node-kinds.ts';
import {
  CLAIM_STATUSES,
  LANGUAGES,
  QUANTITY_PERIODS,
  QUANTITY_UNITS,
  REACHES,
} from '../../../../domain/vocabulary.ts';

/** `WelfareOrganisation` → `WELFARE_ORGANISATION`. */
export function enumName(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

function storedValues(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((value) => [enumName(value), value]));
}

export const enumResolvers = {
  EntityKind: Object.fromEntries(KIND_LABELS.map((label) => [enumName(label), label])) as Record<
    string,
    KindLabel
  >,
  ClaimStatus: storedValues(CLAIM_STATUSES),
  Reach: storedValues(REACHES),
  QuantityUnit: storedValues(QUANTITY_UNITS),
  QuantityPeriod: storedValues(QUANTITY_PERIODS),
  Language: storedValues(LANGUAGES),
};
