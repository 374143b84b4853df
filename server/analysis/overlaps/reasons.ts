// The reasons of a finding as sentences a coordinator can check against the graph, in German (the default) or
// English; the same facts are served structured next to them (shared topics, reach, period, ties, untied provider
// pairs). Names of measures, actors and regions are as recorded; topics, target groups and cooperation kinds are
// written with their label in the sentence's language.
import type { Language } from '../../domain/vocabulary.ts';
import type { TermLabels } from './facts.ts';
import type { OverlapFinding } from './finding.ts';
import type { Tie } from './provider-ties.ts';
import type { ReachRelation } from './reach-overlap.ts';
import type { TermMatch, TermRelation } from './term-match.ts';

export interface ReasonNames {
  /** Measures, actors, bodies and regions: id → name. */
  readonly records: ReadonlyMap<string, string>;
  /** Topics and target groups: id → labels. */
  readonly terms: ReadonlyMap<string, TermLabels>;
  /** Cooperation kinds: key → labels. */
  readonly cooperationKinds: ReadonlyMap<string, TermLabels>;
}

interface Phrases {
  readonly topics: string;
  readonly targetGroups: string;
  readonly relation: Readonly<Record<Exclude<TermRelation, 'SAME'>, string>>;
  readonly reach: Readonly<Record<ReachRelation, (region: string) => string>>;
  readonly reachIn: (reach: string, region: string) => string;
  readonly reaches: Readonly<Record<string, string>>;
  readonly period: (since: string | null, until: string | null) => string;
  readonly stale: (measure: string) => string;
  readonly collective: (actor: string) => string;
  readonly coordinated: (tie: string) => string;
  readonly tie: {
    readonly sameProvider: (actor: string) => string;
    readonly cooperation: (first: string, second: string, kind: string | null) => string;
    readonly commonBody: (first: string, second: string, body: string) => string;
    readonly membership: (member: string, body: string) => string;
    readonly sameUmbrella: (umbrella: string) => string;
  };
  readonly collectiveBoth: (actor: string) => string;
  readonly untied: (first: string, second: string) => string;
}

const PHRASES: Readonly<Record<Language, Phrases>> = {
  de: {
    topics: 'Gemeinsame Themen',
    targetGroups: 'Gemeinsame Zielgruppen',
    relation: { BROADER: 'weiter gefasst', NARROWER: 'enger gefasst' },
    reach: {
      SAME_REGION: (r) => `Beide erreichen ganz ${r}`,
      COVERS: (r) =>
        `Beide werden in ${r} angeboten: Das eine erreicht eine ganze Region, in der das andere liegt`,
      SAME_REGION_PLACES: (r) => `Beide erreichen nur einige Orte in ${r}, womöglich nicht dieselben`,
      POSSIBLE: (r) =>
        `Möglicherweise beide in ${r}: Das eine erreicht nur einige Orte einer Region um ${r}, vielleicht anderswo`,
    },
    reachIn: (reach, region) => `${reach} in ${region}`,
    reaches: { whole: 'ganz', namedPlaces: 'an genannten Orten', unknownPlaces: 'an nicht genannten Orten' },
    period: (since, until) =>
      `Beide laufen ${since ? `ab ${since}` : 'seit unbekanntem Beginn'} ${until ? `bis ${until}` : 'mit unbekanntem Ende'}`,
    stale: (m) =>
      `${m} ist vielleicht beendet: Das Ende ist unbekannt und die neueste Quelle über fünf Jahre alt`,
    collective: (a) => `${a} ist ein Sammelakteur: Er steht für mehrere Organisationen, nicht für eine`,
    coordinated: (tie) => `Abgestimmt: ${tie}`,
    tie: {
      sameProvider: (a) => `derselbe Träger: ${a} bietet beide an oder führt beide durch`,
      cooperation: (a, b, kind) => `${a} und ${b} kooperieren${kind ? ` (${kind})` : ''}`,
      commonBody: (a, b, body) => `${a} und ${b} sitzen beide in ${body}`,
      membership: (member, body) => `${member} ist Mitglied in ${body}`,
      sameUmbrella: (umbrella) => `beide sind Teil von ${umbrella}`,
    },
    collectiveBoth: (a) =>
      `Der Sammelakteur ${a} bietet beide an; dahinter können zwei Organisationen ohne erfasste Verbindung stehen`,
    untied: (a, b) => `Die Träger ${a} und ${b} kooperieren nicht und sitzen in keinem gemeinsamen Gremium`,
  },
  en: {
    topics: 'shared topics',
    targetGroups: 'shared target groups',
    relation: { BROADER: 'broader', NARROWER: 'narrower' },
    reach: {
      SAME_REGION: (r) => `both reach all of ${r}`,
      COVERS: (r) => `both are offered in ${r}: one reaches all of a region that holds the other`,
      SAME_REGION_PLACES: (r) => `both reach only some places in ${r}, which may not be the same places`,
      POSSIBLE: (r) =>
        `possibly both offered in ${r}: one reaches only some places of a region around it, maybe elsewhere`,
    },
    reachIn: (reach, region) => `${reach} in ${region}`,
    reaches: { whole: 'whole', namedPlaces: 'named places', unknownPlaces: 'unnamed places' },
    period: (since, until) =>
      `both active from ${since ?? 'an unknown start'} to ${until ?? 'an unknown end'}`,
    stale: (m) => `${m} may have ended: its end is unknown and its newest source is over five years old`,
    collective: (a) => `${a} is a collective actor: it stands for several organisations, not one`,
    coordinated: (tie) => `coordinated: ${tie}`,
    tie: {
      sameProvider: (a) => `same provider: ${a} provides or runs both`,
      cooperation: (a, b, kind) => `${a} and ${b} cooperate${kind ? ` (${kind})` : ''}`,
      commonBody: (a, b, body) => `${a} and ${b} both sit in ${body}`,
      membership: (member, body) => `${member} is a member of ${body}`,
      sameUmbrella: (umbrella) => `both are parts of ${umbrella}`,
    },
    collectiveBoth: (a) =>
      `the collective ${a} provides both; it may be two organisations, with no tie recorded`,
    untied: (a, b) => `providers ${a} and ${b} neither cooperate nor share a body`,
  },
};

export function reasonsOf(
  finding: Omit<OverlapFinding, 'reasons'>,
  names: ReasonNames,
  language: Language = 'de',
): string[] {
  const say = PHRASES[language];
  const name = (id: string | null) => (id === null ? '?' : (names.records.get(id) ?? id));
  const label = (id: string, labels: ReadonlyMap<string, TermLabels>) => labels.get(id)?.[language] ?? id;
  const terms = (matches: readonly TermMatch[]) =>
    matches
      .map((m) =>
        m.relation === 'SAME'
          ? label(m.first, names.terms)
          : `${label(m.first, names.terms)} ~ ${label(m.second, names.terms)} (${say.relation[m.relation]})`,
      )
      .join(', ');
  const tieSentence = (tie: Tie): string => {
    switch (tie.kind) {
      case 'SAME_PROVIDER':
        return say.tie.sameProvider(name(tie.first));
      case 'COOPERATION':
        return say.tie.cooperation(
          name(tie.first),
          name(tie.second),
          tie.cooperationKind && label(tie.cooperationKind, names.cooperationKinds),
        );
      case 'COMMON_BODY':
        return say.tie.commonBody(name(tie.first), name(tie.second), name(tie.via));
      case 'MEMBERSHIP':
        return say.tie.membership(name(tie.via === tie.first ? tie.second : tie.first), name(tie.via));
      case 'SAME_UMBRELLA':
        return say.tie.sameUmbrella(name(tie.via));
    }
  };
  const { reach, period } = finding;
  const placed = (side: { region: string; reach: string }) =>
    say.reachIn(say.reaches[side.reach] ?? side.reach, name(side.region));
  const reasons = [
    `${say.topics}: ${terms(finding.sharedTopics)}`,
    `${say.targetGroups}: ${terms(finding.sharedTargetGroups)}`,
    `${say.reach[reach.relation](name(reach.region))} (${placed(reach.first)}; ${placed(reach.second)})`,
    say.period(period.since, period.until),
  ];
  for (const id of period.stale) reasons.push(say.stale(name(id)));
  for (const p of finding.providers) if (p.collective) reasons.push(say.collective(name(p.actor)));
  if (finding.coordinated) {
    reasons.push(...finding.ties.map((t) => say.coordinated(tieSentence(t))));
  } else {
    for (const pair of finding.untied) {
      reasons.push(
        pair.first === pair.second
          ? say.collectiveBoth(name(pair.first))
          : say.untied(name(pair.first), name(pair.second)),
      );
    }
  }
  return [...new Set(reasons)];
}
