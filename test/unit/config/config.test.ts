import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config/config.ts';
import { isAppError } from '../../../server/errors/app-error.ts';

describe('loadConfig', () => {
  it('defaults to a local Neo4j on loopback and port 4000', () => {
    const config = loadConfig({});
    expect(config.external).toBeUndefined();
    expect(config.port).toBe(4000);
    expect(config.local).toMatchObject({ host: '127.0.0.1', boltPort: 7687, version: '5.26.29' });
    expect(config.limits.maxPageSize).toBe(100);
    expect(config.adminTokens).toEqual([]);
  });

  it.each(['bolt://db:7687', 'neo4j+s://abc.databases.neo4j.io', 'neo4j://cluster:7687'])(
    'accepts NEO4J_URI %s',
    (uri) => {
      expect(loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'secret' }).external).toMatchObject({
        uri,
        password: 'secret',
      });
    },
  );

  it('refuses a malformed URI, port or token list with CONFIG_INVALID naming the variable', () => {
    for (const env of [{ NEO4J_URI: 'http://db' }, { PORT: 'abc' }, { ATLAS_ADMIN_TOKENS: 'alice:nothex' }]) {
      let caught: unknown;
      try {
        loadConfig(env);
      } catch (err) {
        caught = err;
      }
      expect(isAppError(caught) && caught.code).toBe('CONFIG_INVALID');
      expect(isAppError(caught) && (caught.details.problems as string[])[0]).toContain(Object.keys(env)[0]);
    }
  });

  it('reads the feedback contact of the accessibility statement; empty or unset is none, a malformed one refused', () => {
    expect(loadConfig({}).site).toEqual({ feedbackEmail: null, feedbackUrl: null });
    expect(loadConfig({ ATLAS_FEEDBACK_EMAIL: '', ATLAS_FEEDBACK_URL: '' }).site).toEqual({
      feedbackEmail: null,
      feedbackUrl: null,
    });
    expect(
      loadConfig({
        ATLAS_FEEDBACK_EMAIL: 'barrierefreiheit@example.org',
        ATLAS_FEEDBACK_URL: 'https://example.org/kontakt',
      }).site,
    ).toEqual({ feedbackEmail: 'barrierefreiheit@example.org', feedbackUrl: 'https://example.org/kontakt' });
    for (const env of [
      { ATLAS_FEEDBACK_EMAIL: 'not an address' },
      { ATLAS_FEEDBACK_EMAIL: 'a@example.org?bcc=b@example.org' },
      { ATLAS_FEEDBACK_URL: 'javascript:alert(1)' },
    ]) {
      expect(() => loadConfig(env)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }) as Error);
    }
  });

  it('parses admin tokens as name:sha256 pairs', () => {
    const hash = 'a'.repeat(64);
    expect(loadConfig({ ATLAS_ADMIN_TOKENS: `alice:${hash}, bob:${'b'.repeat(64)}` }).adminTokens).toEqual([
      { name: 'alice', sha256: hash },
      { name: 'bob', sha256: 'b'.repeat(64) },
    ]);
  });
});
