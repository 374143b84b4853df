// The gap matrix's own words in German (default) and English; the page's shared words (region, per capita, gap,
// loading, …) are in app/i18n.ts. Both languages have the same keys (the type checks it).
import { createContext, useContext } from 'react';
import type { UiLanguage } from '../../app/url-state.ts';

const de = {
  heading: 'Abdeckung und Lücken',
  caption: (region: string, day: string) => `Angebote nach Thema und Zielgruppe in ${region}, Stand ${day}`,
  valuesCount:
    'Jedes Feld zeigt die Zahl der Angebote; eine schraffierte 0 heißt: Hier ist kein Angebot erfasst.',
  valuesPerCapita:
    'Jedes Feld zeigt die Angebote für die ganze Region je 100.000 Einwohner (Angebote nur für Teile der Region zählen hier nicht); eine schraffierte 0 heißt: Hier ist kein Angebot erfasst.',
  populationUnknown: (region: string) =>
    `Für ${region} ist keine Einwohnerzahl erfasst. Werte je 100.000 Einwohner gibt es daher nicht; gezeigt wird die Zahl der Angebote.`,
  population: (people: string) => `${people} Einwohner`,
  summary: (count: number, full: number, partial: number) =>
    `${count} ${count === 1 ? 'Angebot erreicht' : 'Angebote erreichen'} die Region (${full} ganz, ${partial} teilweise).`,
  filled: (filled: number, total: number) => `${filled} von ${total} Feldern mit Angebot`,
  announce: (region: string, filled: number, total: number) =>
    `Abdeckung für ${region}: ${filled} von ${total} Feldern mit Angebot`,
  partialNote: (partial: number) => `${partial} teilweise`,
  partialShort: (partial: number) => `(${partial} teilw.)`,
  legendPartial: '„teilw.“: so viele davon nur für Teile der Region',
  cellName: (value: string, topic: string, group: string) => `${value}: ${topic}, ${group}`,
  gapName: (topic: string, group: string) => `0, Lücke: ${topic}, ${group}`,
  perCapitaUnit: 'je 100.000 Einwohner',
  offersUnit: (count: number): string => (count === 1 ? 'Angebot' : 'Angebote'),
  keysHint: 'Pfeiltasten: zum Nachbarfeld. Eingabe: Angebote oder Lücke zeigen.',
  legendGap: 'Lücke (kein Angebot erfasst)',
  notFound: (region: string) =>
    `Die Region „${region}“ gibt es im Atlas nicht. Bitte wählen Sie eine andere.`,
  pickerNoHit: 'Keine Region gefunden.',
  pickerHint: 'Mindestens zwei Buchstaben eingeben.',
  cellHeading: (topic: string, group: string) => `${topic} × ${group}`,
  cellSummary: (count: number, full: number, partial: number) =>
    `${count} ${count === 1 ? 'Angebot' : 'Angebote'}: ${full} ganz, ${partial} teilweise`,
  full: 'ganz',
  partial: 'teilweise',
  coverageWord: 'Reichweite',
  fullMeans: 'für die ganze Region',
  partialMeans: 'nur für Teile der Region',
  viaAbove: (region: string) => `über ${region}`,
  viaInside: (region: string) => `in ${region}`,
  rolledUp: 'gezählt über ein engeres Thema oder eine engere Zielgruppe',
  gapExplanation: (region: string) =>
    `Für dieses Thema und diese Zielgruppe ist in ${region} kein Angebot erfasst. Das kann eine echte Lücke sein oder eine Lücke in den Daten.`,
  nearestNone: 'Auch in anderen Regionen ist kein solches Angebot erfasst.',
  steps: (distance: number) =>
    distance === 1 ? '1 Schritt in der Gebietsgliederung' : `${distance} Schritte in der Gebietsgliederung`,
  programs: 'Programme mit solchen Angeboten',
  funders: 'Geldgeber solcher Angebote',
  gapsLoading: 'Lade die nächsten Regionen …',
};

export type GapsTexts = typeof de;

const en: GapsTexts = {
  heading: 'Coverage and gaps',
  caption: (region: string, day: string) => `Offers by topic and target group in ${region}, as of ${day}`,
  valuesCount: 'Each cell shows the number of offers; a hatched 0 means: no offer is recorded here.',
  valuesPerCapita:
    'Each cell shows the offers for the whole region per 100,000 inhabitants (offers for parts of the region do not count here); a hatched 0 means: no offer is recorded here.',
  populationUnknown: (region: string) =>
    `No population is recorded for ${region}, so there are no values per 100,000 inhabitants; the cells show the number of offers.`,
  population: (people: string) => `${people} inhabitants`,
  summary: (count: number, full: number, partial: number) =>
    `${count} ${count === 1 ? 'offer reaches' : 'offers reach'} the region (${full} whole, ${partial} partly).`,
  filled: (filled: number, total: number) => `${filled} of ${total} cells with an offer`,
  announce: (region: string, filled: number, total: number) =>
    `Coverage of ${region}: ${filled} of ${total} cells with an offer`,
  partialNote: (partial: number) => `${partial} partly`,
  partialShort: (partial: number) => `(${partial} partly)`,
  legendPartial: '“partly”: how many of them reach only parts of the region',
  cellName: (value: string, topic: string, group: string) => `${value}: ${topic}, ${group}`,
  gapName: (topic: string, group: string) => `0, gap: ${topic}, ${group}`,
  perCapitaUnit: 'per 100,000 inhabitants',
  offersUnit: (count: number) => (count === 1 ? 'offer' : 'offers'),
  keysHint: 'Arrow keys: to the next cell. Enter: show the offers or the gap.',
  legendGap: 'Gap (no offer recorded)',
  notFound: (region: string) => `The atlas has no region “${region}”. Please choose another one.`,
  pickerNoHit: 'No region found.',
  pickerHint: 'Type at least two letters.',
  cellHeading: (topic: string, group: string) => `${topic} × ${group}`,
  cellSummary: (count: number, full: number, partial: number) =>
    `${count} ${count === 1 ? 'offer' : 'offers'}: ${full} whole, ${partial} partly`,
  full: 'whole',
  partial: 'partly',
  coverageWord: 'Reach',
  fullMeans: 'for the whole region',
  partialMeans: 'for parts of the region only',
  viaAbove: (region: string) => `via ${region}`,
  viaInside: (region: string) => `in ${region}`,
  rolledUp: 'counted through a narrower topic or target group',
  gapExplanation: (region: string) =>
    `No offer for this topic and this target group is recorded in ${region}. This may be a real gap or a gap in the data.`,
  nearestNone: 'No such offer is recorded in any other region either.',
  steps: (distance: number) =>
    distance === 1
      ? '1 step in the administrative hierarchy'
      : `${distance} steps in the administrative hierarchy`,
  programs: 'Programs with such offers',
  funders: 'Funders of such offers',
  gapsLoading: 'Loading the nearest regions …',
};

export const GAPS_TEXTS: Readonly<Record<UiLanguage, GapsTexts>> = { de, en };

export const GapsTextsContext = createContext<GapsTexts>(de);

export const useGapsTexts = () => useContext(GapsTextsContext);
