// The synthetic federal model projects and their pilot places. Sizes follow public figures: a model phase at 24
// sites (the JMD opening to refugees) and a project "in über 30 Kommunen" (Weltoffene Kommune, seed document 003).
import { FIGURES } from './figures.ts';
import type { MeasureKind, TargetGroup, Topic } from './vocabulary.ts';

export interface ModelProject {
  readonly key: string;
  readonly name: string;
  readonly measureName: string;
  readonly measureKind: MeasureKind;
  readonly pilots: number;
  readonly since: string;
  readonly until: string | null;
  readonly topics: readonly Topic[];
  readonly groups: readonly TargetGroup[];
  /** Who provides the pilot locally: the Kreis administration or a welfare branch. */
  readonly localProvider: 'administration' | 'welfare';
}

export const MODEL_PROJECTS: readonly ModelProject[] = [
  {
    key: 'digitale-erstorientierung',
    name: 'Beispiel-Modellprojekt Digitale Erstorientierung',
    measureName: 'Beispiel-Pilot Digitale Erstorientierung',
    measureKind: 'informationService',
    pilots: FIGURES.jmdPilotSites.value,
    since: '2019',
    until: '2022',
    topics: ['willkommens-und-anerkennungskultur', 'sprache-und-bildung'],
    groups: ['neuzugewanderte', 'jugendliche'],
    localProvider: 'welfare',
  },
  {
    key: 'willkommensstrukturen',
    name: 'Beispiel-Modellprojekt Kommunale Willkommensstrukturen',
    measureName: 'Beispiel-Pilot Kommunale Willkommensstrukturen',
    measureKind: 'localIntegrationInitiative',
    pilots: FIGURES.modelProjectMunicipalities.value,
    since: '2023',
    until: '2026',
    topics: ['kommunale-integrationsarbeit-stadtentwicklung', 'willkommens-und-anerkennungskultur'],
    groups: ['kommunen', 'verwaltung-multiplikatoren'],
    localProvider: 'administration',
  },
  {
    key: 'antidiskriminierung-vor-ort',
    name: 'Beispiel-Modellprojekt Antidiskriminierung vor Ort',
    measureName: 'Beispiel-Pilot Antidiskriminierung vor Ort',
    measureKind: 'preventionProject',
    pilots: 40,
    since: '2024',
    until: null,
    topics: ['antidiskriminierung', 'demokratie-menschenrechte-extremismuspraevention'],
    groups: ['menschen-mit-migrationshintergrund', 'einwohnerschaft'],
    localProvider: 'welfare',
  },
];
