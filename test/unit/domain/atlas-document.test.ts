import { describe, expect, it } from 'vitest';
import { endsBeforeStart, isFullDate, isPartialDate } from '../../../server/domain/dates.ts';
import { sectionFields, sectionOfCsvFile } from '../../../server/domain/fields.ts';
import { endpointsAllowed, RELATIONSHIP_RULES } from '../../../server/domain/relationship-types.ts';
import { ACTOR_CLASS_LABELS, ACTOR_CLASSES, actorClassOf } from '../../../server/domain/node-kinds.ts';
import { formatIssue, importError, importWarning } from '../../../server/errors/issues.ts';

describe('dates', () => {
  it.each(['2016', '2023-02', '2024-02-29', '2023-12-31'])('accepts %s', (value) => {
    expect(isPartialDate(value)).toBe(true);
  });
  it.each(['2023-02-30', '2023-02-29', '2023-13', '2023-00', '21.11.2026', '2023-1-5', '16', ''])(
    'refuses %s',
    (value) => {
      expect(isPartialDate(value)).toBe(false);
    },
  );
  it('requires a day where a full date is asked for', () => {
    expect(isFullDate('2026-11-21')).toBe(true);
    expect(isFullDate('2026-11')).toBe(false);
  });
  it('compares periods at the coarser precision', () => {
    expect(endsBeforeStart('2016-05', '2016')).toBe(false);
    expect(endsBeforeStart('2016-05-02', '2016-05-01')).toBe(true);
    expect(endsBeforeStart('2017', '2016-12-31')).toBe(true);
  });
});

describe('fields', () => {
  it('reads required fields from the schemas', () => {
    expect(sectionFields('actors').required).toEqual(['id', 'kind', 'name', 'sources', 'lastVerified']);
    expect(sectionFields('terms').required).toEqual([
      'vocabulary',
      'key',
      'labelDe',
      'labelEn',
      'definition',
    ]);
    expect(sectionFields('relationships').all).toContain('role');
  });
  it('maps CSV file names to sections', () => {
    expect(sectionOfCsvFile('target-groups.csv')).toBe('targetGroups');
    expect(sectionOfCsvFile('Actors.CSV')).toBe('actors');
    expect(sectionOfCsvFile('targetGroups.csv')).toBeUndefined();
  });
});

describe('vocabulary and relationship rules', () => {
  it('has a Neo4j label for every actor class', () => {
    expect(ACTOR_CLASSES.map((kind) => ACTOR_CLASS_LABELS[kind])).toContain('CivilSocietyOrganisation');
  });
  it('finds the class of an actor kind through its broader terms, and none for a loop or a dead end', () => {
    const broader = new Map<string, string | null>([
      ['chamberOfCrafts', 'chamber'],
      ['chamber', 'economicActor'],
      ['loopA', 'loopB'],
      ['loopB', 'loopA'],
      ['orphan', null],
    ]);
    const lookup = (key: string) => broader.get(key);
    expect(actorClassOf('agency', lookup)).toBe('agency');
    expect(actorClassOf('chamberOfCrafts', lookup)).toBe('economicActor');
    expect(actorClassOf('loopA', lookup)).toBeUndefined();
    expect(actorClassOf('orphan', lookup)).toBeUndefined();
    expect(actorClassOf('unknown', lookup)).toBeUndefined();
  });
  it('accepts a body wherever an actor may stand, but not the other way round', () => {
    expect(endpointsAllowed(RELATIONSHIP_RULES.MEMBER_OF, 'Body', 'Body')).toBe(true);
    expect(endpointsAllowed(RELATIONSHIP_RULES.MEMBER_OF, 'Actor', 'Actor')).toBe(false);
  });
  it('pairs the ends of PART_OF', () => {
    expect(endpointsAllowed(RELATIONSHIP_RULES.PART_OF, 'Measure', 'Program')).toBe(true);
    expect(endpointsAllowed(RELATIONSHIP_RULES.PART_OF, 'Measure', 'Measure')).toBe(true);
    expect(endpointsAllowed(RELATIONSHIP_RULES.PART_OF, 'Program', 'Measure')).toBe(false);
    expect(endpointsAllowed(RELATIONSHIP_RULES.PART_OF, 'Actor', 'Program')).toBe(false);
  });
});

describe('formatIssue', () => {
  it('prints file:line field: message', () => {
    const issue = importError('UNKNOWN_TERM', { file: 'actors.csv', line: 4 }, 'not a term', {
      field: 'kind',
    });
    expect(formatIssue(issue)).toBe('actors.csv:4 kind: not a term');
  });
  it('prints the JSON path, the column and warnings', () => {
    const at = { file: 'a.json', line: 7, record: 'actors[3]' };
    expect(formatIssue(importWarning('LIKELY_DUPLICATE', at, 'same name', { field: 'name' }))).toBe(
      'a.json:7 actors[3].name: warning: same name',
    );
    expect(formatIssue(importError('SYNTAX', { file: 'a.json', line: 2, column: 5 }, 'bad'))).toBe(
      'a.json:2:5: bad',
    );
  });
});
