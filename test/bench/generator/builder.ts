// Collects the records of one synthetic document: every record cites the one synthetic source and carries the same
// lastVerified day; ids are checked for uniqueness and relationships for repeats (a mutual COOPERATES_WITH in
// either direction is one), so the output never trips the importer's duplicate checks. Also keeps each node's
// degree, which the cooperation network's preferential attachment draws on.
import type { AtlasDocumentInput } from '../../../server/domain/atlas-document.ts';
import type { Rng } from './rng.ts';
import type {
  ActorKind,
  BodyKind,
  CooperationKind,
  MeasureKind,
  MembershipRole,
  ProgramKind,
  ProvisionRole,
  RunRole,
  TargetGroup,
  Topic,
} from './vocabulary.ts';

export type RegionInput = NonNullable<AtlasDocumentInput['regions']>[number];
export type ActorInput = NonNullable<AtlasDocumentInput['actors']>[number];
export type ProgramInput = NonNullable<AtlasDocumentInput['programs']>[number];
export type MeasureInput = NonNullable<AtlasDocumentInput['measures']>[number];
export type RelationshipInput = NonNullable<AtlasDocumentInput['relationships']>[number];
export type SourceInput = NonNullable<AtlasDocumentInput['sources']>[number];

/** The day every synthetic record was "verified": fixed, so that output does not depend on the clock. */
export const DAY = '2026-12-01';
export const SOURCE_ID = 'syn-benchmark-daten';
const SOURCES = [SOURCE_ID];

export type Claim =
  | { readonly claim: 'stated'; readonly locator: string }
  | { readonly claim: 'inferred'; readonly reasoning: string };

export const stated = (locator: string): Claim => ({ claim: 'stated', locator });
export const inferred = (reasoning: string): Claim => ({ claim: 'inferred', reasoning });

type Period = { readonly since?: string | null; readonly until?: string | null };

interface NamedFields extends Period {
  readonly id: string;
  readonly name: string;
  readonly claim?: Claim;
  readonly note?: string;
  readonly shortName?: string;
}

export interface ActorFields extends NamedFields {
  readonly kind: ActorKind;
  readonly bodyKind?: BodyKind;
  readonly collective?: boolean;
  readonly unnamed?: boolean;
  readonly languages?: readonly string[];
}

export interface MeasureFields extends NamedFields {
  readonly kind: MeasureKind;
  readonly otherKinds?: readonly MeasureKind[];
  readonly languages?: readonly string[];
  readonly quantities?: ProgramInput['quantities'];
}

export interface ProgramFields extends NamedFields {
  readonly kind: ProgramKind;
  readonly quantities?: ProgramInput['quantities'];
}

export interface LinkFields extends Period {
  readonly claim?: Claim;
  readonly reach?: 'whole' | 'namedPlaces' | 'unknownPlaces';
  readonly regions?: readonly string[];
  readonly note?: string;
  readonly quantities?: RelationshipInput['quantities'];
}

/** Who states or infers each kind of link, when the caller does not say: shaped on the curated data (59 % stated). */
const STATED_SHARE: Readonly<Record<string, number>> = {
  MEMBER_OF: 0.85,
  COOPERATES_WITH: 0.7,
  PART_OF: 0.8,
  FUNDS: 0.9,
  RUNS: 0.85,
  PROVIDES: 0.85,
  BASED_ON: 0.8,
  ADDRESSES: 0.55,
  TARGETS: 0.5,
  ACTIVE_IN: 0.3,
  LOCATED_IN: 0.6,
  CONTRIBUTED_TO: 0.8,
  HOSTS: 0.7,
  PARTY_TO: 0.95,
};

const LOCATORS: Readonly<Record<string, string>> = {
  MEMBER_OF: 'Beispieldaten, Liste der Mitglieder',
  COOPERATES_WITH: 'Beispieldaten, Abschnitt Kooperationen',
  PART_OF: 'Beispieldaten, Organigramm',
  FUNDS: 'Beispieldaten, Abschnitt Förderung',
  RUNS: 'Beispieldaten, Abschnitt Steuerung',
  PROVIDES: 'Beispieldaten, Abschnitt Träger',
  BASED_ON: 'Beispieldaten, Abschnitt Grundlagen',
  ADDRESSES: 'Beispieldaten, Abschnitt Handlungsfelder',
  TARGETS: 'Beispieldaten, Abschnitt Zielgruppen',
  ACTIVE_IN: 'Beispieldaten, Abschnitt Einzugsgebiet',
  LOCATED_IN: 'Beispieldaten, Anschrift',
  CONTRIBUTED_TO: 'Beispieldaten, Abschnitt Entstehung',
  HOSTS: 'Beispieldaten, Abschnitt Räume',
  PARTY_TO: 'Beispieldaten, Unterzeichnende',
};

const REASONINGS: Readonly<Record<string, string>> = {
  MEMBER_OF: 'Synthetic: membership assumed from the kind of actor, as a curator would conclude it.',
  COOPERATES_WITH: 'Synthetic: cooperation assumed from working in the same Kreis on the same topic.',
  PART_OF: 'Synthetic: the branch is assumed to belong to its association.',
  FUNDS: 'Synthetic: funding assumed from the program the offer belongs to.',
  RUNS: 'Synthetic: steering assumed from the office responsible.',
  PROVIDES: 'Synthetic: the provider is assumed from the name of the offer.',
  BASED_ON: 'Synthetic: the concept is assumed to build on the Land program.',
  ADDRESSES: 'Synthetic: the topic is concluded from the kind of offer.',
  TARGETS: 'Synthetic: the target group is concluded from the kind of offer.',
  ACTIVE_IN: 'Synthetic: the area is taken from where the actor sits.',
  LOCATED_IN: 'Synthetic: the seat is taken from the name.',
  CONTRIBUTED_TO: 'Synthetic: the body is assumed to have helped write the concept.',
  HOSTS: 'Synthetic: the room is assumed from the address of the offer.',
  PARTY_TO: 'Synthetic: the party is assumed from the members of the network.',
};

const NODE_NOTE =
  'Synthetic benchmark record (npm run generate): invented, not a real organisation or offer.';

export class DocBuilder {
  readonly regions: RegionInput[] = [];
  readonly actors: ActorInput[] = [];
  readonly programs: ProgramInput[] = [];
  readonly measures: MeasureInput[] = [];
  readonly relationships: RelationshipInput[] = [];
  private readonly ids = new Set<string>();
  private readonly links = new Set<string>();
  private readonly degrees = new Map<string, number>();

  constructor(private readonly claims: Rng) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  degree(id: string): number {
    return this.degrees.get(id) ?? 0;
  }

  region(record: Omit<RegionInput, 'sources' | 'lastVerified' | 'country'>): string {
    this.claim(record.id);
    this.regions.push({ ...record, country: 'DE', sources: SOURCES, lastVerified: DAY });
    return record.id;
  }

  actor(fields: ActorFields): string {
    this.claim(fields.id);
    this.actors.push({
      id: fields.id,
      kind: fields.kind,
      name: fields.name,
      ...(fields.shortName ? { shortName: fields.shortName } : {}),
      ...period(fields),
      ...(fields.claim ?? stated('Beispieldaten, Verzeichnis der Akteure')),
      ...(fields.bodyKind ? { bodyKind: fields.bodyKind } : {}),
      ...(fields.collective ? { collective: true } : {}),
      ...(fields.unnamed ? { unnamed: true } : {}),
      ...(fields.languages?.length ? { languages: [...fields.languages] } : {}),
      note: fields.note ?? NODE_NOTE,
      sources: SOURCES,
      lastVerified: DAY,
    });
    return fields.id;
  }

  program(fields: ProgramFields): string {
    this.claim(fields.id);
    this.programs.push({
      id: fields.id,
      kind: fields.kind,
      name: fields.name,
      ...(fields.shortName ? { shortName: fields.shortName } : {}),
      ...period(fields),
      ...(fields.claim ?? stated('Beispieldaten, Verzeichnis der Programme')),
      ...(fields.quantities ? { quantities: fields.quantities } : {}),
      note: fields.note ?? NODE_NOTE,
      sources: SOURCES,
      lastVerified: DAY,
    });
    return fields.id;
  }

  measure(fields: MeasureFields): string {
    this.claim(fields.id);
    this.measures.push({
      id: fields.id,
      kind: fields.kind,
      name: fields.name,
      ...(fields.shortName ? { shortName: fields.shortName } : {}),
      ...period(fields),
      ...(fields.claim ?? stated('Beispieldaten, Verzeichnis der Angebote')),
      ...(fields.quantities ? { quantities: fields.quantities } : {}),
      ...(fields.otherKinds?.length ? { otherKinds: [...fields.otherKinds] } : {}),
      ...(fields.languages?.length ? { languages: [...fields.languages] } : {}),
      note: fields.note ?? NODE_NOTE,
      sources: SOURCES,
      lastVerified: DAY,
    });
    return fields.id;
  }

  memberOf(actor: string, body: string, role: MembershipRole, fields: LinkFields = {}): boolean {
    return this.link('MEMBER_OF', actor, body, { ...fields, role });
  }

  cooperates(a: string, b: string, kind: CooperationKind, fields: LinkFields = {}): boolean {
    return this.link('COOPERATES_WITH', a, b, { ...fields, kind });
  }

  provides(actor: string, measure: string, role: ProvisionRole, fields: LinkFields = {}): boolean {
    return this.link('PROVIDES', actor, measure, { ...fields, role });
  }

  runs(actor: string, target: string, role: RunRole, fields: LinkFields = {}): boolean {
    return this.link('RUNS', actor, target, { ...fields, role });
  }

  addresses(from: string, topics: readonly Topic[], fields: LinkFields = {}): void {
    for (const topic of topics) this.link('ADDRESSES', from, topic, fields);
  }

  targets(from: string, groups: readonly TargetGroup[], fields: LinkFields = {}): void {
    for (const group of groups) this.link('TARGETS', from, group, fields);
  }

  activeIn(from: string, region: string, fields: LinkFields = {}): boolean {
    return this.link('ACTIVE_IN', from, region, { reach: 'whole', ...fields });
  }

  /** Adds a relationship unless the same one (same type and ends; for COOPERATES_WITH either order) is there. */
  link(
    type: RelationshipInput['type'],
    from: string,
    to: string,
    fields: LinkFields & { role?: string; kind?: string } = {},
  ): boolean {
    if (from === to) return false;
    const key =
      type === 'COOPERATES_WITH' ? `${type}|${[from, to].sort().join('|')}` : `${type}|${from}|${to}`;
    if (this.links.has(key)) return false;
    this.links.add(key);
    const claim =
      fields.claim ??
      (this.claims.chance(STATED_SHARE[type] ?? 0.7)
        ? stated(LOCATORS[type] ?? 'Beispieldaten')
        : inferred(REASONINGS[type] ?? 'Synthetic: concluded from the context.'));
    this.relationships.push({
      type,
      from,
      to,
      ...(fields.role ? { role: fields.role } : {}),
      ...(fields.kind ? { kind: fields.kind } : {}),
      ...period(fields),
      ...claim,
      ...(fields.reach ? { reach: fields.reach } : {}),
      ...(fields.regions?.length ? { regions: [...fields.regions] } : {}),
      ...(fields.quantities ? { quantities: fields.quantities } : {}),
      ...(fields.note ? { note: fields.note } : {}),
      sources: SOURCES,
      lastVerified: DAY,
    });
    this.degrees.set(from, this.degree(from) + 1);
    this.degrees.set(to, this.degree(to) + 1);
    return true;
  }

  private claim(id: string): void {
    if (this.ids.has(id)) throw new Error(`synthetic id "${id}" used twice`);
    this.ids.add(id);
  }
}

function period(fields: Period): Period {
  return {
    ...(fields.since ? { since: fields.since } : {}),
    ...(fields.until ? { until: fields.until } : {}),
  };
}
