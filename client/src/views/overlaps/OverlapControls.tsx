// Which findings to list: the minimum score (0–1 in steps of 0.1) and whether coordinated ones are shown.
import { useId } from 'react';
import type { UiLanguage } from '../../app/url-state.ts';
import { formatScore, minScoreFrom } from './overlap-model.ts';
import { OVERLAPS_TEXTS } from './overlaps-texts.ts';

interface Props {
  readonly lang: UiLanguage;
  readonly minScore: number;
  readonly includeCoordinated: boolean;
  readonly onMinScore: (value: number) => void;
  readonly onIncludeCoordinated: (value: boolean) => void;
}

export function OverlapControls({
  lang,
  minScore,
  includeCoordinated,
  onMinScore,
  onIncludeCoordinated,
}: Props) {
  const o = OVERLAPS_TEXTS[lang];
  const id = useId();
  const shown = formatScore(minScore, lang, 1);
  return (
    <fieldset className="ov-controls">
      <legend className="visually-hidden">{o.controls}</legend>
      <label htmlFor={`${id}-min`}>{o.minScore}</label>
      <input
        id={`${id}-min`}
        type="range"
        min={0}
        max={1}
        step={0.1}
        value={minScore}
        aria-valuetext={shown}
        onChange={(e) => onMinScore(minScoreFrom(e.target.value))}
      />
      <output htmlFor={`${id}-min`} className="ov-min-value">
        {shown}
      </output>
      <label className="ov-check">
        <input
          type="checkbox"
          checked={includeCoordinated}
          onChange={(e) => onIncludeCoordinated(e.target.checked)}
        />{' '}
        {o.showCoordinated}
      </label>
    </fieldset>
  );
}
