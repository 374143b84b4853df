import { createHash, timingSafeEqual } from 'node:crypto';
import type { AdminTokenHash } from '../config/config.ts';
import { AppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import { ANONYMOUS, type Viewer } from './viewer.ts';

export type Authenticate = (authorization: string | undefined) => Viewer;

/**
 * Bearer tokens checked against configured SHA-256 hashes: the server never holds a secret, a leaked config
 * grants nothing, and a token is revoked by removing its line. No header means an anonymous reader; a header
 * with an unknown or malformed token is an error (never silently anonymous), so a broken admin script notices.
 */
export function createAuthenticator(tokens: readonly AdminTokenHash[]): Authenticate {
  const known = tokens.map((t) => ({ name: t.name, digest: Buffer.from(t.sha256, 'hex') }));
  return (authorization) => {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <token>".');
    }
    const digest = sha256(match[1]);
    // Compare against every token in constant time, so timing does not reveal which prefix matched.
    let found: string | undefined;
    for (const token of known) {
      if (token.digest.length === digest.length && timingSafeEqual(token.digest, digest)) found = token.name;
    }
    if (found === undefined) throw new AppError(ErrorCode.UNAUTHENTICATED, 'The bearer token is not valid.');
    return { role: 'admin', name: found };
  };
}

export function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
