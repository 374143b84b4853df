import { describe, expect, it } from 'vitest';
import { createAuthenticator, sha256 } from '../../../server/auth/authenticate.ts';
import { isAppError } from '../../../server/errors/app-error.ts';

const authenticate = createAuthenticator([{ name: 'alice', sha256: sha256('s3cret-token').toString('hex') }]);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isAppError(err) ? err.code : 'NOT_AN_APP_ERROR';
  }
  return undefined;
}

describe('bearer token authentication', () => {
  it('no header: anonymous reader', () => {
    expect(authenticate(undefined)).toEqual({ role: 'anonymous' });
  });
  it('a configured token: admin, known by the token name', () => {
    expect(authenticate('Bearer s3cret-token')).toEqual({ role: 'admin', name: 'alice' });
  });
  it('an unknown token or a malformed header: UNAUTHENTICATED, never silently anonymous', () => {
    expect(codeOf(() => authenticate('Bearer wrong'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => authenticate('Basic YWxpY2U6eA=='))).toBe('UNAUTHENTICATED');
  });
});
