// A fingerprint of the whole database, to prove that a request changed nothing: node counts by label,
// relationship counts by type, a hash of every node and relationship with its properties (audit trail and contacts
// included), and a hash of the export document.
import { createHash } from 'node:crypto';
import type { Database } from '../../../../server/db/database.ts';
import { cypherFile } from '../../../../server/db/cypher-file.ts';
import { readDocument } from '../../../../server/store/read-document.ts';

const FINGERPRINT = cypherFile('fixtures/security-fingerprint');

interface DumpNode {
  element: string;
  labels: string[];
  props: Record<string, unknown>;
}
interface DumpRelationship {
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface Dump {
  /** Node key (labels and identity) → properties as canonical JSON. */
  readonly nodes: ReadonlyMap<string, string>;
  /** Relationship key (type and the keys of its ends) → properties as canonical JSON, sorted. */
  readonly relationships: readonly string[];
  readonly labels: Readonly<Record<string, number>>;
  readonly types: Readonly<Record<string, number>>;
}

export interface Fingerprint {
  readonly labels: Readonly<Record<string, number>>;
  readonly types: Readonly<Record<string, number>>;
  readonly graph: string;
  readonly export: string;
}

/** JSON with object keys sorted, so equal values print equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : typeof v === 'bigint'
        ? v.toString()
        : v,
  );
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

/** A key that names the same node before and after a change: its labels and its identifying property. */
function nodeKey(node: DumpNode): string {
  const p = node.props;
  const identity =
    p.id ??
    p.contactId ??
    (p.vocabulary !== undefined ? `${canonical(p.vocabulary)}:${canonical(p.key)}` : undefined);
  const labels = [...node.labels].sort().join(':');
  if (identity !== undefined)
    return `${labels}|${typeof identity === 'string' ? identity : canonical(identity)}`;
  if (p.seq !== undefined) return `${labels}|seq ${canonical(p.seq)}`;
  return `${labels}|${canonical(p)}`;
}

export async function dump(db: Database): Promise<Dump> {
  const [row] = await db.read(FINGERPRINT);
  const nodes = (row?.nodes ?? []) as DumpNode[];
  const relationships = (row?.relationships ?? []) as DumpRelationship[];
  const keyOf = new Map(nodes.map((n) => [n.element, nodeKey(n)]));
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const n of nodes) for (const l of n.labels) labels[l] = (labels[l] ?? 0) + 1;
  for (const r of relationships) types[r.type] = (types[r.type] ?? 0) + 1;
  return {
    nodes: new Map(nodes.map((n) => [nodeKey(n), canonical(n.props)])),
    relationships: relationships
      // Tab-separated: canonical JSON never holds a raw tab.
      .map((r) => [r.type, keyOf.get(r.from) ?? '?', keyOf.get(r.to) ?? '?', canonical(r.props)].join('\t'))
      .sort(),
    labels: Object.fromEntries(Object.entries(labels).sort()),
    types: Object.fromEntries(Object.entries(types).sort()),
  };
}

export async function fingerprint(db: Database): Promise<Fingerprint> {
  const d = await dump(db);
  return {
    labels: d.labels,
    types: d.types,
    graph: hash(canonical([[...d.nodes].sort(), d.relationships])),
    export: hash(canonical(await readDocument(db))),
  };
}

/** The keys of the nodes and the names of the relationships that are new, gone or changed. */
export function changes(before: Dump, after: Dump, ignoreLabels: readonly string[] = []): string[] {
  const ignored = (key: string) => hasLabel(key, ignoreLabels);
  const keys = new Set([...before.nodes.keys(), ...after.nodes.keys()]);
  const nodes = [...keys].filter((k) => !ignored(k) && before.nodes.get(k) !== after.nodes.get(k));
  // A relationship is named by its type and ends; it changed when it is new, gone, or its properties differ.
  const rels = (list: readonly string[]) => {
    const byName = new Map<string, string[]>();
    for (const r of list) {
      const name = r.split('\t').slice(0, 3).join(' ');
      byName.set(name, [...(byName.get(name) ?? []), r].sort());
    }
    return byName;
  };
  const [b, a] = [rels(before.relationships), rels(after.relationships)];
  const relationships = [...new Set([...b.keys(), ...a.keys()])].filter(
    (r) => canonical(b.get(r) ?? []) !== canonical(a.get(r) ?? []),
  );
  return [...nodes.map((k) => `node ${k}`), ...relationships.map((r) => `relationship ${r}`)].sort();
}

/** Whether `value` is stored as a property (or an item of one, or a leaf of a JSON-valued one) of a data node. */
export function storedVerbatim(d: Dump, value: string, ignoreLabels: readonly string[]): boolean {
  const found = (v: unknown): boolean => {
    if (v === value) return true;
    if (Array.isArray(v)) return v.some(found);
    if (v !== null && typeof v === 'object') return Object.values(v).some(found);
    if (typeof v === 'string' && /^[[{]/.test(v) && v.includes(JSON.stringify(value).slice(1, -1))) {
      try {
        return found(JSON.parse(v));
      } catch {
        return false;
      }
    }
    return false;
  };
  for (const [key, props] of d.nodes) {
    if (hasLabel(key, ignoreLabels)) continue;
    if (found(JSON.parse(props))) return true;
  }
  return d.relationships.some((r) => found(JSON.parse(r.split('\t')[3] ?? 'null')));
}

const hasLabel = (nodeKey: string, labels: readonly string[]) =>
  nodeKey
    .slice(0, nodeKey.indexOf('|'))
    .split(':')
    .some((l) => labels.includes(l));
