// Turns validated records into the rows the import statements UNWIND. Pure, so the mapping is unit-tested without
// a database. Stored properties are the record's own fields plus a few derived ones that queries need:
// `nameKey`/`nameKeys` (duplicate detection), `aliasText` (full-text search cannot index lists), `searchKey` (every
// name folded, for search by prefix, compound part and any umlaut spelling: search-key.ts), and the date bounds
// `sinceStart`/`untilEnd` that make a year-only period comparable with a day.
import type {
  ActorRecord,
  AtlasDocument,
  MeasureRecord,
  ProgramRecord,
  RegionRecord,
  SourceRecord,
  TargetGroupRecord,
  TermRecord,
  TopicRecord,
} from '../domain/atlas-document.ts';
import { nameKey } from '../domain/name-key.ts';
import { searchKey, searchNames } from './search-key.ts';
import { ACTOR_CLASS_LABELS, type ActorClass } from '../domain/node-kinds.ts';
import { JSON_FIELDS } from '../domain/fields.ts';

export type Scalar = string | number | boolean | string[];

export interface EntityRow {
  readonly id: string;
  /** Labels besides :Entity, e.g. [Actor, Agency]. */
  readonly labels: readonly string[];
  /** Properties to store (null fields left out, so `SET n = props` removes what the record no longer has). */
  readonly props: Readonly<Record<string, Scalar>>;
  readonly lastVerified: string | null;
  readonly sinceStart: string | null;
  readonly untilEnd: string | null;
  readonly sources: readonly string[];
}

export interface TermRow {
  readonly vocabulary: string;
  readonly key: string;
  readonly props: Readonly<Record<string, Scalar>>;
  readonly lastVerified: string | null;
}

/** Fields kept as they are, in the record's own terms; everything derived is added below. */
function compact(record: object, omit: readonly string[] = []): Record<string, Scalar> {
  const out: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(record)) {
    if (omit.includes(key) || value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (value === false) continue;
    // Lists of objects (quantities) are stored as JSON text: Neo4j properties hold no maps.
    out[key] = JSON_FIELDS.has(key) ? JSON.stringify(value) : (value as Scalar);
  }
  return out;
}

/** `2016` → `2016-01-01`; `2016-02` → `2016-02-01`. */
export function periodStart(since: string | null): string | null {
  if (since === null) return null;
  if (since.length === 4) return `${since}-01-01`;
  if (since.length === 7) return `${since}-01`;
  return since;
}

/** `2016` → `2016-12-31`; `2024-02` → `2024-02-29`. */
export function periodEnd(until: string | null): string | null {
  if (until === null) return null;
  if (until.length === 4) return `${until}-12-31`;
  if (until.length === 7) {
    const [year, month] = until.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${until}-${String(last).padStart(2, '0')}`;
  }
  return until;
}

function named(record: ActorRecord | ProgramRecord | MeasureRecord, labels: string[]): EntityRow {
  const props = compact(record, ['sources', 'lastVerified']);
  props.nameKey = nameKey(record.name);
  props.nameKeys = [record.name, ...(record.shortName ? [record.shortName] : []), ...record.aliases].map(
    nameKey,
  );
  if (record.aliases.length > 0) props.aliasText = record.aliases.join(' | ');
  props.searchKey = searchKey(searchNames(props));
  return {
    id: record.id,
    labels,
    props,
    lastVerified: record.lastVerified,
    sinceStart: periodStart(record.since),
    untilEnd: periodEnd(record.until),
    sources: record.sources,
  };
}

function plain(
  record: TopicRecord | TargetGroupRecord | RegionRecord,
  labels: string[],
  name: string,
  omit: string[] = [],
): EntityRow {
  const props = compact(record, ['sources', 'lastVerified', ...omit]);
  props.name = name;
  props.nameKey = nameKey(name);
  props.searchKey = searchKey(searchNames(props));
  return {
    id: record.id,
    labels,
    props,
    lastVerified: record.lastVerified,
    sinceStart: null,
    untilEnd: null,
    sources: record.sources,
  };
}

/** The class of an actor kind (see actorClassOf); the writer resolves it from the vocabulary. */
export type ActorClassOf = (kind: string) => ActorClass;

export function actorRow(record: ActorRecord, classOf: ActorClassOf): EntityRow {
  return named(record, ['Actor', ACTOR_CLASS_LABELS[classOf(record.kind)]]);
}

export function sourceRow(record: SourceRecord): EntityRow {
  const props = compact(record);
  props.name = record.title;
  props.searchKey = searchKey(searchNames(props));
  return {
    id: record.id,
    labels: ['Source'],
    props,
    lastVerified: null,
    sinceStart: null,
    untilEnd: null,
    sources: [],
  };
}

export function termRow(record: TermRecord): TermRow {
  return {
    vocabulary: record.vocabulary,
    key: record.key,
    props: compact(record, ['lastVerified']),
    lastVerified: record.lastVerified,
  };
}

/** All entity rows of a document, referenced kinds first. */
export function entityRows(doc: AtlasDocument, classOf: ActorClassOf): EntityRow[] {
  return [
    ...doc.sources.map(sourceRow),
    ...doc.topics.map((r) => plain(r, ['Topic'], r.labelDe)),
    ...doc.targetGroups.map((r) => plain(r, ['TargetGroup'], r.labelDe)),
    // partOf is stored as a PART_OF relationship, not as a property.
    ...doc.regions.map((r) => plain(r, ['Region'], r.name, ['partOf'])),
    ...doc.actors.map((r) => actorRow(r, classOf)),
    ...doc.programs.map((r) => named(r, ['Program'])),
    ...doc.measures.map((r) => named(r, ['Measure'])),
  ];
}
