// The gap list names a few peers of a finding and counts the rest; the API's sentence, which names them all, only
// when they are few.
import { describe, expect, it } from 'vitest';
import { PEERS_SHOWN, shownPeers, showsReason } from '../../../../../client/src/views/bodies/body-gaps.ts';

const peers = Array.from({ length: 339 }, (_, i) => `peer-${i}`);

describe('shownPeers', () => {
  it('names the first few and counts the rest', () => {
    const shown = shownPeers(peers, false);
    expect(shown.items).toEqual(peers.slice(0, PEERS_SHOWN));
    expect(shown.more).toBe(339 - PEERS_SHOWN);
  });
  it('names them all when expanded, or when they are few', () => {
    expect(shownPeers(peers, true)).toEqual({ items: peers, more: 0 });
    expect(shownPeers(peers.slice(0, 3), false)).toEqual({ items: peers.slice(0, 3), more: 0 });
  });
});

describe('showsReason', () => {
  it('shows the sentence naming every peer only when they are few', () => {
    expect(showsReason(2)).toBe(true);
    expect(showsReason(PEERS_SHOWN)).toBe(true);
    expect(showsReason(339)).toBe(false);
  });
});
