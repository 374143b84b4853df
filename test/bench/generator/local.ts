// Tiers S, M and XL: synthetic Gemeinden under a Landkreis (as many as the Kreis really has, gemeinde-counts.ts) and
// single local offers and actors — language cafés, sponsorships, clubs, course sites, consultation hours — spread
// over the Gemeinden with a Zipf weight (the first, the Kreisstadt, gets the most). A kreisfreie Stadt is its own
// single Gemeinde, so its local offers sit in the Kreis itself. Names and places are invented.
import type { DocBuilder } from './builder.ts';
import type { KreisIds } from './kreis.ts';
import type { Rng } from './rng.ts';
import type { ActorKind, MeasureKind, TargetGroup, Topic } from './vocabulary.ts';

interface Place {
  readonly region: string;
  readonly label: string;
  readonly weight: number;
  readonly actors: string[];
  administration?: string;
}

interface LocalActorKind {
  readonly key: string;
  readonly kind: ActorKind;
  readonly label: string;
  readonly weight: number;
  readonly topics: readonly Topic[];
  readonly collective?: boolean;
}

interface LocalOfferKind {
  readonly key: string;
  readonly kind: MeasureKind;
  readonly label: string;
  readonly weight: number;
  readonly topics: readonly Topic[];
  readonly groups: readonly TargetGroup[];
  /** Part of a Kreis-level offer: a course site of a general course, consultation hours of a counselling office. */
  readonly partOf?: 'course' | 'counselling';
  readonly oneDay?: boolean;
}

const LOCAL_ACTORS: readonly LocalActorKind[] = [
  {
    key: 'helferkreis',
    kind: 'civilSocietyOrganisation',
    label: 'Helferkreis Asyl',
    weight: 4,
    topics: ['buergerschaftliches-engagement'],
    collective: true,
  },
  {
    key: 'sportverein',
    kind: 'civilSocietyOrganisation',
    label: 'Sportverein',
    weight: 3,
    topics: ['bildung-freizeit-arbeit'],
  },
  {
    key: 'gemeinde',
    kind: 'religiousCommunity',
    label: 'Kirchen- oder Moscheegemeinde',
    weight: 2,
    topics: ['gesellschaftlicher-zusammenhalt'],
  },
  { key: 'verein', kind: 'migrantOrganisation', label: 'Kulturverein', weight: 2, topics: ['beteiligung'] },
  {
    key: 'stiftung',
    kind: 'foundation',
    label: 'Bürgerstiftung',
    weight: 0.5,
    topics: ['buergerschaftliches-engagement'],
  },
  {
    key: 'betrieb',
    kind: 'company',
    label: 'Ausbildungsbetrieb',
    weight: 0.7,
    topics: ['ausbildung-beruf-arbeit'],
  },
];

const LOCAL_OFFERS: readonly LocalOfferKind[] = [
  {
    key: 'sprachcafe',
    kind: 'localIntegrationInitiative',
    label: 'Sprachcafé',
    weight: 4,
    topics: ['sprache-und-bildung', 'buergerschaftliches-engagement'],
    groups: ['neuzugewanderte', 'gefluechtete'],
  },
  {
    key: 'hausaufgabenhilfe',
    kind: 'participationProject',
    label: 'Hausaufgabenhilfe',
    weight: 3,
    topics: ['bildung-freizeit-arbeit', 'sprache-und-bildung'],
    groups: ['jugendliche', 'familien'],
  },
  {
    key: 'patenschaften',
    kind: 'volunteerNetwork',
    label: 'Patenschaftsprogramm',
    weight: 3,
    topics: ['buergerschaftliches-engagement', 'willkommens-und-anerkennungskultur'],
    groups: ['gefluechtete', 'ehrenamtliche'],
  },
  {
    key: 'frauentreff',
    kind: 'participationProject',
    label: 'Frauentreff',
    weight: 2,
    topics: ['gesellschaftliche-teilhabe', 'antidiskriminierung-teilhabe-empowerment'],
    groups: ['frauen'],
  },
  {
    key: 'begegnungsfest',
    kind: 'dialogueEvent',
    label: 'Begegnungsfest',
    weight: 1.5,
    topics: ['gesellschaftlicher-zusammenhalt'],
    groups: ['einwohnerschaft', 'menschen-mit-migrationshintergrund'],
    oneDay: true,
  },
  {
    key: 'kursort',
    kind: 'integrationCourseGeneral',
    label: 'Integrationskurs-Standort',
    weight: 3,
    topics: ['sprache-und-bildung'],
    groups: ['neuzugewanderte'],
    partOf: 'course',
  },
  {
    key: 'sprechstunde',
    kind: 'counselling',
    label: 'Beratungssprechstunde',
    weight: 3,
    topics: ['gesundheit-und-beratung'],
    groups: ['neuzugewanderte'],
    partOf: 'counselling',
  },
  {
    key: 'vereinsoeffnung',
    kind: 'interculturalOpening',
    label: 'Interkulturelle Öffnung im Verein',
    weight: 1.5,
    topics: ['interkulturelle-oeffnung', 'bildung-freizeit-arbeit'],
    groups: ['jugendliche', 'menschen-mit-migrationshintergrund'],
  },
  {
    key: 'workshop',
    kind: 'preventionProject',
    label: 'Workshop gegen Diskriminierung',
    weight: 1,
    topics: ['antidiskriminierung', 'demokratie-menschenrechte-extremismuspraevention'],
    groups: ['jugendliche', 'einwohnerschaft'],
  },
  {
    key: 'wohnlotsen',
    kind: 'counselling',
    label: 'Wohnraumlotsen',
    weight: 1,
    topics: ['wohnen-und-mobilitaet'],
    groups: ['gefluechtete', 'familien'],
  },
  {
    key: 'infoabend',
    kind: 'informationService',
    label: 'Infoabend für Neuzugewanderte',
    weight: 1,
    topics: ['willkommens-und-anerkennungskultur', 'gesundheit-und-alter'],
    groups: ['neuzugewanderte'],
  },
  {
    key: 'schulung',
    kind: 'training',
    label: 'Schulung für Ehrenamtliche',
    weight: 1,
    topics: ['buergerschaftliches-engagement', 'interkulturelle-oeffnung'],
    groups: ['ehrenamtliche'],
  },
];

const EXTRA_TOPICS: readonly Topic[] = [
  'gesellschaftliche-teilhabe',
  'beteiligung',
  'ausbildung-beruf-arbeit',
  'gesundheit-und-alter',
];
const EXTRA_GROUPS: readonly TargetGroup[] = ['frauen', 'familien', 'jugendliche', 'gefluechtete'];

/** Share of local nodes that are actors; the rest are offers. */
const ACTOR_SHARE = 0.3;

export interface LocalOptions {
  readonly gemeinden: boolean;
  /** How many local actors and offers to add in this Kreis. */
  readonly count: number;
}

/** Adds the Kreis's Gemeinden and local nodes; returns the local actors (for the cooperation network). */
export function addLocal(b: DocBuilder, rng: Rng, kreis: KreisIds, options: LocalOptions): string[] {
  const k = kreis.kreis;
  const places: Place[] = [];
  if (options.gemeinden && !k.kreisfrei) {
    for (let n = 1; n <= k.gemeinden; n++) {
      const nn = String(n).padStart(k.gemeinden >= 100 ? 3 : 2, '0');
      const region = b.region({
        id: `syn-${k.code}-gemeinde-${nn}`,
        name: `Beispiel-Gemeinde ${nn} (${k.label})`,
        level: 'gemeinde',
        code: null,
        partOf: k.id,
        note: 'Synthetic Gemeinde (npm run generate): invented, so it has no official code; the number of Gemeinden per Kreis follows BKG VG250 (2016).',
      });
      places.push({ region, label: `Beispiel-Gemeinde ${nn}`, weight: 1 / n, actors: [] });
    }
  }
  if (places.length === 0) places.push({ region: k.id, label: k.label, weight: 1, actors: [] });

  const kreisProviders = [...kreis.branches.values(), kreis.administration, kreis.commissioner];
  const local: string[] = [];
  for (let n = 1; n <= options.count; n++) {
    const place = rng.weighted(places, (p) => p.weight);
    const id = `syn-${k.code}-lokal-${n}`;
    const where = place.region === k.id ? k.label : `${place.label}, ${k.label}`;
    const at = (label: string) => `Beispiel-${label} ${n} (${where})`;
    if (rng.chance(ACTOR_SHARE)) {
      // The Gemeinde's own administration first, once per Gemeinde, then clubs and initiatives.
      if (place.administration === undefined && place.region !== k.id && rng.chance(0.5)) {
        place.administration = b.actor({
          id,
          kind: 'localAdministration',
          name: `Beispiel-Gemeindeverwaltung (${where})`,
        });
        b.cooperates(id, kreis.administration, 'informationExchange');
        b.link('LOCATED_IN', id, place.region);
        b.activeIn(id, place.region);
        place.actors.push(id);
        local.push(id);
        continue;
      }
      const type = rng.weighted(LOCAL_ACTORS, (t) => t.weight);
      b.actor({ id, kind: type.kind, name: at(type.label), collective: type.collective === true });
      b.link('LOCATED_IN', id, place.region);
      b.activeIn(id, place.region);
      b.addresses(id, type.topics);
      if (rng.chance(0.4)) b.targets(id, [rng.pick(EXTRA_GROUPS)]);
      place.actors.push(id);
      local.push(id);
      continue;
    }

    const type = rng.weighted(LOCAL_OFFERS, (t) => t.weight);
    const parent =
      type.partOf === 'course'
        ? pickOr(rng, kreis.courses)
        : type.partOf === 'counselling'
          ? pickOr(rng, kreis.counselling)
          : undefined;
    const since = rng.between(2012, 2025);
    const ended = !type.oneDay && rng.chance(0.12) && since <= 2023;
    const day = `${since}-${String(rng.between(5, 9)).padStart(2, '0')}-${String(rng.between(1, 28)).padStart(2, '0')}`;
    b.measure({
      id,
      kind: type.kind,
      name: at(type.label),
      since: type.oneDay ? day : String(since),
      until: type.oneDay ? day : ended ? String(since + rng.between(1, 2)) : null,
    });
    if (parent) {
      b.link('PART_OF', id, parent.id, {
        note: 'A single site of the Kreis-level offer: count one or the other.',
      });
      b.provides(parent.provider, id, 'provider');
    } else {
      const provider =
        place.actors.length > 0 && rng.chance(0.6)
          ? rng.pick(place.actors)
          : rng.weighted(kreisProviders, (p) => b.degree(p) + 1);
      b.provides(provider, id, 'provider');
      if (rng.chance(0.3)) b.provides(rng.pick(kreisProviders), id, 'partner');
    }
    if (place.actors.length > 0 && rng.chance(0.2)) b.link('HOSTS', rng.pick(place.actors), id);
    b.activeIn(id, place.region, type.oneDay ? { since: day, until: day } : {});
    b.addresses(id, rng.chance(0.25) ? [...type.topics, rng.pick(EXTRA_TOPICS)] : type.topics);
    b.targets(id, rng.chance(0.2) ? [...type.groups, rng.pick(EXTRA_GROUPS)] : type.groups);
  }
  return local;
}

function pickOr<T>(rng: Rng, items: readonly T[]): T | undefined {
  return items.length > 0 ? rng.pick(items) : undefined;
}
