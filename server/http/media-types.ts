import type { IncomingMessage } from 'node:http';
import { negotiate } from './negotiate.ts';

/** The GraphQL-over-HTTP response types, in the order we prefer them when a client accepts both (as Apollo). */
export const GRAPHQL_RESPONSE_TYPES = ['application/json', 'application/graphql-response+json'] as const;

/** True for a browser opening /graphql: a GET without a query that prefers HTML to the GraphQL types. */
export function wantsExplorer(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (new URL(req.url ?? '/', 'http://localhost').searchParams.has('query')) return false;
  return negotiate(req.headers.accept, [...GRAPHQL_RESPONSE_TYPES, 'text/html']) === 'text/html';
}

/** The type of an error answer the handler writes itself; when nothing fits, JSON is still the best guess. */
export function errorMediaType(req: IncomingMessage): string {
  return negotiate(req.headers.accept, GRAPHQL_RESPONSE_TYPES) ?? 'application/json';
}
