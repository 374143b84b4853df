// Body gaps: a body that lacks a kind of member most bodies of its kind have — the Arbeitskreis Integration
// without an agency when the other Arbeitskreise all have one. Judged against peers in the graph, named in the
// finding, so a coordinator can check the comparison. A body without any recorded member is not judged (nothing
// is known about it, which is not the same as missing everything), and neither is it a peer.
import type { NetworkActor } from './actor-network.ts';

export interface BodyMembership {
  readonly body: NetworkActor;
  /** Judged only when true (placed in the region asked about); every body can be a peer. */
  readonly inScope: boolean;
  /** Region levels (regionLevel keys) of the regions the body is active or located in. */
  readonly levels: readonly string[];
  readonly members: readonly { readonly actor: NetworkActor; readonly role: string | null }[];
}

export interface BodyGap {
  readonly body: NetworkActor;
  /** The member kind missing: the actorKind key, or the class label for a member without a kind. */
  readonly memberKind: string;
  /** Peers (same bodyKind) that have a member of that kind, by name. */
  readonly peersWith: readonly NetworkActor[];
  /** All peers the body was compared with. */
  readonly peerCount: number;
  /** peersWith / peerCount. */
  readonly share: number;
}

/** A kind is expected when at least this share of the peers has it… */
export const EXPECTED_SHARE = 0.5;
/** …and at least this many peers: one other body alone sets no norm. */
export const MIN_PEERS_WITH_KIND = 2;
/** With at least this many peers at the body's own region level, only those are compared. */
export const SAME_LEVEL_PEERS = 5;

export const memberKindOf = (actor: NetworkActor): string => actor.kind ?? actor.actorClass ?? 'unknown';

const byName = (a: NetworkActor, b: NetworkActor) =>
  a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : 1);

function peersOf(body: BodyMembership, judged: readonly BodyMembership[]): BodyMembership[] {
  const sameKind = judged.filter(
    (other) => other.body.id !== body.body.id && other.body.bodyKind === body.body.bodyKind,
  );
  const sameLevel = sameKind.filter((other) => other.levels.some((level) => body.levels.includes(level)));
  return sameLevel.length >= SAME_LEVEL_PEERS ? sameLevel : sameKind;
}

/** Findings for the in-scope bodies, by body name, then by the share of peers that have the kind. */
export function bodyGaps(bodies: readonly BodyMembership[]): BodyGap[] {
  const judged = bodies.filter((body) => body.members.length > 0 && body.body.bodyKind !== null);
  const kindsOf = new Map(
    judged.map((body) => [body.body.id, new Set(body.members.map((member) => memberKindOf(member.actor)))]),
  );
  const found: BodyGap[] = [];
  for (const body of judged.filter((candidate) => candidate.inScope)) {
    const peers = peersOf(body, judged);
    const own = kindsOf.get(body.body.id)!;
    const holders = new Map<string, NetworkActor[]>();
    for (const peer of peers) {
      for (const kind of kindsOf.get(peer.body.id)!) {
        if (!own.has(kind)) holders.set(kind, [...(holders.get(kind) ?? []), peer.body]);
      }
    }
    for (const [kind, peersWith] of holders) {
      const share = peersWith.length / peers.length;
      if (peersWith.length < MIN_PEERS_WITH_KIND || share < EXPECTED_SHARE) continue;
      found.push({
        body: body.body,
        memberKind: kind,
        peersWith: peersWith.sort(byName),
        peerCount: peers.length,
        share,
      });
    }
  }
  return found.sort(
    (a, b) => byName(a.body, b.body) || b.share - a.share || (a.memberKind < b.memberKind ? -1 : 1),
  );
}
