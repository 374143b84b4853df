// The fixed parts of the vocabularies: the keys that code depends on. Labels and definitions of every term live
// in the data (`terms`), so the client never hard-codes them; only what the database schema or a validation rule
// needs is listed here.

export const COUNTRIES = ['DE', 'AT'] as const;
export type Country = (typeof COUNTRIES)[number];

/** Region levels are fixed because the code rules and the hierarchy depend on them. */
export const REGION_LEVELS = ['state', 'land', 'regierungsbezirk', 'kreis', 'gemeinde', 'bezirk'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/**
 * Length of the official code per country and level: German AGS, Austrian Gemeindekennziffer. A level that a
 * country uses but that has no official code of its own (the state; Berlin's and Hamburg's Bezirke) maps to null;
 * a level missing from a country's map is not used in that country.
 */
export const REGION_CODE_LENGTHS: Readonly<Record<Country, Partial<Record<RegionLevel, number | null>>>> = {
  DE: { state: null, land: 2, regierungsbezirk: 3, kreis: 5, gemeinde: 8, bezirk: null },
  AT: { state: null, land: 1, bezirk: 3, gemeinde: 5 },
};

export const VOCABULARIES = [
  'actorKind',
  'bodyKind',
  'programKind',
  'measureKind',
  'cooperationKind',
  'membershipRole',
  'provisionRole',
  'runRole',
  'partyRole',
  'quantityKind',
  'regionLevel',
] as const;
export type Vocabulary = (typeof VOCABULARIES)[number];

/** Vocabularies whose keys are fixed in code: their terms only add labels and definitions. */
export const FIXED_TERM_KEYS: Readonly<Partial<Record<Vocabulary, readonly string[]>>> = {
  regionLevel: REGION_LEVELS,
};

/**
 * Whether a source states a fact or a curator inferred it. A stated fact keeps a locator (a short quote or the
 * section), an inferred one the reasoning; analyses can count stated facts only.
 */
export const CLAIM_STATUSES = ['stated', 'inferred'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * How far an `ACTIVE_IN` reaches into its region: all of it; only places inside it that have their own
 * `ACTIVE_IN`; or places inside it that the source does not name. Only `whole` covers every sub-region.
 */
export const REACHES = ['whole', 'namedPlaces', 'unknownPlaces'] as const;
export type Reach = (typeof REACHES)[number];

/** Units of a quantity: money, a share, a number of things, or a span of time. */
export const QUANTITY_UNITS = ['EUR', 'percent', 'count', 'hours', 'days', 'months', 'years'] as const;
export type QuantityUnit = (typeof QUANTITY_UNITS)[number];

/** What a quantity is counted per: once in total, or per year, month or week. */
export const QUANTITY_PERIODS = ['total', 'year', 'month', 'week'] as const;
export type QuantityPeriod = (typeof QUANTITY_PERIODS)[number];

/**
 * The languages the atlas writes its own sentences in (the analysis' reasons); German first. Term labels come in
 * the same two (`labelDe`, `labelEn`).
 */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
