// The words for kinds of node and relationship for every component, in the page's language. The App asks the API
// once (useVocabularyLabels) and provides them; components read them with useLabels().
import { createContext, useContext, useMemo } from 'react';
import type { VocabularyLabelsQuery } from '../api/generated/operations.ts';
import { useQuery } from '../api/use-query.ts';
import { VOCABULARY_LABELS_QUERY } from './app-operations.ts';
import { TEXTS } from './i18n.ts';
import type { UiLanguage } from './url-state.ts';
import { labelsFrom, type Labels } from './vocabulary-labels.ts';

export const LabelsContext = createContext<Labels>(labelsFrom(null, 'de', TEXTS.de.otherKind));

export const useLabels = () => useContext(LabelsContext);

const NO_VARIABLES = {};

/** Asks once per page load; the answer holds both languages, so switching language asks nothing. */
export function useVocabularyLabels(lang: UiLanguage): Labels {
  const { data } = useQuery<VocabularyLabelsQuery>(VOCABULARY_LABELS_QUERY, NO_VARIABLES);
  return useMemo(() => labelsFrom(data, lang, TEXTS[lang].otherKind), [data, lang]);
}
