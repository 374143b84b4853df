import { describe, expect, it } from 'vitest';
import { SECTION_NAMES } from '../../../server/domain/atlas-document.ts';
import { formatReport } from '../../../server/import/format-report.ts';
import type { ImportReport } from '../../../server/import/run-import.ts';

const zero = { created: 0, updated: 0, unchanged: 0 };

function report(dryRun: boolean): ImportReport {
  const counts = Object.fromEntries(SECTION_NAMES.map((s) => [s, zero])) as Record<
    (typeof SECTION_NAMES)[number],
    typeof zero
  >;
  counts.actors = { created: 1, updated: 1, unchanged: 1 };
  return {
    ok: true,
    dryRun,
    counts,
    changes: [
      {
        section: 'actors',
        key: 'caritas',
        status: 'updated',
        fields: [
          { name: 'name', before: 'Caritas', after: 'Caritasverband' },
          { name: 'sources', before: ['doc-001'], after: ['doc-001', 'doc-002'] },
        ],
      },
      { section: 'actors', key: 'vhs', status: 'created', fields: [] },
      { section: 'actors', key: 'bamf', status: 'unchanged', fields: [] },
    ],
    warnings: [],
    transactions: 0,
  };
}

describe('formatReport', () => {
  it('lists, in a dry run, each record that would change with its fields before → after', () => {
    expect(formatReport(report(true)).split('\n').slice(3)).toEqual([
      'Records that would change:',
      '  updated actors caritas',
      '    name: "Caritas" → "Caritasverband"',
      '    sources: ["doc-001"] → ["doc-001","doc-002"]',
      '  created actors vhs',
    ]);
  });

  it('shows only the counts after a real import', () => {
    expect(formatReport(report(false))).not.toContain('Records that would change');
  });
});
