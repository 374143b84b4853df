import { describe, expect, it } from 'vitest';
import { parseCypherFile } from '../../../server/db/cypher-file.ts';
import { splitStatements } from '../../../server/db/migrate.ts';

describe('parseCypherFile', () => {
  it('separates the // header from the statement and drops a final semicolon', () => {
    const parsed = parseCypherFile('queries/x', '// Answers: x\n// Parameters: $a\nMATCH (n)\nRETURN n;\n');
    expect(parsed).toEqual({
      name: 'queries/x',
      header: ['Answers: x', 'Parameters: $a'],
      text: 'MATCH (n)\nRETURN n',
    });
  });

  it('refuses an empty file', () => {
    expect(() => parseCypherFile('queries/empty', '// only a header\n')).toThrow(/empty/);
  });
});

describe('splitStatements', () => {
  it('splits a migration at semicolons ending a line and ignores comments', () => {
    const source =
      '// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n// between\nCREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y);\n';
    expect(splitStatements(source)).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS\nFOR (n:B) ON (n.y)',
    ]);
  });
});
