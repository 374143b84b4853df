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
