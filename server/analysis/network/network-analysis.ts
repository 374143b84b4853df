// The network analyses as the API asks for them: load once, compute, cache under the data version with every
// argument that changes the result in the key (server/analysis/analysis-cache.ts).
import { analysisCache } from '../analysis-cache.ts';
import type { Database } from '../../db/database.ts';
import { bodyGaps, type BodyGap } from './body-gaps.ts';
import {
  loadActorNetwork,
  loadBodyMembers,
  loadPartnerProfiles,
  type BodyData,
  type Scope,
} from './load-network-data.ts';
import { networkStructure, type NetworkStructure } from './network-structure.ts';
import { suggestedPartners, type SuggestedPartners } from './suggested-partners.ts';
import { TIE_KINDS, type TieKind } from './tie-kinds.ts';

const key = (name: string, ...parts: unknown[]) => JSON.stringify([name, ...parts]);

/** null when the region does not exist. */
export function analyseNetworkStructure(
  db: Database,
  scope: Scope,
  ties: readonly TieKind[],
): Promise<NetworkStructure | null> {
  return analysisCache.get(db, key('networkStructure', scope, ties), async () => {
    const network = await loadActorNetwork(db, scope, ties);
    return network && networkStructure(network.actors, network.ties);
  });
}

export interface PartnerSuggestions {
  readonly pairs: readonly SuggestedPartners[];
  /** False when `focus` is not among the actors in scope. */
  readonly focusFound: boolean;
}

/** Every tie kind rules a pair out, whatever `ties` networkStructure was asked with. null: no such region. */
export function analyseSuggestedPartners(
  db: Database,
  scope: Scope,
  focus: string | null,
): Promise<PartnerSuggestions | null> {
  return analysisCache.get(db, key('suggestedPartners', scope, focus), async () => {
    const [network, profiles] = await Promise.all([
      loadActorNetwork(db, scope, TIE_KINDS),
      loadPartnerProfiles(db, scope),
    ]);
    if (!network) return null;
    const withProfiles = network.actors.map((actor) => ({
      actor,
      ...(profiles.get(actor.id) ?? { topics: [], targetGroups: [], regions: [] }),
    }));
    return {
      pairs: suggestedPartners(withProfiles, network.ties, focus),
      focusFound: focus === null || network.actors.some((actor) => actor.id === focus),
    };
  });
}

/** Every body with its members. null: no such region. */
export function analyseBodies(db: Database, scope: Scope): Promise<BodyData | null> {
  return analysisCache.get(db, key('bodies', scope), () => loadBodyMembers(db, scope));
}

export async function analyseBodyGaps(
  db: Database,
  scope: Scope,
): Promise<{ data: BodyData; gaps: BodyGap[] } | null> {
  const data = await analyseBodies(db, scope);
  return data && { data, gaps: bodyGaps(data.bodies, data.broaderKinds) };
}
