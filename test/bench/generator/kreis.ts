// One Kreis at Kreis level (every tier): the Kreis administration with its Ausländerbehörde and integration
// commissioner, the Jobcenter, the Arbeitskreis Integration, the local branches of the welfare associations with
// their MBE offices and youth migration services, integration course providers and their courses, migrant
// organisations, the Land program's local coordination, an integration concept in most Kreise, and the pilots of
// federal model projects placed here. Cooperation and Arbeitskreis membership are added later (network.ts), when
// the Kreis's local actors are known too.
import type { DocBuilder } from './builder.ts';
import { inferred, stated } from './builder.ts';
import { FIGURES, WELFARE_CARRIERS, type CarrierKey } from './figures.ts';
import type { LandIds } from './land.ts';
import { MODEL_PROJECTS } from './model-projects.ts';
import type { NationalIds } from './national.ts';
import type { Kreis } from './reference.ts';
import type { Rng } from './rng.ts';
import type { MeasureKind, TargetGroup, Topic } from './vocabulary.ts';

export interface KreisPlan {
  readonly mbe: number;
  readonly jmd: number;
  readonly courseProviders: number;
  readonly migrantOrganisations: number;
  /** Indexes into MODEL_PROJECTS of the projects piloted here. */
  readonly pilots: readonly number[];
}

export interface Offer {
  readonly id: string;
  readonly provider: string;
}

export interface KreisIds {
  readonly kreis: Kreis;
  readonly administration: string;
  readonly immigrationOffice: string;
  readonly jobcenter: string;
  readonly commissioner: string;
  readonly arbeitskreis: string;
  readonly branches: ReadonlyMap<CarrierKey, string>;
  readonly migrantOrganisations: readonly string[];
  readonly courseProviders: readonly string[];
  /** MBE offices and youth migration services with their providers: local consultation hours can be part of them. */
  readonly counselling: readonly Offer[];
  /** General courses with their providers: course sites in the Gemeinden can be part of them. */
  readonly courses: readonly Offer[];
  /** Every actor of the Kreis, in creation order: the pool of the cooperation network. */
  readonly actors: string[];
}

const MBE_TOPICS: readonly Topic[] = [
  'sprache-und-bildung',
  'ausbildung-beruf-arbeit',
  'wohnen-und-mobilitaet',
  'gesellschaftliche-teilhabe',
];
const CONCEPT_TOPICS: readonly Topic[] = [
  'sprache-und-bildung',
  'ausbildung-beruf-arbeit',
  'gesundheit-und-beratung',
  'behoerdenzusammenarbeit-interkulturelle-oeffnung',
  'antidiskriminierung-teilhabe-empowerment',
  'wohnen-und-mobilitaet',
  'beteiligung',
  'buergerschaftliches-engagement',
  'willkommens-und-anerkennungskultur',
  'integrationsmonitoring',
];
const CONCEPT_GROUPS: readonly TargetGroup[] = [
  'gefluechtete',
  'neuzugewanderte',
  'menschen-mit-migrationshintergrund',
  'frauen',
  'jugendliche',
  'familien',
];
const SPECIAL_COURSES: readonly { kind: MeasureKind; label: string; group: TargetGroup }[] = [
  { kind: 'integrationCourseWomen', label: 'Frauenintegrationskurs', group: 'frauen' },
  { kind: 'integrationCourseYouth', label: 'Jugendintegrationskurs', group: 'jugendliche' },
  { kind: 'integrationCourseParents', label: 'Elternintegrationskurs', group: 'familien' },
  { kind: 'integrationCourseLiteracy', label: 'Alphabetisierungskurs', group: 'neuzugewanderte' },
  { kind: 'integrationCourseIntensive', label: 'Intensivkurs', group: 'neuzugewanderte' },
];
const MEDIATION_LANGUAGES = ['ar', 'fa', 'prs', 'uk', 'tr', 'ti', 'ru', 'ku', 'so', 'ro', 'bg'];

export function addKreis(
  b: DocBuilder,
  rng: Rng,
  national: NationalIds,
  land: LandIds,
  kreis: Kreis,
  plan: KreisPlan,
): KreisIds {
  const k = kreis.id;
  const p = `syn-${kreis.code}`;
  const at = (name: string) => `Beispiel-${name} (${kreis.label})`;
  const actors: string[] = [];
  // Public offices are responsible for the whole Kreis (ACTIVE_IN); associations and providers only sit there.
  const place = (id: string, responsible = false) => {
    b.link('LOCATED_IN', id, k);
    if (responsible) b.activeIn(id, k);
    actors.push(id);
    return id;
  };

  const administration = place(
    b.actor({
      id: `${p}-verwaltung`,
      kind: 'localAdministration',
      name: at(kreis.kreisfrei ? 'Stadtverwaltung' : 'Kreisverwaltung'),
    }),
    true,
  );
  const immigrationOffice = place(
    b.actor({ id: `${p}-auslaenderbehoerde`, kind: 'immigrationOffice', name: at('Ausländerbehörde') }),
    true,
  );
  b.link('PART_OF', immigrationOffice, administration);
  const jobcenter = place(b.actor({ id: `${p}-jobcenter`, kind: 'jobcenter', name: at('Jobcenter') }), true);
  // About a quarter of the Jobcenter are run by the Kreis alone (104 of 407); the others jointly with the federal
  // employment agency, which the benchmark does not model — they cooperate with the Kreis by agreement instead.
  if (rng.chance(FIGURES.kommunaleJobcenter.value / FIGURES.jobcenter.value)) {
    b.link('PART_OF', jobcenter, administration, {
      note: 'A Jobcenter run by the Kreis alone (Optionskommune).',
    });
  } else {
    b.cooperates(jobcenter, administration, 'formalAgreement', { since: '2005' });
  }
  const commissioner = place(
    b.actor({
      id: `${p}-integrationsbeauftragte`,
      kind: 'commissioner',
      name: at('Integrationsbeauftragte'),
    }),
    true,
  );
  b.link('PART_OF', commissioner, administration);
  b.addresses(commissioner, rng.sample(CONCEPT_TOPICS, 1));

  const arbeitskreis = b.actor({
    id: `${p}-arbeitskreis-integration`,
    kind: 'body',
    bodyKind: 'workingGroup',
    name: at('Arbeitskreis Integration'),
    since: String(rng.between(2006, 2019)),
  });
  b.activeIn(arbeitskreis, k);
  b.addresses(arbeitskreis, ['kommunale-integrationsarbeit-stadtentwicklung']);
  actors.push(arbeitskreis);

  // Welfare branches: each carrier is present with its share; MBE and JMD offices go to present carriers only.
  const branches = new Map<CarrierKey, string>();
  for (const carrier of WELFARE_CARRIERS) {
    if (!rng.chance(carrier.presence)) continue;
    const id = place(
      b.actor({
        id: `${p}-${carrier.key}`,
        kind: carrier.key === 'bdv' ? 'civilSocietyOrganisation' : 'welfareOrganisation',
        name: at(carrier.label),
      }),
    );
    b.link('PART_OF', id, land.association[carrier.key]);
    branches.set(carrier.key, id);
  }
  if (branches.size === 0) {
    const id = place(b.actor({ id: `${p}-caritas`, kind: 'welfareOrganisation', name: at('Caritas') }));
    b.link('PART_OF', id, land.association.caritas);
    branches.set('caritas', id);
  }
  const present = WELFARE_CARRIERS.filter((c) => branches.has(c.key));
  const branchFor = (share: 'mbeShare' | 'jmdShare'): [CarrierKey, string] => {
    const weighted = present.some((c) => c[share] > 0) ? present.filter((c) => c[share] > 0) : present;
    const carrier = rng.weighted(weighted, (c) => c[share] + 0.01);
    return [carrier.key, branches.get(carrier.key)!];
  };

  const counselling: Offer[] = [];
  for (let n = 1; n <= plan.mbe; n++) {
    const [carrier, branch] = branchFor('mbeShare');
    const id = b.measure({
      id: `${p}-migrationsberatung-${n}`,
      kind: 'counselling',
      name: at(`Migrationsberatung für Erwachsene ${n}`),
      since: String(rng.between(FIGURES.mbeSince.value, 2023)),
      languages: rng.sample(MEDIATION_LANGUAGES, rng.between(0, 3)),
    });
    b.link('PART_OF', id, national.mbe);
    b.provides(branch, id, 'provider');
    if (rng.chance(0.5)) b.provides(land.association[carrier], id, 'coordinator');
    b.activeIn(id, k);
    b.addresses(id, ['gesundheit-und-beratung', ...rng.sample(MBE_TOPICS, rng.between(0, 2))]);
    b.targets(id, ['neuzugewanderte', ...(rng.chance(0.4) ? (['gefluechtete'] as const) : [])]);
    counselling.push({ id, provider: branch });
  }
  for (let n = 1; n <= plan.jmd; n++) {
    const [carrier, branch] = branchFor('jmdShare');
    const id = b.measure({
      id: `${p}-jugendmigrationsdienst-${n}`,
      kind: 'counselling',
      name: at(`Jugendmigrationsdienst ${n}`),
      since: String(rng.between(2004, 2022)),
    });
    b.link('PART_OF', id, national.jmd);
    b.provides(branch, id, 'provider');
    if (rng.chance(0.5)) b.provides(land.association[carrier], id, 'coordinator');
    b.activeIn(id, k);
    b.addresses(id, ['ausbildung-beruf-arbeit', 'sprache-und-bildung']);
    b.targets(id, ['jugendliche', ...(rng.chance(0.5) ? (['neuzugewanderte'] as const) : [])]);
    counselling.push({ id, provider: branch });
  }

  // Integration course providers: the first is the adult education centre of the Kreis, the rest private or
  // association providers; each runs a general course and sometimes special course types, PART_OF the general one.
  const courseProviders: string[] = [];
  const courses: Offer[] = [];
  for (let n = 1; n <= plan.courseProviders; n++) {
    const provider = place(
      b.actor({
        id: `${p}-kurstraeger-${n}`,
        kind: 'educationProvider',
        name: at(n === 1 ? 'Volkshochschule' : `Sprachschule ${n - 1}`),
      }),
    );
    if (n === 1) b.link('PART_OF', provider, administration);
    courseProviders.push(provider);
    const general = b.measure({
      id: `${p}-integrationskurs-${n}`,
      kind: 'integrationCourseGeneral',
      name: at(`Integrationskurse ${n}`),
      since: String(rng.between(2005, 2020)),
    });
    b.link('PART_OF', general, national.courses);
    b.provides(provider, general, 'provider');
    b.activeIn(general, k);
    b.addresses(general, ['sprache-und-bildung']);
    b.targets(general, ['neuzugewanderte']);
    courses.push({ id: general, provider });
    for (const special of rng.sample(SPECIAL_COURSES, rng.poisson(0.4))) {
      const id = b.measure({
        id: `${general}-${special.kind.replace('integrationCourse', '').toLowerCase()}`,
        kind: special.kind,
        name: at(`${special.label} ${n}`),
        since: String(rng.between(2010, 2024)),
      });
      b.link('PART_OF', id, general, {
        note: 'A course type inside the general offer: count one or the other.',
      });
      b.provides(provider, id, 'provider');
      b.activeIn(id, k);
      b.addresses(id, ['sprache-und-bildung']);
      b.targets(id, [special.group]);
    }
  }

  const migrantOrganisations: string[] = [];
  for (let n = 1; n <= plan.migrantOrganisations; n++) {
    const id = place(
      b.actor({
        id: `${p}-migrantenorganisation-${n}`,
        kind: 'migrantOrganisation',
        name: at(`Migrantenverein ${n}`),
      }),
    );
    b.addresses(
      id,
      rng.sample(['beteiligung', 'gesellschaftliche-teilhabe', 'bildung-freizeit-arbeit'] as const, 1),
    );
    b.targets(id, ['menschen-mit-migrationshintergrund']);
    migrantOrganisations.push(id);
  }

  // The Jobcenter's own project for refugees, with a welfare branch as partner.
  const jobProject = b.measure({
    id: `${p}-jobcenter-projekt`,
    kind: 'training',
    name: at('Jobcenter-Projekt Arbeitsmarktintegration'),
    since: String(rng.between(2016, 2024)),
  });
  b.provides(jobcenter, jobProject, 'provider');
  b.provides(rng.pick([...branches.values()]), jobProject, 'partner');
  b.activeIn(jobProject, k);
  b.addresses(jobProject, ['ausbildung-beruf-arbeit']);
  b.targets(jobProject, ['gefluechtete', ...(rng.chance(0.3) ? (['frauen'] as const) : [])]);

  // The Land program's local coordination, in most Kreise of the Land.
  if (rng.chance(land.programReach)) {
    const id = b.measure({
      id: `${p}-landesprogramm-koordination`,
      kind: 'integrationManagement',
      name: at('Koordinierungsstelle Landesprogramm'),
      since: String(rng.between(2015, 2023)),
    });
    b.link('PART_OF', id, land.program);
    b.link('FUNDS', land.ministry, id);
    b.provides(rng.chance(0.7) ? administration : commissioner, id, 'provider');
    b.activeIn(id, k);
    b.activeIn(land.program, k, {
      claim: inferred('Synthetic: the program is active where it has a coordination.'),
    });
    b.addresses(id, [
      'kommunale-integrationsarbeit-stadtentwicklung',
      'behoerdenzusammenarbeit-interkulturelle-oeffnung',
    ]);
    b.targets(id, ['institutionen-und-behoerden']);
  }

  // A volunteer network of unknown places, and a pool of language mediators, in some Kreise.
  if (rng.chance(0.6)) {
    const id = b.measure({
      id: `${p}-ehrenamtsnetzwerk`,
      kind: 'volunteerNetwork',
      name: at('Ehrenamtsnetzwerk Integration'),
      since: String(rng.between(2014, 2018)),
    });
    b.provides(rng.pick([...branches.values()]), id, 'provider');
    b.provides(commissioner, id, 'coordinator');
    b.activeIn(id, k, { reach: 'unknownPlaces' });
    b.addresses(id, ['buergerschaftliches-engagement', 'willkommens-und-anerkennungskultur']);
    b.targets(id, ['ehrenamtliche', 'gefluechtete']);
  }
  if (rng.chance(0.5)) {
    const id = b.measure({
      id: `${p}-sprachmittlerpool`,
      kind: 'languageMediation',
      name: at('Sprachmittlerpool'),
      since: String(rng.between(2015, 2022)),
      languages: rng.sample(MEDIATION_LANGUAGES, rng.between(3, 7)),
    });
    b.provides(administration, id, 'provider');
    b.link('FUNDS', administration, id);
    b.activeIn(id, k);
    b.addresses(id, ['gesundheit-und-beratung', 'behoerdenzusammenarbeit-interkulturelle-oeffnung']);
    b.targets(id, ['gefluechtete', 'institutionen-und-behoerden']);
  }

  // The Kreis's integration concept, written with the Arbeitskreis and built on the Land program.
  if (rng.chance(0.7)) {
    const since = rng.between(2010, 2023);
    const id = b.program({
      id: `${p}-integrationskonzept`,
      kind: 'integrationConcept',
      name: at(`Integrationskonzept ${since}`),
      since: String(since),
    });
    b.runs(administration, id, 'lead');
    b.runs(commissioner, id, 'coordination');
    b.link('CONTRIBUTED_TO', arbeitskreis, id);
    if (rng.chance(0.5)) b.link('BASED_ON', id, land.program);
    b.activeIn(id, k);
    b.addresses(id, rng.sample(CONCEPT_TOPICS, rng.between(2, 5)));
    b.targets(id, rng.sample(CONCEPT_GROUPS, rng.between(1, 3)));
  }

  for (const index of plan.pilots) {
    const project = MODEL_PROJECTS[index]!;
    const id = b.measure({
      id: `${p}-pilot-${project.key}`,
      kind: project.measureKind,
      name: at(project.measureName.replace(/^Beispiel-/, '')),
      since: project.since,
      until: project.until,
    });
    b.link('PART_OF', id, national.modelProjects[index]!, { since: project.since, until: project.until });
    const provider =
      project.localProvider === 'administration' ? administration : rng.pick([...branches.values()]);
    b.provides(provider, id, 'provider');
    b.activeIn(id, k, { since: project.since, until: project.until });
    b.activeIn(national.modelProjects[index]!, k, { since: project.since, until: project.until });
    b.addresses(id, project.topics);
    b.targets(id, project.groups);
  }

  b.cooperates(administration, land.ministry, 'informationExchange', {
    claim: stated('Beispieldaten, Abschnitt Kooperationen'),
  });
  return {
    kreis,
    administration,
    immigrationOffice,
    jobcenter,
    commissioner,
    arbeitskreis,
    branches,
    migrantOrganisations,
    courseProviders,
    counselling,
    courses,
    actors,
  };
}
