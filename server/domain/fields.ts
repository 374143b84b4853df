// Facts about fields that the CSV reader and the issue mapper need and that the schemas do not say in a form
// they can read: which cells hold lists or booleans, which fields are dates, which file holds which section.
import { SECTION_NAMES, SECTION_SCHEMAS, type SectionName } from './atlas-document.ts';

/** Fields that hold a list; in CSV their items are separated by `|`. The same in every section. */
export const LIST_FIELDS: ReadonlySet<string> = new Set([
  'aliases',
  'sources',
  'otherKinds',
  'languages',
  'regions',
]);
export const BOOLEAN_FIELDS: ReadonlySet<string> = new Set(['crossCutting', 'unnamed', 'collective']);
/** Fields that hold a list of objects; in CSV a JSON array in one cell. */
export const JSON_FIELDS: ReadonlySet<string> = new Set(['quantities']);
export const DATE_FIELDS: ReadonlySet<string> = new Set([
  'since',
  'until',
  'lastVerified',
  'dateRead',
  'populationDate',
  'published',
]);
/** Fields that hold a number; in CSV written in JSON notation with a `.` as decimal mark (`1234.5`). */
export const NUMBER_FIELDS: ReadonlySet<string> = new Set(['population', 'areaKm2']);
export const LIST_SEPARATOR = '|';

export interface SectionFields {
  readonly all: readonly string[];
  readonly required: readonly string[];
}

/** All fields of a section and the required ones, read from its schema so the two cannot drift apart. */
export function sectionFields(section: SectionName): SectionFields {
  const shape: Record<string, { isOptional(): boolean }> = SECTION_SCHEMAS[section].shape;
  const all = Object.keys(shape);
  return { all, required: all.filter((field) => !shape[field]?.isOptional()) };
}

export const CSV_FILE_NAMES: Readonly<Record<SectionName, string>> = {
  sources: 'sources.csv',
  terms: 'terms.csv',
  topics: 'topics.csv',
  targetGroups: 'target-groups.csv',
  regions: 'regions.csv',
  actors: 'actors.csv',
  programs: 'programs.csv',
  measures: 'measures.csv',
  relationships: 'relationships.csv',
};

/** The section a CSV file holds, from its base name (case-insensitive); undefined for an unknown name. */
export function sectionOfCsvFile(baseName: string): SectionName | undefined {
  const lower = baseName.toLowerCase();
  return SECTION_NAMES.find((section) => CSV_FILE_NAMES[section] === lower);
}
