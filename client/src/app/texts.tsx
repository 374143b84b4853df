// The interface language for every component: German unless the URL says `sprache=en`.
import { createContext, useContext } from 'react';
import { TEXTS, type Texts } from './i18n.ts';

export const TextsContext = createContext<Texts>(TEXTS.de);

export const useTexts = () => useContext(TextsContext);
