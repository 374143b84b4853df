// Warnings, not errors: an actor, program or measure that is probably already there under another id. Two
// entries look alike when their names fold to the same key (or one's name is the other's alias) and they sit in
// the same region, or both in none. The same id is an update, never a duplicate.
import { nameKey } from '../domain/name-key.ts';
import { REGION_TYPES } from '../domain/relationship-types.ts';
import type { CheckedRecords } from './check-schemas.ts';
import type { EntryKind, ExistingGraph } from './existing-graph.ts';
import { formatLocation, importWarning, type ImportIssue, type IssueLocation } from '../errors/issues.ts';

interface NamedItem {
  readonly record: { readonly id: string; readonly name: string; readonly aliases: readonly string[] };
  readonly location: IssueLocation;
}

interface Entry {
  readonly id: string;
  readonly kind: EntryKind;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly regionIds: ReadonlySet<string>;
  readonly location?: IssueLocation;
}

export function findLikelyDuplicates(checked: CheckedRecords, existing: ExistingGraph): ImportIssue[] {
  const entries = importedEntries(checked);
  const importedIds = new Set(entries.map((entry) => entry.id));
  const byName = new Map<string, Entry[]>();
  const byAlias = new Map<string, Entry[]>();
  const warnings: ImportIssue[] = [];
  for (const entry of entries) {
    const key = nameKey(entry.name);
    const aliasKeys = entry.aliases.map(nameKey);
    const earlier = [
      ...(byName.get(key) ?? []),
      ...(byAlias.get(key) ?? []),
      ...aliasKeys.flatMap((alias) => byName.get(alias) ?? []),
    ];
    const stored = [
      ...existing.entriesWithNameKey(key),
      // Through an alias only the other's name counts: two shared aliases ("Stadt") say little.
      ...aliasKeys.flatMap((alias) =>
        existing.entriesWithNameKey(alias).filter((e) => nameKey(e.name) === alias),
      ),
    ]
      .filter((other) => !importedIds.has(other.id)) // compared in their imported form instead
      .map((other) => ({ ...other, regionIds: new Set(other.regionIds) }));

    const reported = new Set<string>();
    for (const other of [...earlier, ...stored]) {
      if (other.id === entry.id || other.kind !== entry.kind || reported.has(other.id)) continue;
      if (!sameRegion(entry.regionIds, other.regionIds)) continue;
      reported.add(other.id);
      warnings.push(warning(entry, other));
    }
    add(byName, key, entry);
    aliasKeys.forEach((alias) => add(byAlias, alias, entry));
  }
  return warnings;
}

function importedEntries(checked: CheckedRecords): (Entry & { location: IssueLocation })[] {
  const regions = new Map<string, Set<string>>();
  for (const { record } of checked.relationships) {
    if (!REGION_TYPES.includes(record.type)) continue;
    regions.set(record.from, (regions.get(record.from) ?? new Set()).add(record.to));
  }
  const entry = (kind: EntryKind) => (item: NamedItem) => ({
    id: item.record.id,
    kind,
    name: item.record.name,
    aliases: item.record.aliases,
    regionIds: regions.get(item.record.id) ?? new Set<string>(),
    location: item.location,
  });
  return [
    ...checked.actors.map(entry('Actor')),
    ...checked.programs.map(entry('Program')),
    ...checked.measures.map(entry('Measure')),
  ];
}

function sameRegion(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return a.size === b.size;
  return [...a].some((id) => b.has(id));
}

function warning(entry: Entry & { location: IssueLocation }, other: Entry): ImportIssue {
  const key = nameKey(entry.name);
  const sameName = key === nameKey(other.name);
  // Matched through the entry's own name, or only through one of its aliases?
  const byName = sameName || other.aliases.some((alias) => nameKey(alias) === key);
  const how = sameName
    ? 'the same name as'
    : byName
      ? 'a name that is an alias of'
      : 'an alias that is the name of';
  const where = other.location ? `at ${formatLocation(other.location)}` : 'in the database';
  const region = entry.regionIds.size === 0 ? 'neither has a region' : 'both are in the same region';
  const message = `"${entry.id}" has ${how} "${other.id}" ${where} and ${region}: the same ${entry.kind}?`;
  return importWarning('LIKELY_DUPLICATE', entry.location, message, {
    field: byName ? 'name' : 'aliases',
    other: other.location,
  });
}

function add(index: Map<string, Entry[]>, key: string, entry: Entry): void {
  index.set(key, [...(index.get(key) ?? []), entry]);
}
