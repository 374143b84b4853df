// One finding of the ranked list: the two measures, the score as a bar and a number, whether the providers are
// tied (in words, not colour alone), who provides what, the tie or the missing one, the reasons, and the way to
// the network.
import { useId } from 'react';
import type { UiLanguage } from '../../app/url-state.ts';
import {
  formatScore,
  listNames,
  missingTies,
  providersByMeasure,
  scoreWidth,
  tieLines,
  type MissingTie,
  type Overlap,
} from './overlap-model.ts';
import { OVERLAPS_TEXTS, type OverlapsTexts } from './overlaps-texts.ts';

interface Props {
  readonly overlap: Overlap;
  readonly lang: UiLanguage;
  readonly showInNetwork: string;
  readonly onShow: (overlap: Overlap) => void;
}

function missingText(tie: MissingTie, o: OverlapsTexts): string {
  return tie.kind === 'pair' ? o.between(tie.first.name, tie.second.name) : o.sameCollective(tie.actor.name);
}

export function OverlapItem({ overlap, lang, showInNetwork, onShow }: Props) {
  const o = OVERLAPS_TEXTS[lang];
  const headingId = useId();
  const [first, second] = overlap.measures;
  const missing = missingTies(overlap);
  const ties = tieLines(overlap);
  return (
    // Focusable by script only: "show more" moves the focus to the first finding it added.
    <li className={`ov-item ${overlap.coordinated ? 'ov-coordinated' : 'ov-uncoordinated'}`} tabIndex={-1}>
      <div className="ov-item-head">
        <h3 id={headingId}>{o.pair(first?.name ?? '', second?.name ?? '')}</h3>
        <p className={`ov-badge ${overlap.coordinated ? 'ov-badge-ok' : 'ov-badge-open'}`}>
          <span aria-hidden="true">{overlap.coordinated ? '✓ ' : '! '}</span>
          {overlap.coordinated ? o.coordinated : o.uncoordinated}
        </p>
      </div>
      <p className="ov-score">
        <span className="ov-score-label">{o.score}</span>{' '}
        <span className="ov-score-bar" aria-hidden="true">
          <span style={{ width: `${scoreWidth(overlap.score)}%` }} />
        </span>{' '}
        <span className="ov-score-value">{formatScore(overlap.score, lang)}</span>
      </p>
      <dl className="ov-facts">
        <dt>{o.providers}</dt>
        <dd>
          <ul>
            {providersByMeasure(overlap).map(({ measure, providers }) => (
              <li key={measure.id}>
                <span className="ov-measure">{measure.name}</span>:{' '}
                {providers.length === 0
                  ? o.noProvider
                  : listNames(
                      providers.map((p) => (p.collective ? `${p.name} (${o.collective})` : p.name)),
                      lang,
                    )}
              </li>
            ))}
          </ul>
        </dd>
        {ties.length > 0 && (
          <>
            <dt>{o.tie}</dt>
            <dd>
              <ul>
                {ties.map((tie) => (
                  <li key={`${tie.kind}|${tie.names.join('|')}`}>
                    {o.tieKinds[tie.kind]}
                    {tie.names.length > 0 && `: ${listNames(tie.names, lang)}`}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {missing.length > 0 && (
          <>
            <dt className="ov-missing">{o.missingTie}</dt>
            <dd>
              <ul>
                {missing.map((tie) => (
                  <li key={tie.kind === 'pair' ? `${tie.first.id}|${tie.second.id}` : tie.actor.id}>
                    {missingText(tie, o)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{o.reasons}</dt>
        <dd>
          <ul className="ov-reasons">
            {overlap.reasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <button type="button" className="ov-show" aria-describedby={headingId} onClick={() => onShow(overlap)}>
        {showInNetwork}
      </button>
    </li>
  );
}
