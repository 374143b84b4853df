// Regions: the level must exist in the country, the official code must have the length of its level (AGS in
// Germany, Gemeindekennziffer in Austria) and start with the parent's code, and only a state stands alone.
import type { Checked } from './check-schemas.ts';
import { REGION_CODE_LENGTHS, REGION_LEVELS, type RegionLevel } from '../domain/vocabulary.ts';
import type { Resolver } from './import-index.ts';
import { importError, type ImportIssue } from '../errors/issues.ts';

export function checkRegions(regions: readonly Checked<'regions'>[], resolver: Resolver): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const { record, location } of regions) {
    const error = (
      code: 'REQUIRED' | 'INVALID_VALUE' | 'INVALID_REGION_CODE',
      field: string,
      message: string,
    ) => issues.push(importError(code, location, message, { field }));
    if (record.level !== 'state' && record.partOf === null) {
      error('REQUIRED', 'partOf', `a ${record.level} must be part of another region`);
    }

    if (record.nuts3 !== null && !record.nuts3.startsWith(record.country)) {
      error('INVALID_VALUE', 'nuts3', `NUTS code "${record.nuts3}" is not in ${record.country}`);
    }
    if (record.populationDate !== null && record.population === null) {
      error('REQUIRED', 'population', 'a populationDate needs the population it dates');
    }
    if (record.population !== null && record.populationDate === null) {
      error('REQUIRED', 'populationDate', 'a population needs the day it was counted (populationDate)');
    }

    const levelProblem = checkLevel(record);
    if (levelProblem) error(levelProblem.code, levelProblem.field, levelProblem.message);

    const parent = record.partOf === null ? undefined : resolver.region(record.partOf);
    if (parent === undefined) continue; // an unknown or wrong-kind partOf is reported by the reference check
    if (parent.country !== record.country) {
      error(
        'INVALID_VALUE',
        'country',
        `"${record.partOf}" is in ${parent.country}, this region in ${record.country}`,
      );
    }
    if (record.code !== null && parent.code !== null && !record.code.startsWith(parent.code)) {
      const message = `code "${record.code}" does not start with the code "${parent.code}" of "${record.partOf}"`;
      error('INVALID_REGION_CODE', 'code', message);
    }
  }
  return issues;
}

/** Whether the country has the level and the code the length of its level. */
function checkLevel(
  record: Checked<'regions'>['record'],
): { code: 'INVALID_VALUE' | 'INVALID_REGION_CODE'; field: string; message: string } | undefined {
  // Levels outside the fixed list were reported as unknown terms; nothing more to say about them here.
  if (!isRegionLevel(record.level)) return undefined;
  const length = REGION_CODE_LENGTHS[record.country][record.level];
  if (length === undefined) {
    return {
      code: 'INVALID_VALUE',
      field: 'level',
      message: `${record.country} has no ${record.level} level`,
    };
  }
  if (record.code === null) return undefined; // unknown codes are allowed, with the reason in `note`
  if (length === null) {
    return { code: 'INVALID_REGION_CODE', field: 'code', message: `a ${record.level} has no official code` };
  }
  if (new RegExp(`^\\d{${length}}$`).test(record.code)) return undefined;
  // A spreadsheet that stored the code as a number has dropped its leading zero ("6" for Hessen's "06").
  const message = `a ${record.country} ${record.level} code has ${length} digits, not "${record.code}"; keep leading zeros (format the column as text)`;
  return { code: 'INVALID_REGION_CODE', field: 'code', message };
}

function isRegionLevel(level: string): level is RegionLevel {
  return (REGION_LEVELS as readonly string[]).includes(level);
}
