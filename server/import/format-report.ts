// What an admin reads after `npm run seed`: every problem with its place, or a table of what changed — and, in a
// dry run, every record that would be created or updated, with each changed field's value before → after.
import { SECTION_NAMES } from '../domain/atlas-document.ts';
import { formatIssue } from '../errors/issues.ts';
import type { RecordChange } from '../store/plan-changes.ts';
import type { ImportReport } from './run-import.ts';

/** A field's value as the report shows it: JSON, so a list, a null and a text with spaces stay distinguishable. */
const shown = (value: unknown) => JSON.stringify(value);

/** Per record that would change: `created` alone, or `updated` with one line per field, before → after. */
export function formatChanges(changes: readonly RecordChange[]): string[] {
  const listed = changes.filter((c) => c.status !== 'unchanged');
  if (listed.length === 0) return [];
  const lines = ['Records that would change:'];
  for (const change of listed) {
    lines.push(`  ${change.status} ${change.section} ${change.key}`);
    for (const field of change.fields) {
      lines.push(`    ${field.name}: ${shown(field.before)} → ${shown(field.after)}`);
    }
  }
  return lines;
}

export function formatReport(report: ImportReport): string {
  const lines: string[] = [];
  if (!report.ok) {
    if (report.errors.length > 0) {
      lines.push(`Import refused: ${report.errors.length} problem(s). Nothing was written.`);
      lines.push(...report.errors.map((i) => `  ${formatIssue(i)}`));
    }
    if (report.warnings.length > 0) {
      lines.push(`Likely duplicates (${report.warnings.length}):`);
      lines.push(...report.warnings.map((i) => `  ${formatIssue(i)}`));
    }
    if (report.blockedByDuplicates) {
      lines.push(
        'Nothing was written. Merge the duplicates (npm run merge -- <keepId> <dropId>), fix the ids, or import anyway with --allow-duplicates.',
      );
    }
    return lines.join('\n');
  }
  lines.push(report.dryRun ? 'Dry run: nothing was written. This import would change:' : 'Import done:');
  lines.push('  section        created  updated  unchanged');
  for (const section of SECTION_NAMES) {
    const c = report.counts[section];
    if (c.created + c.updated + c.unchanged === 0) continue;
    lines.push(
      `  ${section.padEnd(14)} ${String(c.created).padStart(7)}  ${String(c.updated).padStart(7)}  ${String(c.unchanged).padStart(9)}`,
    );
  }
  if (report.dryRun) lines.push(...formatChanges(report.changes));
  if (report.warnings.length > 0) {
    lines.push(`Imported despite ${report.warnings.length} likely duplicate(s):`);
    lines.push(...report.warnings.map((i) => `  ${formatIssue(i)}`));
  }
  return lines.join('\n');
}
