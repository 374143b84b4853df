// The words for the kinds of node and of relationship, as the API defines them (vocabularies `entityKind` and
// `relationshipType`, asked once at start-up). Until the answer is there, or when it fails, a kind is named by
// its enum value made readable (`WELFARE_ORGANISATION` → "Welfare organisation"), so the legend is never blank.
import type { VocabularyLabelsQuery } from '../api/generated/operations.ts';
import type { RelationshipType } from '../api/generated/schema-enums.ts';
import type { NodeKind } from '../graph/to-elements.ts';
import type { UiLanguage } from './url-state.ts';

export interface Labels {
  /** A node's kind; `OTHER` (a node without a kind label) is named by the page's own word for it. */
  kind(kind: NodeKind): string;
  relationship(type: RelationshipType): string;
}

type Terms = NonNullable<VocabularyLabelsQuery['entityKinds']>['terms'];

/** `WELFARE_ORGANISATION` → `Welfare organisation`. */
export function humanise(key: string): string {
  const words = key.toLowerCase().split('_').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function byKey(terms: Terms | undefined, lang: UiLanguage): ReadonlyMap<string, string> {
  return new Map((terms ?? []).map((term) => [term.key, lang === 'en' ? term.labelEn : term.labelDe]));
}

/** The labels in one language from the API's answer (null: none yet, or it failed). */
export function labelsFrom(data: VocabularyLabelsQuery | null, lang: UiLanguage, otherKind: string): Labels {
  const kinds = byKey(data?.entityKinds?.terms, lang);
  const types = byKey(data?.relationshipTypes?.terms, lang);
  return {
    kind: (kind) => (kind === 'OTHER' ? otherKind : (kinds.get(kind) ?? humanise(kind))),
    relationship: (type) => types.get(type) ?? humanise(type),
  };
}
