// The ties that make a network out of a Kreis: who sits in the Arbeitskreis Integration (after seed document 004:
// the federal office's regional office, the Ausländerbehörde, the Jobcenter, the welfare branches, course providers,
// the commissioner) and who cooperates with whom. Cooperation grows by preferential attachment — each newcomer ties
// to actors that already have many ties — so a few actors (the Kreis administration, the Jobcenter, the large
// welfare branches) become hubs and most have one or two ties, as in real networks.
import type { DocBuilder } from './builder.ts';
import type { KreisIds } from './kreis.ts';
import type { LandIds } from './land.ts';
import type { Rng } from './rng.ts';
import type { CooperationKind } from './vocabulary.ts';

/** Mean number of cooperation ties a newcomer makes. */
const TIES_PER_ACTOR = 1.25;
/** Head start of the Kreis's public offices in the attachment weights. */
const HUB_BONUS = 4;

export function addKreisNetwork(
  b: DocBuilder,
  rng: Rng,
  kreis: KreisIds,
  land: LandIds,
  localActors: readonly string[],
): void {
  const ak = kreis.arbeitskreis;
  b.memberOf(kreis.commissioner, ak, 'chair');
  b.memberOf(kreis.administration, ak, 'secretariat');
  b.memberOf(kreis.immigrationOffice, ak, 'member');
  b.memberOf(kreis.jobcenter, ak, 'member');
  b.memberOf(land.regionalOffice, ak, rng.chance(0.8) ? 'member' : 'guest');
  for (const id of kreis.branches.values()) if (rng.chance(0.85)) b.memberOf(id, ak, 'member');
  for (const id of kreis.migrantOrganisations) if (rng.chance(0.6)) b.memberOf(id, ak, 'member');
  kreis.courseProviders.forEach((id, i) => {
    if (rng.chance(i === 0 ? 0.9 : 0.4)) b.memberOf(id, ak, 'member');
  });
  for (const id of localActors) if (rng.chance(0.08)) b.memberOf(id, ak, 'guest');
  if (rng.chance(0.4)) b.memberOf(kreis.administration, land.network, 'member');

  const hubs = new Set([kreis.administration, kreis.jobcenter, kreis.immigrationOffice, kreis.commissioner]);
  const pool = [...kreis.actors.filter((id) => id !== ak), ...localActors];
  const ties = new Map<string, number>();
  const weight = (id: string) => (ties.get(id) ?? 0) + 1 + (hubs.has(id) ? HUB_BONUS : 0);
  for (let i = 1; i < pool.length; i++) {
    const newcomer = pool[i]!;
    const earlier = pool.slice(0, i);
    const wanted = Math.min(earlier.length, 1 + rng.poisson(TIES_PER_ACTOR - 1));
    for (let t = 0; t < wanted; t++) {
      const partner = rng.weighted(earlier, weight);
      if (!b.cooperates(newcomer, partner, kindFor(rng, kreis, newcomer, partner), periodFor(rng))) continue;
      ties.set(newcomer, (ties.get(newcomer) ?? 0) + 1);
      ties.set(partner, (ties.get(partner) ?? 0) + 1);
    }
  }
  // Ties beyond the Kreis: the Ausländerbehörde and the Jobcenter with the federal office's regional office.
  if (rng.chance(0.7)) b.cooperates(kreis.immigrationOffice, land.regionalOffice, 'informationExchange');
  if (rng.chance(0.3)) b.cooperates(kreis.jobcenter, land.regionalOffice, 'referral');
}

function kindFor(rng: Rng, kreis: KreisIds, a: string, b: string): CooperationKind {
  const either = (id: string) => a === id || b === id;
  if (either(kreis.immigrationOffice) || either(kreis.jobcenter)) {
    return rng.chance(0.6) ? 'referral' : 'informationExchange';
  }
  if (either(kreis.administration)) {
    return rng.weighted(
      ['informationExchange', 'coFunding', 'formalAgreement'] as const,
      (_, i) => [5, 2, 1][i]!,
    );
  }
  return rng.weighted(
    ['informationExchange', 'referral', 'jointProject', 'networking'] as const,
    (_, i) => [3, 3, 2, 2][i]!,
  );
}

function periodFor(rng: Rng): { since?: string } {
  return rng.chance(0.3) ? { since: String(rng.between(2012, 2024)) } : {};
}
