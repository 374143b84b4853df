// What to ask the database before validating, so that one batched query per kind replaces a round trip per
// reference: every id the import defines or refers to, and the name keys of its actors, programs and measures.
import { nameKey } from '../domain/name-key.ts';
import type { ImportRecords } from '../parse/records.ts';

export interface LookupKeys {
  /** Defined ids (to find clashes with other kinds of node) and referenced ones (to resolve them). */
  readonly ids: readonly string[];
  /** For `ExistingGraph.entriesWithNameKey`. */
  readonly nameKeys: readonly string[];
  /** Ids the import refers to but does not define: those the database must hold. */
  readonly references: readonly string[];
}

// `broader` names a topic or target group by id (a term's broader is a key; asking for it costs nothing).
const REFERENCE_FIELDS = ['id', 'partOf', 'from', 'to', 'sources', 'regions', 'broader'];
const NAMED_SECTIONS = ['actors', 'programs', 'measures'] as const;

/** Read from the raw records, so that it works before (and whatever) validation finds. */
export function lookupKeys(records: ImportRecords): LookupKeys {
  const ids = new Set<string>();
  const defined = new Set<string>();
  for (const section of Object.values(records)) {
    for (const { data } of section) {
      for (const field of REFERENCE_FIELDS) {
        // A term's `broader` is a key of its vocabulary, not an id.
        if (field === 'broader' && section === records.terms) continue;
        strings(data[field]).forEach((id) => ids.add(id));
      }
      strings(data.id).forEach((id) => defined.add(id));
    }
  }
  const nameKeys = new Set<string>();
  for (const section of NAMED_SECTIONS) {
    for (const { data } of records[section]) {
      [...strings(data.name), ...strings(data.aliases)].forEach((name) => nameKeys.add(nameKey(name)));
    }
  }
  nameKeys.delete('');
  const references = [...ids].filter((id) => !defined.has(id));
  return { ids: [...ids], nameKeys: [...nameKeys], references };
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}
