import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/**
 * The one stylesheet the coordinators' page writes inline: Cytoscape.js puts it into <head> when it draws its
 * first graph (cytoscape's BaseRenderer `init`, `__________cytoscape_stylesheet`). The policy allows exactly this
 * text by its hash, and no other inline style; a Cytoscape release that changes it shows up as a CSP violation in
 * test/integration/http/client-csp.test.ts.
 */
export const CYTOSCAPE_STYLESHEET = '.__________cytoscape_container { position: relative; }';

function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function policy(directives: readonly string[]): string {
  return directives.join('; ');
}

/**
 * The coordinators' page (`/`, and every file of the built client): everything comes from this server. Scripts
 * are Vite's module chunks (no inline script, no eval); styles are the built CSS files plus Cytoscape's one inline
 * stylesheet (by hash) — React and d3 set styles through the CSSOM (`element.style`), which CSP does not govern;
 * images are this server's or `data:`/`blob:` URLs (the PNG export); the only connection is /graphql. Nothing may
 * frame the page, no plugin runs, no <base> or form can send the user elsewhere.
 */
export const CLIENT_CSP = policy([
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${sha256Source(CYTOSCAPE_STYLESHEET)}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
]);

/**
 * Every answer that is not a page — GraphQL JSON, exports, errors, /healthz: opened in a browser it may load,
 * run and frame nothing. The page and the explorer replace it with their own policy.
 */
export const NO_CONTENT_CSP = policy(["default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]);

/**
 * Headers every answer of the server carries, whatever route, status or error: the browser must not guess a type
 * other than the one sent (`nosniff`), must send no referrer to other sites (the page's URL holds the user's
 * question), and must not show the answer in a frame (`DENY` for browsers older than `frame-ancestors`).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': NO_CONTENT_CSP,
};

/** Sets the headers every answer carries (before any handler runs; a page then sets its own policy). */
export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** The same headers as lines of a raw HTTP/1.1 answer (the server's answers written to the socket directly). */
export function securityHeaderLines(): string {
  return Object.entries(SECURITY_HEADERS)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
}
