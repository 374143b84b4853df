// Where a field of a record stands in pretty-printed JSON (`JSON.stringify(document, null, 2)`), for tests that
// expect an issue on the line of the field it is about.
import { recordLine } from '../../support/import-fixtures.ts';

/**
 * The 1-based line of `field`'s key in the record with this id (or, with `item`, of that list item, one per line
 * when pretty-printed); throws when the record has no such field, so a test cannot pass by accident.
 */
export function fieldLine(json: string, id: string, field: string, item?: number): number {
  const lines = json.split('\n');
  const start = recordLine(json, id); // 1-based line of the brace = 0-based index of the id's line
  const index = lines.findIndex((line, at) => at >= start - 1 && line.trimStart().startsWith(`"${field}":`));
  if (index === -1) throw new Error(`no field "${field}" in the record "${id}"`);
  return index + 1 + (item === undefined ? 0 : item + 1);
}
