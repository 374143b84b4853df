// The view's data through the server's exports (/export/…, docs/http-and-limits.md), with the filters they take:
// the region of the view, and the kinds chosen in the legend as Neo4j labels (the exports know actor classes,
// programs and measures; other kinds — topics, regions, sources — are not filters there and are left out).
import { EntityKind } from '../../api/generated/schema-enums.ts';

/** The export files the view offers, by path. */
export const EXPORT_FILES = [
  { path: '/export/network.graphml', format: 'GraphML' },
  { path: '/export/atlas.json', format: 'JSON' },
  { path: '/export/csv/actors.csv', format: 'CSV' },
  { path: '/export/csv/measures.csv', format: 'CSV' },
  { path: '/export/csv/relationships.csv', format: 'CSV' },
] as const;

export type ExportPath = (typeof EXPORT_FILES)[number]['path'];

const NOT_EXPORT_FILTERS: ReadonlySet<EntityKind> = new Set([
  EntityKind.TOPIC,
  EntityKind.TARGET_GROUP,
  EntityKind.REGION,
  EntityKind.SOURCE,
]);

/** `WELFARE_ORGANISATION` → `WelfareOrganisation`: the enum value's Neo4j label. */
export function labelOf(kind: EntityKind): string {
  return kind
    .toLowerCase()
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The export's query string for the view's region and kinds ('' without filters). */
export function exportQuery(region: string | null, kinds: readonly EntityKind[]): string {
  const q = new URLSearchParams();
  if (region !== null) q.set('region', region);
  for (const kind of kinds) if (!NOT_EXPORT_FILTERS.has(kind)) q.append('label', labelOf(kind));
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}
