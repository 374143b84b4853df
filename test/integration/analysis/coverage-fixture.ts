// A hand-made Land for the coverage tests, with the answers stated in advance (on DAY, defaults unless said):
//
//   de ─ de-06 (Land) ─┬ de-06431 Kreis A, 200,000 inhabitants ─ Gemeinden de-06431001, de-06431002
//                      ├ de-06432 Kreis B, 100,000 inhabitants ─ Gemeinden de-06432001, de-06432002
//                      └ de-06433 Kreis C, population unknown, no Gemeinden
//
//   topics: Arbeit, Bildung ⊃ Sprache (Sprache's broader is Bildung); target groups: Frauen, Geflüchtete
//
//   bundesprogramm   program, ACTIVE_IN de (whole)              Arbeit × Geflüchtete  → FULL in every Kreis
//   landesprogramm   program, ACTIVE_IN de-06 (whole)           Bildung × Geflüchtete → FULL in every Kreis
//   sprachkurs-land  measure PART_OF landesprogramm, ACTIVE_IN A (whole), Bildung × Geflüchtete
//   pilot            measure, ACTIVE_IN de (unknownPlaces) and both Gemeinden of A (whole), Sprache × Frauen
//                    → PARTIAL in A (and in Bildung × Frauen by roll-up), nothing in B or C
//   gemeinde-angebot measure PART_OF landesprogramm, funded by the Stiftung, ACTIVE_IN de-06432002 (whole),
//                    Arbeit × Frauen → PARTIAL in B; not in Bildung × Geflüchtete (a part has its own topics)
//   inferred-kurs    measure, ACTIVE_IN B (whole), Sprache (inferred!) × Geflüchtete
//   beendet          measure, 2015–2020, ACTIVE_IN A, Arbeit × Frauen → counts nowhere on DAY
//   zukunft          measure, from 2030, ACTIVE_IN B, Arbeit × Geflüchtete → counts nowhere on DAY
//
// Every fact is stated, except the ADDRESSES of inferred-kurs.

export const DAY = '2026-06-01';

const FACT = { sources: ['src-coverage'], lastVerified: '2026-05-01' };
const STATED = { claim: 'stated', locator: 'S. 1' };

const term = (vocabulary: string, key: string) => ({
  vocabulary,
  key,
  labelDe: key,
  labelEn: key,
  definition: `The ${vocabulary} ${key}.`,
});

const region = (
  id: string,
  level: string,
  code: string | null,
  partOf: string | null,
  population?: number,
) => ({
  id,
  name: id,
  level,
  country: 'DE',
  code,
  partOf,
  ...(population === undefined ? {} : { population, populationDate: '2018-12-31' }),
  ...FACT,
});

const vocabularyNode = (id: string, label: string, broader?: string) => ({
  id,
  labelDe: label,
  labelEn: label,
  definition: `${label}.`,
  ...(broader ? { broader } : {}),
  ...FACT,
});

const initiative = (id: string, kind: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind,
  name: id,
  ...STATED,
  ...FACT,
  ...extra,
});

const rel = (type: string, from: string, to: string, extra: Record<string, unknown> = {}) => ({
  type,
  from,
  to,
  ...STATED,
  ...FACT,
  ...extra,
});

/** ADDRESSES topic and TARGETS group. */
const cell = (id: string, topic: string, group: string) => [
  rel('ADDRESSES', id, topic),
  rel('TARGETS', id, group),
];

export const COVERAGE_DOCUMENT = {
  sources: [{ id: 'src-coverage', title: 'Coverage fixture', dateRead: '2026-05-01' }],
  terms: [
    ...['state', 'land', 'kreis', 'gemeinde'].map((k) => term('regionLevel', k)),
    term('programKind', 'fundingProgram'),
    term('measureKind', 'course'),
    term('actorKind', 'civilSocietyOrganisation'),
  ],
  topics: [
    vocabularyNode('arbeit', 'Arbeit'),
    vocabularyNode('bildung', 'Bildung'),
    vocabularyNode('sprache', 'Sprache', 'bildung'),
  ],
  targetGroups: [vocabularyNode('frauen', 'Frauen'), vocabularyNode('gefluechtete', 'Geflüchtete')],
  regions: [
    region('de', 'state', null, null),
    region('de-06', 'land', '06', 'de'),
    region('de-06431', 'kreis', '06431', 'de-06', 200_000),
    region('de-06432', 'kreis', '06432', 'de-06', 100_000),
    region('de-06433', 'kreis', '06433', 'de-06'),
    region('de-06431001', 'gemeinde', '06431001', 'de-06431'),
    region('de-06431002', 'gemeinde', '06431002', 'de-06431'),
    region('de-06432001', 'gemeinde', '06432001', 'de-06432'),
    region('de-06432002', 'gemeinde', '06432002', 'de-06432'),
  ],
  actors: [{ id: 'stiftung', kind: 'civilSocietyOrganisation', name: 'Stiftung', ...STATED, ...FACT }],
  programs: [initiative('bundesprogramm', 'fundingProgram'), initiative('landesprogramm', 'fundingProgram')],
  measures: [
    initiative('sprachkurs-land', 'course'),
    initiative('pilot', 'course'),
    initiative('gemeinde-angebot', 'course'),
    initiative('inferred-kurs', 'course'),
    initiative('beendet', 'course', { since: '2015', until: '2020' }),
    initiative('zukunft', 'course', { since: '2030' }),
  ],
  relationships: [
    rel('ACTIVE_IN', 'bundesprogramm', 'de'),
    ...cell('bundesprogramm', 'arbeit', 'gefluechtete'),
    rel('ACTIVE_IN', 'landesprogramm', 'de-06'),
    ...cell('landesprogramm', 'bildung', 'gefluechtete'),
    rel('PART_OF', 'sprachkurs-land', 'landesprogramm'),
    rel('ACTIVE_IN', 'sprachkurs-land', 'de-06431'),
    ...cell('sprachkurs-land', 'bildung', 'gefluechtete'),
    rel('ACTIVE_IN', 'pilot', 'de', { reach: 'unknownPlaces' }),
    rel('ACTIVE_IN', 'pilot', 'de-06431001'),
    rel('ACTIVE_IN', 'pilot', 'de-06431002'),
    ...cell('pilot', 'sprache', 'frauen'),
    rel('PART_OF', 'gemeinde-angebot', 'landesprogramm'),
    rel('FUNDS', 'stiftung', 'gemeinde-angebot'),
    rel('ACTIVE_IN', 'gemeinde-angebot', 'de-06432002'),
    ...cell('gemeinde-angebot', 'arbeit', 'frauen'),
    rel('ACTIVE_IN', 'inferred-kurs', 'de-06432'),
    rel('ADDRESSES', 'inferred-kurs', 'sprache', {
      claim: 'inferred',
      locator: undefined,
      reasoning: 'Concluded from the name.',
    }),
    rel('TARGETS', 'inferred-kurs', 'gefluechtete'),
    rel('ACTIVE_IN', 'beendet', 'de-06431'),
    ...cell('beendet', 'arbeit', 'frauen'),
    rel('ACTIVE_IN', 'zukunft', 'de-06432'),
    ...cell('zukunft', 'arbeit', 'gefluechtete'),
  ],
};
