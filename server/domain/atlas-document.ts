// The import format as zod schemas: one per section and one for the whole document (docs/import-format.md is the spec).
// Parsing also normalises: strings are trimmed, an absent or empty optional field becomes null, an absent list
// becomes [] and an absent boolean false, so the writer sees every field and a record describes its node fully.
import { z } from 'zod';
import type { quantitySchema } from './field-schemas.ts';
import {
  aliases,
  claimFields,
  day,
  flag,
  id,
  languages,
  optionalArea,
  optionalCount,
  optionalEmail,
  optionalEnum,
  optionalIdRef,
  optionalIds,
  optionalNuts3,
  optionalPartialDate,
  optionalPhone,
  optionalTermKey,
  optionalTermKeys,
  optionalText,
  nameText,
  optionalNameText,
  optionalUrl,
  quantities,
  sourceIds,
  termKey,
  text,
} from './field-schemas.ts';
import { RELATIONSHIP_TYPES } from './relationship-types.ts';
import { COUNTRIES, REACHES, VOCABULARIES } from './vocabulary.ts';

export const FORMAT_VERSION = 'integration-atlas/1';

export const sourceSchema = z.strictObject({
  id,
  title: nameText,
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
  labelDe: nameText,
  labelEn: nameText,
  definition: text,
  broader: optionalTermKey,
  sources: optionalIds,
  lastVerified: day.nullish().transform((value) => value ?? null),
});

export const topicSchema = z.strictObject({
  id,
  labelDe: nameText,
  labelEn: nameText,
  definition: text,
  crossCutting: flag,
  napField: optionalText,
  broader: optionalIdRef,
  sources: sourceIds,
  lastVerified: day,
});

export const targetGroupSchema = z.strictObject({
  id,
  labelDe: nameText,
  labelEn: nameText,
  definition: text,
  broader: optionalIdRef,
  sources: sourceIds,
  lastVerified: day,
});

export const regionSchema = z.strictObject({
  id,
  name: nameText,
  level: termKey,
  country: z.enum(COUNTRIES),
  code: optionalNameText,
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
  name: nameText,
  shortName: optionalNameText,
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
