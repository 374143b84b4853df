// A vocabulary term as the Term type serves it. A key that is missing from the vocabulary data (which the import
// prevents, but a hand-edited database may have) still resolves, with the key as both labels.
import { stringList, stringOrNull } from './entity-record.ts';

export interface TermRecord {
  readonly vocabulary: string;
  readonly key: string;
  readonly labelDe: string;
  readonly labelEn: string;
  readonly definition: string | null;
  readonly sourceIds: readonly string[];
  readonly lastVerified: string | null;
  /** The key of the broader term of the same vocabulary, or null at the top. */
  readonly broader: string | null;
}

export function termKey(vocabulary: string, key: string): string {
  return `${vocabulary}:${key}`;
}

export function toTermRecord(value: unknown): TermRecord | null {
  if (value === null || typeof value !== 'object') return null;
  const t = value as Record<string, unknown>;
  const key = String(t.key);
  return {
    vocabulary: String(t.vocabulary),
    key,
    labelDe: stringOrNull(t.labelDe) ?? key,
    labelEn: stringOrNull(t.labelEn) ?? key,
    definition: stringOrNull(t.definition),
    sourceIds: stringList(t.sources),
    lastVerified: stringOrNull(t.lastVerified),
    broader: stringOrNull(t.broader),
  };
}

export function missingTerm(vocabulary: string, key: string): TermRecord {
  return {
    vocabulary,
    key,
    labelDe: key,
    labelEn: key,
    definition: null,
    sourceIds: [],
    lastVerified: null,
    broader: null,
  };
}
