// The federal level, present in every tier: two ministries, a federal office with one regional office per Land in
// scope, the three federal offer programs (migration counselling for adults after the MBE, youth migration services
// after the JMD, integration courses), the model projects, and the welfare associations that carry the counselling.
import type { DocBuilder } from './builder.ts';
import { stated } from './builder.ts';
import { FIGURES, WELFARE_CARRIERS, type CarrierKey } from './figures.ts';
import { MODEL_PROJECTS } from './model-projects.ts';
import type { Land } from './reference.ts';

export interface NationalIds {
  readonly innen: string;
  readonly familie: string;
  readonly bundesamt: string;
  readonly mbe: string;
  readonly jmd: string;
  readonly courses: string;
  readonly federations: Readonly<Record<CarrierKey, string>>;
  readonly modelProjects: readonly string[];
  readonly bag: string;
}

const GERMANY = 'de';
const BERLIN = 'de-11';

export function addNational(b: DocBuilder): NationalIds {
  const innen = b.actor({
    id: 'syn-bund-ministerium-inneres',
    kind: 'ministry',
    name: 'Beispiel-Bundesministerium für Inneres',
  });
  const familie = b.actor({
    id: 'syn-bund-ministerium-familie',
    kind: 'ministry',
    name: 'Beispiel-Bundesministerium für Familie und Jugend',
  });
  const bundesamt = b.actor({
    id: 'syn-bundesamt-migration',
    kind: 'federalOffice',
    name: 'Beispiel-Bundesamt für Migration',
  });
  for (const id of [innen, familie, bundesamt]) {
    b.activeIn(id, GERMANY);
    b.link('LOCATED_IN', id, BERLIN);
  }
  b.link('PART_OF', bundesamt, innen, { claim: stated('Beispieldaten, Geschäftsbereich') });

  const mbe = b.program({
    id: 'syn-programm-migrationsberatung',
    kind: 'fundingProgram',
    name: 'Beispiel-Bundesprogramm Migrationsberatung für Erwachsene',
    since: String(FIGURES.mbeSince.value),
  });
  b.link('FUNDS', innen, mbe);
  b.runs(bundesamt, mbe, 'lead');
  b.addresses(mbe, ['gesundheit-und-beratung', 'gesellschaftliche-teilhabe']);
  b.targets(mbe, ['neuzugewanderte']);

  const jmd = b.program({
    id: 'syn-programm-jugendmigrationsdienste',
    kind: 'fundingProgram',
    name: 'Beispiel-Bundesprogramm Jugendmigrationsdienste',
    since: '2004',
  });
  b.link('FUNDS', familie, jmd);
  b.runs(familie, jmd, 'lead');
  b.addresses(jmd, ['ausbildung-beruf-arbeit', 'sprache-und-bildung']);
  b.targets(jmd, ['jugendliche', 'neuzugewanderte']);

  const courses = b.program({
    id: 'syn-programm-integrationskurse',
    kind: 'fundingProgram',
    name: 'Beispiel-Bundesprogramm Integrationskurse',
    since: '2005',
  });
  b.link('FUNDS', innen, courses);
  b.runs(bundesamt, courses, 'lead');
  b.addresses(courses, ['sprache-und-bildung']);
  b.targets(courses, ['neuzugewanderte', 'gefluechtete']);

  const modelProjects = MODEL_PROJECTS.map((project) => {
    const id = b.program({
      id: `syn-modellprojekt-${project.key}`,
      kind: 'modelProject',
      name: project.name,
      since: project.since,
      until: project.until,
      quantities: [
        {
          kind: 'municipalityCount',
          value: project.pilots,
          unit: 'count',
          note: 'Pilot places of the synthetic project, across the whole country (a tier below L holds only its share).',
        },
      ],
    });
    b.link('FUNDS', project.localProvider === 'welfare' ? familie : innen, id);
    b.runs(bundesamt, id, 'coordination');
    b.addresses(id, project.topics);
    b.targets(id, project.groups);
    return id;
  });
  // Federal programs reach only where their offices or pilots are: each has an ACTIVE_IN of its own.
  for (const id of [mbe, jmd, courses, ...modelProjects]) b.activeIn(id, GERMANY, { reach: 'namedPlaces' });

  const federations = Object.fromEntries(
    WELFARE_CARRIERS.map((carrier) => {
      const id = b.actor({
        id: `syn-verband-${carrier.key}`,
        kind: carrier.key === 'bdv' ? 'civilSocietyOrganisation' : 'welfareOrganisation',
        name: `Beispiel-${carrier.label} Bundesverband`,
      });
      b.activeIn(id, GERMANY);
      b.link('LOCATED_IN', id, BERLIN);
      return [carrier.key, id];
    }),
  ) as Record<CarrierKey, string>;

  const bag = b.actor({
    id: 'syn-bag-migrationsberatung',
    kind: 'body',
    bodyKind: 'conference',
    name: 'Beispiel-Bundesarbeitsgemeinschaft Migrationsberatung',
  });
  b.activeIn(bag, GERMANY);
  b.memberOf(bundesamt, bag, 'chair');
  for (const id of Object.values(federations)) b.memberOf(id, bag, 'member');
  b.addresses(bag, ['gesundheit-und-beratung']);

  return { innen, familie, bundesamt, mbe, jmd, courses, federations, modelProjects, bag };
}

/** The federal office's regional office for one Land: a hub that sits in the Arbeitskreise of its Kreise. */
export function addRegionalOffice(b: DocBuilder, national: NationalIds, land: Land): string {
  const id = b.actor({
    id: `syn-bundesamt-migration-${land.code}`,
    kind: 'federalOffice',
    name: `Beispiel-Bundesamt für Migration, Regionalstelle ${land.name}`,
  });
  b.link('PART_OF', id, national.bundesamt);
  b.activeIn(id, land.id);
  b.link('LOCATED_IN', id, land.id);
  return id;
}
