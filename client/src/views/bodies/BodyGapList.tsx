// "Gremien, denen eine Art Mitglied fehlt": each finding in the API's sentence, with the body and the peers that
// have such a member as buttons to the network.
import type { BodyMatrixQuery } from '../../api/generated/operations.ts';
import type { UiLanguage } from '../../app/url-state.ts';
import { ActorButton } from './ActorButton.tsx';
import { BODIES_TEXTS } from './bodies-texts.ts';

type BodyGap = BodyMatrixQuery['bodyGaps'][number];

interface Props {
  readonly gaps: readonly BodyGap[];
  readonly lang: UiLanguage;
  readonly hintId: string;
  readonly onOpen: (id: string) => void;
}

export function BodyGapList({ gaps, lang, hintId, onOpen }: Props) {
  const b = BODIES_TEXTS[lang];
  return (
    <section className="bd-section" aria-labelledby="bd-gaps">
      <h3 id="bd-gaps">{b.gapsHeading}</h3>
      <p className="bd-text">{b.gapsIntro}</p>
      {gaps.length === 0 ? (
        <p className="bd-text">{b.gapsNone}</p>
      ) : (
        <ul className="bd-gaps">
          {gaps.map((gap) => (
            <li key={`${gap.body.id}|${gap.memberKind}`}>
              <p className="bd-gap-head">
                <ActorButton actor={gap.body} describedBy={hintId} onOpen={onOpen} /> — {b.missingKind}:{' '}
                <strong>{gap.memberKindLabel ?? gap.memberKind}</strong>
              </p>
              <p className="bd-text">{gap.reason}</p>
              {gap.peersWith.length > 0 && (
                <p className="bd-peers">
                  {b.peersWith}:{' '}
                  {gap.peersWith.map((peer, i) => (
                    <span key={peer.id}>
                      {i > 0 && ', '}
                      <ActorButton actor={peer} describedBy={hintId} onOpen={onOpen} />
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
