// Hostile strings in every field of every section of the import format (the fields read from the section schemas,
// so a new field is attacked too), as a JSON document and as a CSV file, through Mutation.runImport.
import { SECTION_NAMES, type SectionName } from '../../../../server/domain/atlas-document.ts';
import {
  CSV_FILE_NAMES,
  JSON_FIELDS,
  LIST_FIELDS,
  LIST_SEPARATOR,
  sectionFields,
} from '../../../../server/domain/fields.ts';
import type { Hostile } from './hostile-strings.ts';
import type { Attempt } from './injection.ts';

const verified = { sources: ['src-a'], lastVerified: '2026-11-21' };

/** A record of each section that imports cleanly into the small atlas. */
export const VALID_RECORDS: Record<SectionName, Record<string, unknown>> = {
  sources: { id: 'src-neu', title: 'Neue Quelle', dateRead: '2026-11-01' },
  terms: { vocabulary: 'runRole', key: 'helper', labelDe: 'Hilfe', labelEn: 'Helper', definition: 'Helps.' },
  topics: { id: 'bildung', labelDe: 'Bildung', labelEn: 'Education', definition: 'Schools.', ...verified },
  targetGroups: { id: 'senioren', labelDe: 'Senioren', labelEn: 'Elderly', definition: 'Old.', ...verified },
  regions: {
    id: 'de-07',
    name: 'Rheinland-Pfalz',
    level: 'land',
    country: 'DE',
    code: '07',
    partOf: 'de',
    ...verified,
  },
  actors: { id: 'import-verein', kind: 'civilSocietyOrganisation', name: 'Zzyzx Import', ...verified },
  programs: { id: 'neues-programm', kind: 'fundingProgram', name: 'Zzyzx Programm', ...verified },
  measures: { id: 'neue-massnahme', kind: 'counselling', name: 'Zzyzx Maßnahme', ...verified },
  relationships: {
    type: 'MEMBER_OF',
    from: 'einsamer-verein',
    to: 'ak-integration',
    role: 'member',
    ...verified,
  },
};

export const importSections = (): SectionName[] => [...SECTION_NAMES];
export const importFields = (section: SectionName): string[] => [...sectionFields(section).all];

const document = (section: SectionName, record: Record<string, unknown>) =>
  JSON.stringify({ format: 'integration-atlas/1', [section]: [record] });

/** The import's valid input for a section: its record, as JSON. */
export const importBaseline = (section: SectionName) => () => ({
  document: document(section, VALID_RECORDS[section]),
  allowDuplicates: true,
});

const csvCell = (value: unknown): string => {
  const text = Array.isArray(value)
    ? value.join(LIST_SEPARATOR)
    : typeof value === 'string'
      ? value
      : value === undefined
        ? ''
        : JSON.stringify(value);
  return `"${text.replaceAll('"', '""')}"`;
};

function csv(record: Record<string, unknown>): string {
  const fields = Object.keys(record);
  return `${fields.map(csvCell).join(',')}\n${fields.map((f) => csvCell(record[f])).join(',')}\n`;
}

/** A field's value with the hostile string in it, as JSON carries it. */
function jsonValue(field: string, value: string): unknown {
  if (LIST_FIELDS.has(field)) return [value];
  if (JSON_FIELDS.has(field)) return [{ kind: 'participantCount', value: 3, unit: 'count', note: value }];
  return value;
}

/** JSON and CSV attempts for one field of a section (and the hostile string as a field's name). */
export function importAttempts(section: SectionName, field: string, hostiles: readonly Hostile[]): Attempt[] {
  const record = VALID_RECORDS[section];
  return hostiles.flatMap((hostile) => {
    const json = { ...record, [field]: jsonValue(field, hostile.value) };
    const csvRecord = { ...record, [field]: hostile.value };
    const csvStored = LIST_FIELDS.has(field) ? hostile.value.split(LIST_SEPARATOR) : [hostile.value];
    return [
      {
        what: `runImport JSON ${section}.${field}: ${hostile.name}`,
        args: () => ({ document: document(section, json), allowDuplicates: true }),
        stored: [hostile.value],
      },
      {
        what: `runImport CSV ${CSV_FILE_NAMES[section]} ${field}: ${hostile.name}`,
        args: () => ({
          files: [{ name: CSV_FILE_NAMES[section], content: csv(csvRecord) }],
          allowDuplicates: true,
        }),
        stored: csvStored,
      },
    ];
  });
}

/** The hostile string as a key of a record and of the document (JSON), and as a column (CSV). */
export function importKeyAttempts(section: SectionName, hostiles: readonly Hostile[]): Attempt[] {
  const record = VALID_RECORDS[section];
  return hostiles.flatMap((hostile) => [
    {
      what: `runImport JSON ${section} record key: ${hostile.name}`,
      // Built as text: an object literal would turn a __proto__ key into the prototype.
      args: () => ({
        document: document(section, record)
          .replace(/^\{/, `{${JSON.stringify(hostile.value)}: 1, `)
          .replace(`[{`, `[{${JSON.stringify(hostile.value)}: "x", `),
        allowDuplicates: true,
      }),
      stored: [hostile.value],
    },
    {
      what: `runImport CSV ${CSV_FILE_NAMES[section]} column: ${hostile.name}`,
      args: () => ({
        files: [{ name: CSV_FILE_NAMES[section], content: csv({ ...record, [hostile.value]: 'x' }) }],
        allowDuplicates: true,
      }),
      stored: [hostile.value],
    },
    {
      what: `runImport file name: ${hostile.name}`,
      args: () => ({ files: [{ name: hostile.value, content: csv(record) }], allowDuplicates: true }),
      stored: [hostile.value],
    },
  ]);
}
