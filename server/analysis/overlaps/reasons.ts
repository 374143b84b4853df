// The reasons of a finding as sentences a coordinator can check against the graph; the same facts are served
// structured next to them (shared topics, reach, period, ties, untied provider pairs).
import type { OverlapFinding } from './finding.ts';
import type { Tie } from './provider-ties.ts';
import type { ReachRelation } from './reach-overlap.ts';
import type { TermMatch } from './term-match.ts';

type Name = (id: string | null) => string;

const REACH_SENTENCE: Readonly<Record<ReachRelation, (region: string) => string>> = {
  SAME_REGION: (r) => `both reach all of ${r}`,
  COVERS: (r) => `both are offered in ${r}: one reaches all of a region that holds the other`,
  SAME_REGION_PLACES: (r) => `both reach only some places in ${r}, which may not be the same places`,
  POSSIBLE: (r) =>
    `possibly both offered in ${r}: one reaches only some places of a region around it, maybe elsewhere`,
};

function terms(matches: readonly TermMatch[]): string {
  return matches
    .map((m) => (m.relation === 'SAME' ? m.first : `${m.first} ~ ${m.second} (${m.relation.toLowerCase()})`))
    .join(', ');
}

function tieSentence(tie: Tie, name: Name): string {
  switch (tie.kind) {
    case 'SAME_PROVIDER':
      return `same provider: ${name(tie.first)} provides or runs both`;
    case 'COOPERATION':
      return `${name(tie.first)} and ${name(tie.second)} cooperate${tie.cooperationKind ? ` (${tie.cooperationKind})` : ''}`;
    case 'COMMON_BODY':
      return `${name(tie.first)} and ${name(tie.second)} both sit in ${name(tie.via)}`;
    case 'MEMBERSHIP':
      return `${name(tie.via === tie.first ? tie.second : tie.first)} is a member of ${name(tie.via)}`;
    case 'SAME_UMBRELLA':
      return `both are parts of ${name(tie.via)}`;
  }
}

export function reasonsOf(
  finding: Omit<OverlapFinding, 'reasons'>,
  names: ReadonlyMap<string, string>,
): string[] {
  const name: Name = (id) => (id === null ? '?' : (names.get(id) ?? id));
  const { reach, period } = finding;
  const reasons = [
    `shared topics: ${terms(finding.sharedTopics)}`,
    `shared target groups: ${terms(finding.sharedTargetGroups)}`,
    `${REACH_SENTENCE[reach.relation](name(reach.region))} (${reach.first.reach} in ${name(reach.first.region)}; ${reach.second.reach} in ${name(reach.second.region)})`,
    `both active from ${period.since ?? 'an unknown start'} to ${period.until ?? 'an unknown end'}`,
  ];
  for (const id of period.stale) {
    reasons.push(
      `${name(id)} may have ended: its end is unknown and its newest source is over five years old`,
    );
  }
  for (const p of finding.providers) {
    if (p.collective) {
      reasons.push(`${name(p.actor)} is a collective actor: it stands for several organisations, not one`);
    }
  }
  if (finding.coordinated) {
    reasons.push(...finding.ties.map((t) => `coordinated: ${tieSentence(t, name)}`));
  } else {
    for (const pair of finding.untied) {
      reasons.push(
        pair.first === pair.second
          ? `the collective ${name(pair.first)} provides both; it may be two organisations, with no tie recorded`
          : `providers ${name(pair.first)} and ${name(pair.second)} neither cooperate nor share a body`,
      );
    }
  }
  return [...new Set(reasons)];
}
