// The import format as zod schemas: one per section and one for the whole document (docs/import-format.md is the spec).
// Parsing also normalises: strings are trimmed, an absent or empty optional field becomes null, an absent list
// becomes [] and an absent boolean false, so the writer sees every field and a record describes its node fully.
import { z } from 'zod';
import { isFullDate, isPartialDate } from './dates.ts';
import { RELATIONSHIP_TYPES } from './relationship-types.ts';
import {
  CLAIM_STATUSES,
  COUNTRIES,
  QUANTITY_PERIODS,
  QUANTITY_UNITS,
  REACHES,
  VOCABULARIES,
} from './vocabulary.ts';

export const FORMAT_VERSION = 'integration-atlas/1';

const ID = /^[a-z0-9][a-z0-9-]{1,79}$/;
// Term keys are camelCase in the seed (`workingGroup`); hyphens are allowed for keys taken from slugs.
const TERM_KEY = /^[a-z][a-zA-Z0-9-]{0,79}$/;

const id = z.string().regex(ID, { error: 'expected an id: a-z, 0-9 and -, 2 to 80 characters' });
const text = z.string().trim().min(1);
const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value) => value || null);
const termKey = z.string().regex(TERM_KEY, { error: 'expected a term key such as "workingGroup"' });
const optionalTermKey = termKey.nullish().transform((value) => value ?? null);
const day = z.string().refine(isFullDate, { error: 'expected a real date as YYYY-MM-DD' });
const optionalPartialDate = z
  .string()
  .refine(isPartialDate, { error: 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .nullish()
  .transform((value) => value ?? null);
const sourceIds = z.array(id).min(1, { error: 'at least one source is required' });
const optionalIds = z
  .array(id)
  .nullish()
  .transform((value) => value ?? []);
const aliases = z
  .array(text)
  .nullish()
  .transform((value) => value ?? []);
const flag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? false);
const optionalUrl = z
  .url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' })
  .nullish()
  .transform((value) => value ?? null);
const optionalIdRef = id.nullish().transform((value) => value ?? null);
const optionalCount = z
  .number()
  .int({ error: 'expected a whole number' })
  .nonnegative({ error: 'expected a number of 0 or more' })
  .nullish()
  .transform((value) => value ?? null);
const optionalArea = z
  .number()
  .nonnegative({ error: 'expected an area of 0 or more' })
  .nullish()
  .transform((value) => value ?? null);
// NUTS-3 (Eurostat): the country's two letters and three digits or capitals, e.g. DEA52 (Dortmund), AT130 (Wien).
const optionalNuts3 = z
  .string()
  .trim()
  .regex(/^(?:DE[0-9A-Z]{3}|AT[0-9]{3})$/, { error: 'expected a NUTS-3 code such as "DEA52" or "AT130"' })
  .nullish()
  .transform((value) => value || null);

const optionalTermKeys = z
  .array(termKey)
  .nullish()
  .transform((value) => value ?? []);
const optionalDay = day.nullish().transform((value) => value ?? null);
// ISO 639-1 or 639-3 codes, e.g. "ar", "fa", "prs" (Dari).
const languages = z
  .array(z.string().regex(/^[a-z]{2,3}$/, { error: 'expected a language code such as "ar" or "prs"' }))
  .nullish()
  .transform((value) => value ?? []);
const optionalEmail = z
  .email({ error: 'expected an e-mail address such as "integration@kreis.de"' })
  .nullish()
  .transform((value) => value ?? null);
const optionalPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()/-]{3,30}$/, { error: 'expected a phone number such as "+49 231 1234-0"' })
  .nullish()
  .transform((value) => value || null);
function optionalEnum<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .enum(values)
    .nullish()
    .transform((value) => value ?? null);
}

/**
 * A typed quantity: an amount of money, a share, a count, a span of time (`value` and `unit`), or a date such as
 * an application deadline (`date`), per total or per year, month or week, optionally for a period.
 */
export const quantitySchema = z
  .strictObject({
    kind: termKey,
    value: z
      .number()
      .nonnegative({ error: 'expected a number of 0 or more' })
      .nullish()
      .transform((v) => v ?? null),
    unit: optionalEnum(QUANTITY_UNITS),
    per: optionalEnum(QUANTITY_PERIODS),
    date: optionalDay,
    since: optionalPartialDate,
    until: optionalPartialDate,
    note: optionalText,
  })
  .superRefine((q, ctx) => {
    if (q.date === null && (q.value === null || q.unit === null)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a quantity needs value and unit, or a date',
        path: ['value'],
      });
    }
    if (q.date !== null && q.value !== null) {
      ctx.addIssue({
        code: 'custom',
        message: 'a quantity has value and unit, or a date, not both',
        path: ['date'],
      });
    }
    if (q.unit === 'percent' && q.value !== null && q.value > 100) {
      ctx.addIssue({ code: 'custom', message: 'a share in percent is at most 100', path: ['value'] });
    }
  });
const quantities = z
  .array(quantitySchema)
  .nullish()
  .transform((value) => value ?? []);

/** Claim status: stated (with a locator: a short quote or the section) or inferred (with the reasoning). */
const claimFields = {
  claim: optionalEnum(CLAIM_STATUSES),
  locator: optionalText,
  reasoning: optionalText,
};

export const sourceSchema = z.strictObject({
  id,
  title: text,
  publisher: optionalText,
  url: optionalUrl,
  file: optionalText,
  language: z
    .string()
    .regex(/^[a-z]{2}$/, { error: 'expected a two-letter language code such as "de"' })
    .nullish()
    .transform((value) => value ?? null),
  // The publication or as-of date the document shows; null when it gives none.
  published: optionalPartialDate,
  edition: optionalText,
  dateRead: day,
  note: optionalText,
});

export const termSchema = z.strictObject({
  vocabulary: z.enum(VOCABULARIES),
  key: termKey,
  labelDe: text,
  labelEn: text,
  definition: text,
  broader: optionalTermKey,
  sources: optionalIds,
  lastVerified: day.nullish().transform((value) => value ?? null),
});

export const topicSchema = z.strictObject({
  id,
  labelDe: text,
  labelEn: text,
  definition: text,
  crossCutting: flag,
  napField: optionalText,
  broader: optionalIdRef,
  sources: sourceIds,
  lastVerified: day,
});

export const targetGroupSchema = z.strictObject({
  id,
  labelDe: text,
  labelEn: text,
  definition: text,
  broader: optionalIdRef,
  sources: sourceIds,
  lastVerified: day,
});

export const regionSchema = z.strictObject({
  id,
  name: text,
  level: termKey,
  country: z.enum(COUNTRIES),
  code: optionalText,
  partOf: optionalIdRef,
  unnamed: flag,
  nuts3: optionalNuts3,
  population: optionalCount,
  populationDate: day.nullish().transform((value) => value ?? null),
  areaKm2: optionalArea,
  note: optionalText,
  sources: sourceIds,
  lastVerified: day,
});

const namedEntry = {
  id,
  kind: termKey,
  name: text,
  shortName: optionalText,
  aliases,
  description: optionalText,
  since: optionalPartialDate,
  until: optionalPartialDate,
  ...claimFields,
  quantities,
  note: optionalText,
  sources: sourceIds,
  lastVerified: day,
};

export const actorSchema = z.strictObject({
  ...namedEntry,
  bodyKind: optionalTermKey,
  // Stands for many organisations ("the integration commissioners of the Länder"), not for one.
  collective: flag,
  website: optionalUrl,
  // A functional contact point (an office, a shared mailbox): organisational data, public like the name.
  address: optionalText,
  email: optionalEmail,
  phone: optionalPhone,
  languages,
  unnamed: flag,
});

export const programSchema = z.strictObject(namedEntry);
export const measureSchema = z.strictObject({
  ...namedEntry,
  // Kinds besides `kind` (a counselling service that also runs courses); `kind` is the main one.
  otherKinds: optionalTermKeys,
  languages,
});

export const relationshipSchema = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES),
  from: id,
  to: id,
  role: optionalTermKey,
  kind: optionalTermKey,
  since: optionalPartialDate,
  until: optionalPartialDate,
  ...claimFields,
  reach: optionalEnum(REACHES),
  regions: optionalIds,
  quantities,
  note: optionalText,
  sources: sourceIds,
  lastVerified: day,
});

/** Section name → record schema, in the order a writer should create them (referenced nodes first). */
export const SECTION_SCHEMAS = {
  sources: sourceSchema,
  terms: termSchema,
  topics: topicSchema,
  targetGroups: targetGroupSchema,
  regions: regionSchema,
  actors: actorSchema,
  programs: programSchema,
  measures: measureSchema,
  relationships: relationshipSchema,
} as const;

export type SectionName = keyof typeof SECTION_SCHEMAS;
export const SECTION_NAMES = Object.keys(SECTION_SCHEMAS) as SectionName[];

const section = <T extends z.ZodType>(schema: T) => z.array(schema).default([]);

export const atlasDocumentSchema = z.strictObject({
  format: z.literal(FORMAT_VERSION),
  sources: section(sourceSchema),
  terms: section(termSchema),
  topics: section(topicSchema),
  targetGroups: section(targetGroupSchema),
  regions: section(regionSchema),
  actors: section(actorSchema),
  programs: section(programSchema),
  measures: section(measureSchema),
  relationships: section(relationshipSchema),
});

export type SourceRecord = z.output<typeof sourceSchema>;
export type TermRecord = z.output<typeof termSchema>;
export type TopicRecord = z.output<typeof topicSchema>;
export type TargetGroupRecord = z.output<typeof targetGroupSchema>;
export type RegionRecord = z.output<typeof regionSchema>;
export type ActorRecord = z.output<typeof actorSchema>;
export type ProgramRecord = z.output<typeof programSchema>;
export type MeasureRecord = z.output<typeof measureSchema>;
export type RelationshipRecord = z.output<typeof relationshipSchema>;
export type Quantity = z.output<typeof quantitySchema>;
export type AtlasDocument = z.output<typeof atlasDocumentSchema>;
/** What a file may hold: optional sections and fields, before normalisation. */
export type AtlasDocumentInput = z.input<typeof atlasDocumentSchema>;
export type SectionRecord<S extends SectionName> = z.output<(typeof SECTION_SCHEMAS)[S]>;

/** A document with every section empty: the start of a read-back or of a hand-built one-record document. */
export function emptyDocument(): AtlasDocument {
  return {
    format: FORMAT_VERSION,
    sources: [],
    terms: [],
    topics: [],
    targetGroups: [],
    regions: [],
    actors: [],
    programs: [],
    measures: [],
    relationships: [],
  };
}
