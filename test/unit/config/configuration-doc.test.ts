import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, type ApiLimits, type HttpSettings } from '../../../server/config/config.ts';
import { projectRoot } from '../../../server/config/project-root.ts';

/** docs/configuration.md's rows for the API, variable → default as written there. */
function documentedDefaults(): Map<string, string> {
  const page = fs.readFileSync(path.join(projectRoot, 'docs', 'configuration.md'), 'utf8');
  const rows = page.split('<!-- config-api:start -->')[1]?.split('<!-- config-api:end -->')[0];
  if (rows === undefined) throw new Error('docs/configuration.md has no config-api block');
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

const HTTP_VARIABLES: Record<string, keyof HttpSettings> = {
  ATLAS_HEADERS_TIMEOUT_MS: 'headersTimeoutMs',
  ATLAS_REQUEST_TIMEOUT_MS: 'requestTimeoutMs',
  ATLAS_MAX_CONNECTIONS: 'maxConnections',
  ATLAS_MAX_CONCURRENT_EXPORTS: 'maxConcurrentExports',
  ATLAS_SHUTDOWN_GRACE_MS: 'shutdownGraceMs',
};

describe('the configuration table of docs/configuration.md', () => {
  it.each(Object.entries(VARIABLES))('gives the default of %s that the server uses', (variable, field) => {
    expect(documentedDefaults().get(variable)).toBe(String(loadConfig({}).limits[field]));
  });
  it.each(Object.entries(HTTP_VARIABLES))(
    'gives the default of %s that the server uses',
    (variable, field) => {
      expect(documentedDefaults().get(variable)).toBe(String(loadConfig({}).http[field]));
    },
  );
});
