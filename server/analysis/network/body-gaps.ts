// Body gaps: a body that lacks a kind of member most bodies of its kind have — the Arbeitskreis Integration
// without the Jobcenter when the other Arbeitskreise all have one. Judged against peers in the graph, named in the
// finding, so a coordinator can check the comparison. A body without any recorded member is not judged (nothing
// is known about it, which is not the same as missing everything), and neither is it a peer.
// Kinds nest (actorKind `broader`): a Jobcenter is also an agency, so a body with the Ausländerbehörde has an
// agency but still lacks the Jobcenter; only the narrowest missing kind is reported.
import type { NetworkActor } from './actor-network.ts';
import { byName } from '../by-name.ts';

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

/** actorKind key → its broader key (absent or null at the top). */
export type BroaderKinds = ReadonlyMap<string, string | null>;

/** The kind and every kind above it, narrowest first; a loop in the data stops at the first repeat. */
function kindChain(start: string, broader: BroaderKinds): string[] {
  const kinds: string[] = [];
  for (let kind: string | null | undefined = start; kind && !kinds.includes(kind);) {
    kinds.push(kind);
    kind = broader.get(kind);
  }
  return kinds;
}

function peersOf(body: BodyMembership, judged: readonly BodyMembership[]): BodyMembership[] {
  const sameKind = judged.filter(
    (other) => other.body.id !== body.body.id && other.body.bodyKind === body.body.bodyKind,
  );
  const sameLevel = sameKind.filter((other) => other.levels.some((level) => body.levels.includes(level)));
  return sameLevel.length >= SAME_LEVEL_PEERS ? sameLevel : sameKind;
}

/** Findings for the in-scope bodies, by body name, then by the share of peers that have the kind. */
export function bodyGaps(bodies: readonly BodyMembership[], broader: BroaderKinds = new Map()): BodyGap[] {
  const judged = bodies.filter((body) => body.members.length > 0 && body.body.bodyKind !== null);
  const memberKinds = new Map(
    judged.map((body) => [
      body.body.id,
      new Set(body.members.flatMap((member) => kindChain(memberKindOf(member.actor), broader))),
    ]),
  );
  const found: BodyGap[] = [];
  for (const body of judged.filter((candidate) => candidate.inScope)) {
    const peers = peersOf(body, judged);
    const own = memberKinds.get(body.body.id)!;
    const holders = new Map<string, NetworkActor[]>();
    for (const peer of peers) {
      for (const kind of memberKinds.get(peer.body.id)!) {
        if (!own.has(kind)) holders.set(kind, [...(holders.get(kind) ?? []), peer.body]);
      }
    }
    const expected = [...holders].filter(
      ([, peersWith]) =>
        peersWith.length >= MIN_PEERS_WITH_KIND && peersWith.length / peers.length >= EXPECTED_SHARE,
    );
    // A missing kind with a missing narrower kind is said by that one: "no Jobcenter" implies "no agency" here.
    const implied = new Set(expected.flatMap(([kind]) => kindChain(kind, broader).slice(1)));
    for (const [kind, peersWith] of expected) {
      if (implied.has(kind)) continue;
      const share = peersWith.length / peers.length;
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
