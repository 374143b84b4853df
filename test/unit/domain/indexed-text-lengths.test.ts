// Texts the database indexes (names, labels, codes, source titles) have a length bound in the schema: a longer one
// is refused as bad input with its field named, instead of failing in the index as a masked server error. Found by
// the full injection run for source titles (a 100,000-character title gave INTERNAL_SERVER_ERROR).
import { describe, expect, it } from 'vitest';
import { SECTION_SCHEMAS, type SectionName } from '../../../server/domain/atlas-document.ts';
import { NAME_MAX_LENGTH } from '../../../server/domain/field-schemas.ts';

const verified = { sources: ['src-a'], lastVerified: '2026-11-21' };

/** A valid record of each section with an indexed text field, and that field. */
const CASES: readonly { section: SectionName; field: string; record: Record<string, unknown> }[] = [
  { section: 'sources', field: 'title', record: { id: 'src-a', title: 'T', dateRead: '2026-11-01' } },
  {
    section: 'terms',
    field: 'labelDe',
    record: { vocabulary: 'runRole', key: 'helper', labelDe: 'H', labelEn: 'H', definition: 'D.' },
  },
  {
    section: 'topics',
    field: 'labelEn',
    record: { id: 'bildung', labelDe: 'B', labelEn: 'E', definition: 'D.', ...verified },
  },
  {
    section: 'regions',
    field: 'code',
    record: { id: 'de-07', name: 'R', level: 'land', country: 'DE', code: '07', partOf: 'de', ...verified },
  },
  {
    section: 'actors',
    field: 'name',
    record: { id: 'verein', kind: 'civilSocietyOrganisation', name: 'V', ...verified },
  },
  {
    section: 'programs',
    field: 'shortName',
    record: { id: 'programm', kind: 'fundingProgram', name: 'P', shortName: 'P', ...verified },
  },
];

describe(`indexed texts have at most ${NAME_MAX_LENGTH} characters`, () => {
  it.each(CASES)('$section $field: refused above the bound, kept at it', ({ section, field, record }) => {
    const schema = SECTION_SCHEMAS[section];
    expect(schema.safeParse(record).success, 'the valid record').toBe(true);

    const atBound = schema.safeParse({ ...record, [field]: 'x'.repeat(NAME_MAX_LENGTH) });
    expect(atBound.success).toBe(true);
    expect((atBound.data as Record<string, unknown>)[field]).toHaveLength(NAME_MAX_LENGTH);

    const above = schema.safeParse({ ...record, [field]: 'x'.repeat(100_000) });
    expect(above.success).toBe(false);
    expect(above.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
    expect(above.error?.issues[0]?.message).toContain(`at most ${NAME_MAX_LENGTH} characters`);
  });
});
