// What an admin reads after `npm run seed`: every problem with its place, or a table of what changed.
import { SECTION_NAMES } from '../domain/atlas-document.ts';
import { formatIssue } from '../errors/issues.ts';
import type { ImportReport } from './run-import.ts';

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
  if (report.warnings.length > 0) {
    lines.push(`Imported despite ${report.warnings.length} likely duplicate(s):`);
    lines.push(...report.warnings.map((i) => `  ${formatIssue(i)}`));
  }
  return lines.join('\n');
}
