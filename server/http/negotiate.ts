/**
 * Accept-header negotiation as RFC 9110 §12.5.1 describes it: each offered type takes the quality of the most
 * specific range matching it (`text/html` over `text/*` over the wildcard); the best quality wins, then the more
 * specific match, then the client's order, then ours. Returns undefined when nothing offered is acceptable.
 * A missing header accepts anything, so the first offered type wins.
 */
export function negotiate(accept: string | undefined, offered: readonly string[]): string | undefined {
  if (accept === undefined || accept.trim() === '') return offered[0];
  const ranges = parseAccept(accept);
  let best: { type: string; q: number; specificity: number; index: number } | undefined;
  for (const type of offered) {
    const major = type.split('/')[0] ?? '';
    let match: { q: number; specificity: number; index: number } | undefined;
    for (const [index, range] of ranges.entries()) {
      const specificity =
        range.type === type ? 2 : range.type === `${major}/*` ? 1 : range.type === '*/*' ? 0 : -1;
      if (specificity < 0 || (match && match.specificity >= specificity)) continue;
      match = { q: range.q, specificity, index };
    }
    if (!match || match.q <= 0) continue;
    const better =
      !best ||
      match.q > best.q ||
      (match.q === best.q && match.specificity > best.specificity) ||
      (match.q === best.q && match.specificity === best.specificity && match.index < best.index);
    if (better) best = { type, ...match };
  }
  return best?.type;
}

function parseAccept(accept: string): { type: string; q: number }[] {
  return accept.split(',').flatMap((part) => {
    const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!type.includes('/')) return [];
    const qParam = params.find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    return [{ type, q: Number.isFinite(q) ? q : 0 }];
  });
}

/** The content codings the server can apply, in the order it prefers them when a client rates them equally. */
export const CONTENT_CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

/** RFC 9110 §5.6.2 token, lower-cased: what a coding name may be. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9a-z-]+$/;
/** RFC 9110 §12.4.2 qvalue: 0 to 1 with at most three decimals. */
const QVALUE = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

/**
 * Accept-Encoding negotiation (RFC 9110 §12.5.3): the coding with the highest quality among ours, ties to our
 * order (br, then gzip); `*` rates every coding not named, `x-gzip` is gzip. Identity wins only when the client
 * rates it above every coding we have, names none of them, or forbids them (`q=0`). No header, an empty one or one
 * that does not parse means identity; a part that does not parse is skipped, a quality that does not parse
 * counts as 0. Never throws. Identity is also the answer when the client forbids it too (`*;q=0`): an unencoded
 * answer is what RFC 9110 asks for when nothing acceptable is left.
 */
export function negotiateEncoding(
  header: string | readonly string[] | undefined,
): ContentCoding | 'identity' {
  if (header === undefined) return 'identity';
  const ratings = new Map<string, number>();
  for (const part of (typeof header === 'string' ? header : header.join(',')).split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (!TOKEN.test(name)) continue;
    const coding = name === 'x-gzip' ? 'gzip' : name;
    const qParam = params.find((p) => /^q\s*=/.test(p));
    const qText = qParam?.slice(qParam.indexOf('=') + 1).trim();
    const q = qText === undefined ? 1 : QVALUE.test(qText) ? Number(qText) : 0;
    // A coding named twice keeps its first rating.
    if (!ratings.has(coding)) ratings.set(coding, q);
  }
  const wildcard = ratings.get('*');
  // Unnamed, identity is acceptable but no better than anything else the client accepts.
  const identity = ratings.get('identity') ?? wildcard ?? 0;
  let best: { coding: ContentCoding; q: number } | undefined;
  for (const coding of CONTENT_CODINGS) {
    const q = ratings.get(coding) ?? wildcard ?? 0;
    if (q > 0 && (!best || q > best.q)) best = { coding, q };
  }
  return best && best.q >= identity ? best.coding : 'identity';
}
