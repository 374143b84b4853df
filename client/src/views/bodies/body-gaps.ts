// A finding of the gap list as shown: at national scale a body is compared with hundreds of peers (339 of the 400
// Arbeitskreise), and the API's sentence names every one of them. The list names the first PEERS_SHOWN and says how
// many more; the full list is one click away. Pure, so it is tested without a browser.

export const PEERS_SHOWN = 10;

/** The peers to show, and how many are left out (all when `expanded`). */
export function shownPeers<T>(
  peers: readonly T[],
  expanded: boolean,
): { readonly items: readonly T[]; readonly more: number } {
  if (expanded || peers.length <= PEERS_SHOWN) return { items: peers, more: 0 };
  return { items: peers.slice(0, PEERS_SHOWN), more: peers.length - PEERS_SHOWN };
}

/** Whether the API's sentence is short enough to show: it names every peer, so only when they are few. */
export function showsReason(peers: number): boolean {
  return peers <= PEERS_SHOWN;
}
