// "Gremien, denen eine Art Mitglied fehlt": each finding in the API's sentence, with the body and the peers that
// have such a member as buttons to the network. With many peers, the sentence (which names them all) gives way to
// their number, and the first few are named, the rest on request.
import { useState } from 'react';
import type { BodyGapsQuery } from '../../api/generated/operations.ts';
import type { UiLanguage } from '../../app/url-state.ts';
import { ActorButton } from './ActorButton.tsx';
import { BODY_GAPS_FIRST } from './bodies-operations.ts';
import { BODIES_TEXTS } from './bodies-texts.ts';
import { PEERS_SHOWN, shownPeers, showsReason } from './body-gaps.ts';

type BodyGap = BodyGapsQuery['bodyGaps'][number];

interface Props {
  /** Null while the first answer loads or when it failed (then `error` says why). */
  readonly gaps: readonly BodyGap[] | null;
  readonly error: string | null;
  readonly loadingText: string;
  readonly lang: UiLanguage;
  readonly hintId: string;
  readonly onOpen: (id: string) => void;
}

const keyOf = (gap: BodyGap) => `${gap.body.id}|${gap.memberKind}`;

export function BodyGapList({ gaps, error, loadingText, lang, hintId, onOpen }: Props) {
  const b = BODIES_TEXTS[lang];
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setExpanded((before) => {
      const after = new Set(before);
      if (!after.delete(key)) after.add(key);
      return after;
    });
  return (
    <section className="bd-section" aria-labelledby="bd-gaps">
      <h3 id="bd-gaps">{b.gapsHeading}</h3>
      <p className="bd-text">{b.gapsIntro}</p>
      {error !== null ? (
        <p className="bd-error">{b.gapsError(error)}</p>
      ) : gaps === null ? (
        <p className="bd-text">{loadingText}</p>
      ) : gaps.length === 0 ? (
        <p className="bd-text">{b.gapsNone}</p>
      ) : (
        <>
          {gaps.length >= BODY_GAPS_FIRST && <p className="bd-note">{b.gapsFirst(gaps.length)}</p>}
          <ul className="bd-gaps">
            {gaps.map((gap) => {
              const key = keyOf(gap);
              const open = expanded.has(key);
              const peers = shownPeers(gap.peersWith, open);
              return (
                <li key={key}>
                  <p className="bd-gap-head">
                    <ActorButton actor={gap.body} describedBy={hintId} onOpen={onOpen} /> — {b.missingKind}:{' '}
                    <strong>{gap.memberKindLabel ?? gap.memberKind}</strong>
                  </p>
                  <p className="bd-text">
                    {showsReason(gap.peersWith.length)
                      ? gap.reason
                      : b.peersShare(gap.peersWith.length, gap.peerCount)}
                  </p>
                  {gap.peersWith.length > 0 && (
                    <p className="bd-peers">
                      {b.peersWith}:{' '}
                      {peers.items.map((peer, i) => (
                        <span key={peer.id}>
                          {i > 0 && ', '}
                          <ActorButton actor={peer} describedBy={hintId} onOpen={onOpen} />
                        </span>
                      ))}
                      {peers.more > 0 && ` ${b.peersMore(peers.more)}`}{' '}
                      {gap.peersWith.length > PEERS_SHOWN ? (
                        <button
                          type="button"
                          className="bd-toggle"
                          aria-expanded={open}
                          onClick={() => toggle(key)}
                        >
                          {open ? b.peersFewer : b.peersAll(gap.peersWith.length)}
                        </button>
                      ) : null}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
