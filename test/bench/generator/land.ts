// The level of one Land: its ministry and integration commissioner, a Land integration program (shaped on WIR in
// Hessen and the NRW law of the curated data) with a local coordination in most of its Kreise, a Land network of the
// welfare associations, and the Land associations of the five large carriers — hubs that every Kreis branch
// belongs to.
import type { DocBuilder } from './builder.ts';
import { stated } from './builder.ts';
import { WELFARE_CARRIERS, type CarrierKey } from './figures.ts';
import { addRegionalOffice, type NationalIds } from './national.ts';
import type { Land } from './reference.ts';
import type { Rng } from './rng.ts';
import type { TargetGroup, Topic } from './vocabulary.ts';

/** Carriers with a Land association in every Land; the others' branches belong to their federation directly. */
const LAND_CARRIERS: readonly CarrierKey[] = ['awo', 'caritas', 'diakonie', 'paritaet', 'drk'];

const PROGRAM_TOPICS: readonly Topic[] = [
  'kommunale-integrationsarbeit-stadtentwicklung',
  'willkommens-und-anerkennungskultur',
  'interkulturelle-oeffnung',
  'gesellschaftliche-teilhabe',
  'buergerschaftliches-engagement',
];
const PROGRAM_GROUPS: readonly TargetGroup[] = [
  'kommunen',
  'gefluechtete',
  'menschen-mit-migrationshintergrund',
];

export interface LandIds {
  readonly land: Land;
  readonly ministry: string;
  readonly commissioner: string;
  readonly program: string;
  readonly network: string;
  readonly regionalOffice: string;
  /** The Land association of a carrier, or its federation for the carriers without one. */
  readonly association: Readonly<Record<CarrierKey, string>>;
  /** Share of the Land's Kreise where the program has a local coordination. */
  readonly programReach: number;
}

export function addLand(b: DocBuilder, rng: Rng, national: NationalIds, land: Land): LandIds {
  const ministry = b.actor({
    id: `syn-land-${land.code}-ministerium`,
    kind: 'ministry',
    name: `Beispiel-Landesministerium für Integration ${land.name}`,
  });
  b.activeIn(ministry, land.id);
  b.link('LOCATED_IN', ministry, land.id);

  const commissioner = b.actor({
    id: `syn-land-${land.code}-integrationsbeauftragte`,
    kind: 'commissioner',
    name: `Beispiel-Integrationsbeauftragte des Landes ${land.name}`,
  });
  b.link('PART_OF', commissioner, ministry);
  b.activeIn(commissioner, land.id);
  b.addresses(commissioner, ['gesellschaftlicher-zusammenhalt', 'antidiskriminierung']);

  const since = String(rng.between(2010, 2020));
  const program = b.program({
    id: `syn-land-${land.code}-landesprogramm`,
    kind: 'fundingProgram',
    name: `Beispiel-Landesprogramm Integration vor Ort ${land.name}`,
    since,
  });
  b.link('FUNDS', ministry, program);
  b.runs(ministry, program, 'lead');
  b.runs(commissioner, program, 'steering');
  b.activeIn(program, land.id, { reach: 'namedPlaces' });
  b.addresses(program, rng.sample(PROGRAM_TOPICS, rng.between(2, 4)));
  b.targets(program, rng.sample(PROGRAM_GROUPS, rng.between(1, 2)));

  const regionalOffice = addRegionalOffice(b, national, land);

  const association = { ...national.federations };
  for (const key of LAND_CARRIERS) {
    const carrier = WELFARE_CARRIERS.find((c) => c.key === key)!;
    const id = b.actor({
      id: `syn-verband-${key}-${land.code}`,
      kind: 'welfareOrganisation',
      name: `Beispiel-${carrier.label} Landesverband ${land.name}`,
    });
    b.link('PART_OF', id, national.federations[key], { claim: stated('Beispieldaten, Verbandsstruktur') });
    b.activeIn(id, land.id);
    b.link('LOCATED_IN', id, land.id);
    association[key] = id;
  }

  const network = b.actor({
    id: `syn-land-${land.code}-netzwerk`,
    kind: 'body',
    bodyKind: 'network',
    name: `Beispiel-Landesnetzwerk Migrationsberatung ${land.name}`,
  });
  b.activeIn(network, land.id);
  b.memberOf(ministry, network, 'chair');
  b.memberOf(commissioner, network, 'member');
  b.memberOf(regionalOffice, network, 'guest');
  for (const key of LAND_CARRIERS) b.memberOf(association[key], network, 'member');
  b.addresses(network, ['gesundheit-und-beratung', 'interkulturelle-oeffnung']);
  b.cooperates(ministry, regionalOffice, 'informationExchange');

  return {
    land,
    ministry,
    commissioner,
    program,
    network,
    regionalOffice,
    association,
    programReach: 0.5 + rng.next() * 0.5,
  };
}
