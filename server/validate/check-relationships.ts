// Relationships against the rules of their type: which kinds of node may stand at each end, whether the
// qualifying role or kind is present (and no other), no loops, and no relationship listed twice.
import {
  endpointMatches,
  endpointsAllowed,
  ruleFor,
  type RelationshipRule,
} from '../domain/relationship-types.ts';
import type { Checked } from './check-schemas.ts';
import type { NodeKind } from './existing-graph.ts';
import type { Resolver } from './import-index.ts';
import { formatLocation, importError, type ImportIssue, type IssueLocation } from '../errors/issues.ts';

export function checkRelationships(
  relationships: readonly Checked<'relationships'>[],
  resolver: Resolver,
): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const seen = new Map<string, IssueLocation>();
  for (const { record, location } of relationships) {
    const rule = ruleFor(record.type);
    for (const name of ['role', 'kind'] as const) {
      if (rule.property?.name === name && record[name] === null) {
        const message = `${record.type} needs a ${name} (${rule.property.vocabulary})`;
        issues.push(importError('REQUIRED', location, message, { field: name }));
      } else if (rule.property?.name !== name && record[name] !== null) {
        const message = `${record.type} takes no ${name}`;
        issues.push(importError('INVALID_VALUE', location, message, { field: name }));
      }
    }

    if (record.from === record.to) {
      const message = `${record.type} from "${record.from}" to itself`;
      issues.push(importError('INVALID_ENDPOINT', location, message, { field: 'to' }));
    }
    const from = resolver.kindOf(record.from);
    const to = resolver.kindOf(record.to);
    // Unknown ends were reported as UNKNOWN_REFERENCE already.
    if (from !== undefined && to !== undefined && !fits(rule, from, to)) {
      const allowed = rule.endpoints
        .map((pair) => `${pair.from.join('|')} → ${pair.to.join('|')}`)
        .join('; ');
      const message = `${record.type} cannot go from a ${from} to a ${to}; allowed: ${allowed}`;
      const fromFits = from !== 'Source' && rule.endpoints.some((pair) => endpointMatches(from, pair.from));
      issues.push(importError('INVALID_ENDPOINT', location, message, { field: fromFits ? 'to' : 'from' }));
    }

    const property = rule.property ? record[rule.property.name] : null;
    const keys = [[record.type, record.from, record.to, property]];
    if (rule.mutual) keys.push([record.type, record.to, record.from, property]);
    const first = keys.map((key) => seen.get(JSON.stringify(key))).find((found) => found !== undefined);
    if (first) {
      const message = `the same ${record.type} is already listed at ${formatLocation(first)}`;
      issues.push(importError('DUPLICATE_RELATIONSHIP', location, message, { other: first }));
    } else {
      seen.set(JSON.stringify(keys[0]), location);
    }
  }
  return issues;
}

/** Sources are joined through `sources` fields only, never as a relationship end. */
function fits(rule: RelationshipRule, from: NodeKind, to: NodeKind): boolean {
  return from !== 'Source' && to !== 'Source' && endpointsAllowed(rule, from, to);
}
