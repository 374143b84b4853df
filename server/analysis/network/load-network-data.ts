// Reading what the network analyses compute on: one statement each, rows mapped to the pure modules' types.
import { cypherFile } from '../../db/cypher-file.ts';
import type { Database, Row } from '../../db/database.ts';
import type { NetworkActor, Tie } from './actor-network.ts';
import type { BodyMembership } from './body-gaps.ts';
import type { KindLabels } from './reasons.ts';
import type { Named, PartnerProfile, PlacedRegion } from './suggested-partners.ts';
import type { TieKind } from './tie-kinds.ts';

const ACTORS = cypherFile('analysis/network-actors');
const PROFILES = cypherFile('analysis/network-partner-profiles');
const BODIES = cypherFile('analysis/body-members');

export interface Scope {
  /** A region id, or null for the whole graph. */
  readonly region: string | null;
  /** `YYYY-MM-DD`. */
  readonly at: string;
  readonly statedOnly: boolean;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const list = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : []);

export function toNetworkActor(row: Row): NetworkActor {
  return {
    id: String(row.id),
    name: text(row.name) ?? String(row.id),
    kind: text(row.kind),
    actorClass: text(row.actorClass),
    bodyKind: text(row.bodyKind),
    collective: row.collective === true,
  };
}

const toNamed = (row: Row): Named => {
  const named = { id: String(row.id), name: text(row.name) ?? String(row.id) };
  const nameEn = text(row.nameEn);
  return nameEn === null ? named : { ...named, nameEn };
};

/** The actors in scope and their ties of the given kinds; null when the region does not exist. */
export async function loadActorNetwork(
  db: Database,
  scope: Scope,
  ties: readonly TieKind[],
): Promise<{ actors: NetworkActor[]; ties: Tie[] } | null> {
  const [row] = await db.read(ACTORS, {
    region: scope.region,
    activeAt: scope.at,
    statedOnly: scope.statedOnly,
    ties: [...ties],
  });
  if (!row || row.regionFound !== true) return null;
  const toTie = (tie: Row): Tie => ({
    source: String(tie.source),
    target: String(tie.target),
    kind: String(tie.kind) as TieKind,
  });
  return {
    actors: list(row.actors).map(toNetworkActor),
    ties: [...list(row.ties), ...list(row.sharedWork)].map(toTie),
  };
}

/** What each actor in scope addresses, targets and reaches (keyed by actor id). */
export async function loadPartnerProfiles(
  db: Database,
  scope: Scope,
): Promise<Map<string, Omit<PartnerProfile, 'actor'>>> {
  const rows = await db.read(PROFILES, {
    region: scope.region,
    activeAt: scope.at,
    statedOnly: scope.statedOnly,
  });
  return new Map(
    rows.map((row) => [
      String(row.id),
      {
        topics: list(row.topics).map(toNamed),
        targetGroups: list(row.targetGroups).map(toNamed),
        regions: list(row.regions).map((region): PlacedRegion => ({
          ...toNamed(region),
          ancestors: Array.isArray(region.ancestors) ? region.ancestors.map(String) : [],
        })),
      },
    ]),
  );
}

export interface BodyData {
  readonly bodies: BodyMembership[];
  /** actorKind key → its labels. */
  readonly kindLabels: ReadonlyMap<string, KindLabels>;
  /** actorKind key → the key of its broader kind, or null. */
  readonly broaderKinds: ReadonlyMap<string, string | null>;
  /** bodyKind key → its labels. */
  readonly bodyKindLabels: ReadonlyMap<string, KindLabels>;
}

const labelsOf = (terms: unknown): Map<string, KindLabels> =>
  new Map(
    list(terms).map((term) => [
      String(term.key),
      { labelDe: text(term.labelDe), labelEn: text(term.labelEn) },
    ]),
  );

/** Every active body with its members; null when the region does not exist. */
export async function loadBodyMembers(db: Database, scope: Scope): Promise<BodyData | null> {
  const [row] = await db.read(BODIES, {
    region: scope.region,
    activeAt: scope.at,
    statedOnly: scope.statedOnly,
  });
  if (!row || row.regionFound !== true) return null;
  return {
    bodies: list(row.bodies).map((entry) => ({
      body: toNetworkActor(entry.body as Row),
      inScope: entry.inScope === true,
      levels: Array.isArray(entry.levels) ? entry.levels.map(String) : [],
      members: list(entry.members).map((member) => ({
        actor: toNetworkActor(member.actor as Row),
        role: text(member.role),
      })),
    })),
    kindLabels: labelsOf(row.kinds),
    bodyKindLabels: labelsOf(row.bodyKinds),
    broaderKinds: new Map(list(row.kinds).map((kind) => [String(kind.key), text(kind.broader)])),
  };
}
