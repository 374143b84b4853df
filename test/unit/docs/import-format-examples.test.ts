// The record examples in docs/import-format.md are valid records of their section, so an admin who copies one
// starts from something the importer accepts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../server/config/project-root.ts';
import { atlasDocumentSchema, SECTION_SCHEMAS } from '../../../server/domain/atlas-document.ts';

const text = fs.readFileSync(path.join(projectRoot, 'docs', 'import-format.md'), 'utf8');
const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

function schemaFor(value: Record<string, unknown>) {
  if ('format' in value) return atlasDocumentSchema;
  if ('vocabulary' in value) return SECTION_SCHEMAS.terms;
  if ('type' in value && 'from' in value) return SECTION_SCHEMAS.relationships;
  throw new Error(`no section fits the example ${JSON.stringify(value).slice(0, 80)}`);
}

describe('docs/import-format.md', () => {
  it('has JSON examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });
  it.each(blocks.map((block, index) => [index + 1, block]))(
    'example %i is a valid record',
    (_index, block) => {
      const value = JSON.parse(block) as Record<string, unknown>;
      const result = schemaFor(value).safeParse(value);
      expect(result.error?.issues ?? []).toEqual([]);
    },
  );
});
