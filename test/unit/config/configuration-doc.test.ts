import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, type ApiLimits } from '../../../../server/config/config.ts';
import { projectRoot } from '../../../../server/config/project-root.ts';

/** The README's configuration rows for the API, variable → default as written there. */
function readmeDefaults(): Map<string, string> {
  const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const rows = readme.split('<!-- config-api:start -->')[1]?.split('<!-- config-api:end -->')[0];
  if (rows === undefined) throw new Error('README.md has no config-api block');
  return new Map([...rows.matchAll(/^\| `(\w+)` \| `?([^`|]*?)`? \|/gm)].map((m) => [m[1]!, m[2]!]));
}

const VARIABLES: Record<string, keyof ApiLimits> = {
  ATLAS_INTROSPECTION: 'introspection',
  ATLAS_MAX_DEPTH: 'maxDepth',
  ATLAS_MAX_COST: 'maxCost',
  ATLAS_MAX_ALIASES: 'maxAliases',
  ATLAS_MAX_TOKENS: 'maxTokens',
  ATLAS_MAX_BODY_BYTES: 'maxBodyBytes',
  ATLAS_MAX_TRAVERSAL_DEPTH: 'maxTraversalDepth',
  ATLAS_DEADLINE_MS: 'deadlineMs',
};

describe("the README's configuration table", () => {
  it.each(Object.entries(VARIABLES))('gives the default of %s that the server uses', (variable, field) => {
    expect(readmeDefaults().get(variable)).toBe(String(loadConfig({}).limits[field]));
  });
});
