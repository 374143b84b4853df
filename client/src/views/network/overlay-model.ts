// What an analysis overlay marks on the graph and lists beside it: isolated actors, brokers (articulation points
// and betweenness), communities, suggested partners (drawn as extra dashed edges) and bodies lacking a kind of
// member. Each mark carries a text badge, so a mark never rests on colour alone.
import type { NetworkAnalysisQuery } from '../../api/generated/operations.ts';
import type { Overlay } from '../../app/url-state.ts';

export interface OverlayItem {
  /** The node the item is about (selected on a click). */
  readonly id: string;
  readonly label: string;
  readonly detail: string;
}

export interface OverlayModel {
  /** Node id → badge put before its label. */
  readonly badges: ReadonlyMap<string, string>;
  /** Node id → community number (0-based), for the communities overlay. */
  readonly communities: ReadonlyMap<string, number>;
  /** Suggested ties to draw between two nodes. */
  readonly suggested: readonly { source: string; target: string }[];
  readonly items: readonly OverlayItem[];
}

export const NO_OVERLAY: OverlayModel = {
  badges: new Map(),
  communities: new Map(),
  suggested: [],
  items: [],
};

/** How many community colours the style has; communities beyond it repeat colours but keep their number. */
export const COMMUNITY_COLOURS = 8;

export interface OverlayWords {
  readonly isolated: string;
  readonly cutsOff: (pieces: number, actors: number) => string;
  readonly betweenness: (rank: number, score: number) => string;
  readonly community: (n: number, size: number) => string;
}

export function overlayModel(
  overlay: Overlay,
  data: NetworkAnalysisQuery | null,
  words: OverlayWords,
): OverlayModel {
  if (overlay === 'keine' || data === null) return NO_OVERLAY;
  const badges = new Map<string, string>();
  const items: OverlayItem[] = [];
  const structure = data.networkStructure;
  switch (overlay) {
    case 'isoliert':
      for (const actor of structure.isolated) {
        badges.set(actor.id, '○');
        items.push({ id: actor.id, label: actor.name, detail: words.isolated });
      }
      break;
    case 'vermittler': {
      const rank = new Map(structure.betweenness.map((b) => [b.actor.id, b.rank]));
      for (const point of structure.articulationPoints) {
        badges.set(point.actor.id, `◆${rank.get(point.actor.id) ?? ''}`);
        items.push({
          id: point.actor.id,
          label: point.actor.name,
          detail: words.cutsOff(point.piecesAfter, point.actorsCutOff),
        });
      }
      for (const b of structure.betweenness) {
        if (badges.has(b.actor.id)) continue;
        badges.set(b.actor.id, `◇${b.rank}`);
        items.push({ id: b.actor.id, label: b.actor.name, detail: words.betweenness(b.rank, b.score) });
      }
      break;
    }
    case 'gemeinschaften': {
      const communities = new Map<string, number>();
      structure.communities.forEach((community, i) => {
        for (const member of community.members) {
          communities.set(member.id, i);
          badges.set(member.id, `[${i + 1}]`);
        }
        const first = community.members[0];
        if (first)
          items.push({
            id: first.id,
            label: words.community(i + 1, community.size),
            detail: community.members.map((m) => m.name).join(', '),
          });
      });
      return { badges, communities, suggested: [], items };
    }
    case 'partner': {
      const suggested = data.suggestedPartners.map((p) => ({ source: p.actor.id, target: p.partner.id }));
      for (const pair of data.suggestedPartners) {
        badges.set(pair.actor.id, '✚');
        badges.set(pair.partner.id, '✚');
        items.push({
          id: pair.actor.id,
          label: `${pair.actor.name} ↔ ${pair.partner.name}`,
          detail: pair.reason,
        });
      }
      return { badges, communities: new Map(), suggested, items };
    }
    case 'gremienluecken':
      for (const gap of data.bodyGaps) {
        badges.set(gap.body.id, '⚠');
        items.push({ id: gap.body.id, label: gap.body.name, detail: gap.reason });
      }
      break;
  }
  return { badges, communities: new Map(), suggested: [], items };
}
