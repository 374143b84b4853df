// Internal values of the enums whose GraphQL names differ from what is stored: EntityKind values are the Neo4j
// labels, so arguments arrive as labels and resolvers return labels.
import { KIND_LABELS, type KindLabel } from '../../../../domain/node-kinds.ts';

/** `WelfareOrganisation` → `WELFARE_ORGANISATION`. */
export function enumName(label: string): string {
  return label.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

export const enumResolvers = {
  EntityKind: Object.fromEntries(KIND_LABELS.map((label) => [enumName(label), label])) as Record<
    string,
    KindLabel
  >,
};
