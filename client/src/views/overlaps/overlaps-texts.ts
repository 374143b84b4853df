// The overlap list's own words in German (default) and English, and the region picker's (which the bodies view
// shares). The page's shared words (region, loading, the server down, …) are in app/i18n.ts. Both languages have
// the same keys (the type checks it).
import type { OverlapTieKind } from '../../api/generated/schema-enums.ts';
import type { UiLanguage } from '../../app/url-state.ts';

const de = {
  heading: 'Überschneidungen',
  headingIn: (region: string) => `Überschneidungen in ${region}`,
  intro:
    'Maßnahmen, die dasselbe Angebot zweimal machen könnten: verwandte Themen und Zielgruppen, am selben Ort, zur selben Zeit. Die stärksten stehen oben.',
  scoreExplained:
    'Die Stärke (0 bis 1) sagt, wie sehr sich zwei Maßnahmen gleichen: Themen und Zielgruppen zählen je zur Hälfte, gewichtet danach, wie sicher beide am selben Ort angeboten werden; ist eine Angabe womöglich veraltet, zählt sie halb.',
  coordinatedExplained:
    '„Abgestimmt“ heißt: Die Träger sind verbunden – derselbe Träger, eine Kooperation, ein gemeinsames Gremium oder ein gemeinsames Dach. Ob die Doppelung gewollt ist, entscheiden Sie.',
  wholeAtlas: 'Keine Region gewählt: Gezeigt werden Überschneidungen im ganzen Atlas.',
  controls: 'Auswahl der Überschneidungen',
  minScore: 'Mindeststärke',
  showCoordinated: 'abgestimmte zeigen',
  summary: (count: number, uncoordinated: number) =>
    `${count} ${count === 1 ? 'Überschneidung' : 'Überschneidungen'}, davon ${uncoordinated} nicht abgestimmt.`,
  announce: (count: number, uncoordinated: number, region: string | null) =>
    `${count} ${count === 1 ? 'Überschneidung' : 'Überschneidungen'}${region === null ? '' : ` in ${region}`}, davon ${uncoordinated} nicht abgestimmt`,
  summaryTop: (count: number, uncoordinated: number, more: 'yes' | 'unknown') =>
    more === 'yes'
      ? `Die ${count} stärksten Überschneidungen – es gibt weitere; von diesen ${count} sind ${uncoordinated} nicht abgestimmt.`
      : `Die ${count} stärksten Überschneidungen, davon ${uncoordinated} nicht abgestimmt. Mehr zeigt die Liste nicht: Wählen Sie eine Region oder eine höhere Mindeststärke.`,
  announceTop: (count: number, uncoordinated: number, region: string | null, more: 'yes' | 'unknown') =>
    `Die ${count} stärksten Überschneidungen${region === null ? '' : ` in ${region}`}${more === 'yes' ? ' (es gibt weitere)' : ''}, davon ${uncoordinated} nicht abgestimmt`,
  showMore: (step: number) => `Weitere ${step} zeigen`,
  listLabel: 'Überschneidungen, stärkste zuerst',
  pair: (first: string, second: string) => `${first} und ${second}`,
  score: 'Stärke',
  coordinated: 'abgestimmt',
  uncoordinated: 'nicht abgestimmt',
  providers: 'Träger',
  noProvider: 'kein Träger erfasst',
  collective: 'Zusammenschluss',
  tie: 'Verbindung',
  missingTie: 'Fehlende Verbindung',
  between: (first: string, second: string) => `${first} und ${second}`,
  sameCollective: (name: string) =>
    `${name} trägt beide, ist aber ein Zusammenschluss mehrerer Organisationen – das allein verbindet sie nicht.`,
  tieKinds: {
    SAME_PROVIDER: 'derselbe Träger',
    COOPERATION: 'Kooperation',
    COMMON_BODY: 'gemeinsames Gremium',
    MEMBERSHIP: 'Mitgliedschaft',
    SAME_UMBRELLA: 'gemeinsames Dach',
  } satisfies Record<OverlapTieKind, string>,
  reasons: 'Gründe',
  emptyTitle: 'Keine Überschneidungen gefunden',
  emptyText: (minScore: string) =>
    `Unter den im Atlas erfassten Maßnahmen doppelt sich keine ab Stärke ${minScore}. Das sagt nur etwas über das Erfasste: Angebote, die der Atlas nicht kennt, kann er nicht vergleichen.`,
  coordinatedHidden: 'Abgestimmte Überschneidungen sind ausgeblendet.',
  notFound: (region: string) =>
    `Die Region „${region}“ gibt es im Atlas nicht. Bitte wählen Sie eine andere oder entfernen Sie die Region.`,
  picker: {
    hint: 'Mindestens zwei Buchstaben eingeben, dann mit den Pfeiltasten wählen.',
    noHit: 'Keine Region gefunden.',
    chosen: 'Gewählt:',
    clear: 'Region entfernen',
  },
};

export type OverlapsTexts = typeof de;

const en: OverlapsTexts = {
  heading: 'Overlaps',
  headingIn: (region: string) => `Overlaps in ${region}`,
  intro:
    'Measures that may offer the same thing twice: related topics and target groups, in the same place, at the same time. The strongest come first.',
  scoreExplained:
    'The score (0 to 1) says how alike two measures are: topics and target groups count half each, weighted by how certainly both are offered in the same place; when a record may be outdated, it counts half.',
  coordinatedExplained:
    '“Coordinated” means: the providers are tied – the same provider, a cooperation, a common body or a common umbrella. Whether the duplication is intended is yours to judge.',
  wholeAtlas: 'No region chosen: showing overlaps in the whole atlas.',
  controls: 'Which overlaps',
  minScore: 'Minimum score',
  showCoordinated: 'show coordinated',
  summary: (count: number, uncoordinated: number) =>
    `${count} ${count === 1 ? 'overlap' : 'overlaps'}, ${uncoordinated} of them not coordinated.`,
  announce: (count: number, uncoordinated: number, region: string | null) =>
    `${count} ${count === 1 ? 'overlap' : 'overlaps'}${region === null ? '' : ` in ${region}`}, ${uncoordinated} not coordinated`,
  summaryTop: (count: number, uncoordinated: number, more: 'yes' | 'unknown') =>
    more === 'yes'
      ? `The ${count} strongest overlaps – there are more; of these ${count}, ${uncoordinated} are not coordinated.`
      : `The ${count} strongest overlaps, ${uncoordinated} of them not coordinated. The list shows no more: choose a region or a higher minimum score.`,
  announceTop: (count: number, uncoordinated: number, region: string | null, more: 'yes' | 'unknown') =>
    `The ${count} strongest overlaps${region === null ? '' : ` in ${region}`}${more === 'yes' ? ' (there are more)' : ''}, ${uncoordinated} not coordinated`,
  showMore: (step: number) => `Show ${step} more`,
  listLabel: 'Overlaps, strongest first',
  pair: (first: string, second: string) => `${first} and ${second}`,
  score: 'Score',
  coordinated: 'coordinated',
  uncoordinated: 'not coordinated',
  providers: 'Providers',
  noProvider: 'no provider recorded',
  collective: 'group of organisations',
  tie: 'Tie',
  missingTie: 'Missing tie',
  between: (first: string, second: string) => `${first} and ${second}`,
  sameCollective: (name: string) =>
    `${name} provides both, but is a group of several organisations – that alone does not tie them.`,
  tieKinds: {
    SAME_PROVIDER: 'the same provider',
    COOPERATION: 'cooperation',
    COMMON_BODY: 'common body',
    MEMBERSHIP: 'membership',
    SAME_UMBRELLA: 'common umbrella',
  },
  reasons: 'Reasons',
  emptyTitle: 'No overlaps found',
  emptyText: (minScore: string) =>
    `None of the measures recorded in the atlas duplicates another at a score of ${minScore} or more. This speaks only of what is recorded: offers the atlas does not know it cannot compare.`,
  coordinatedHidden: 'Coordinated overlaps are hidden.',
  notFound: (region: string) =>
    `The atlas has no region “${region}”. Please choose another one or remove the region.`,
  picker: {
    hint: 'Type at least two letters, then choose with the arrow keys.',
    noHit: 'No region found.',
    chosen: 'Chosen:',
    clear: 'Remove region',
  },
};

export const OVERLAPS_TEXTS: Readonly<Record<UiLanguage, OverlapsTexts>> = { de, en };
