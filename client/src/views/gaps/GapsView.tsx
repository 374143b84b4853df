// The gap matrix ("Lücken"): for the chosen region, how many offers reach it per topic and target group, with the
// gaps shown as such; a click on a cell lists its offers or explains the gap and names the nearest regions with
// such an offer. Region, switches and the chosen cell live in the URL, so a link reproduces what was seen.
import { useEffect, useMemo } from 'react';
import type { CoverageMatrixQueryVariables } from '../../api/generated/operations.ts';
import { useAnnounce } from '../../app/status.tsx';
import { useTexts } from '../../app/texts.tsx';
import type { ViewProps } from '../../app/view-props.ts';
import { GapMatrix } from './GapMatrix.tsx';
import { GapPanel } from './GapPanel.tsx';
import { GAPS_TEXTS, GapsTextsContext } from './gaps-texts.ts';
import {
  findCell,
  formatDay,
  matrixModel,
  numberFormats,
  showsPerCapita,
  type MatrixCell,
} from './matrix-model.ts';
import { useCoverageGaps, useCoverageMatrix } from './use-coverage.ts';
import './gaps.css';
import { RegionPicker } from '../../ui/RegionPicker.tsx';
import { errorText } from '../../app/error-text.ts';

function setReady(ready: boolean) {
  if (window.__atlas) window.__atlas.ready = ready;
  else window.__atlas = { cy: null, ready };
}

const cellButton = (cell: MatrixCell) =>
  document.querySelector<HTMLButtonElement>(
    `button[data-topic="${CSS.escape(cell.topic.id)}"][data-target-group="${CSS.escape(cell.targetGroup.id)}"]`,
  );

export function GapsView({ state, update }: ViewProps) {
  const t = useTexts();
  const g = GAPS_TEXTS[state.lang];
  const announce = useAnnounce();
  const { region, at, statedOnly, fromAbove, lang } = state;
  const variables = useMemo<CoverageMatrixQueryVariables | null>(
    () => (region === null ? null : { region, at, statedOnly, fromAbove }),
    [region, at, statedOnly, fromAbove],
  );

  const matrix = useCoverageMatrix(variables);
  const answer = matrix.data?.coverage ?? null;
  const model = useMemo(() => (answer ? matrixModel(answer, lang) : null), [answer, lang]);
  const selected = model ? findCell(model, state.topic, state.targetGroup) : null;
  const gaps = useCoverageGaps(selected?.gap ? variables : null);

  const formats = useMemo(() => numberFormats(lang), [lang]);
  const ready = matrix.settled && gaps.settled;

  useEffect(() => setReady(ready), [ready]);
  useEffect(() => {
    if (!matrix.settled) return;
    if (model) announce(g.announce(model.regionName, model.filled, model.total));
  }, [matrix.settled, model, announce, g]);

  const onSelect = (cell: MatrixCell) => {
    const again = selected?.topic.id === cell.topic.id && selected.targetGroup.id === cell.targetGroup.id;
    update(
      again ? { topic: null, targetGroup: null } : { topic: cell.topic.id, targetGroup: cell.targetGroup.id },
    );
    // The panel follows the table in reading order; say what it now holds.
    if (!again) {
      const heading = g.cellHeading(cell.topic.label, cell.targetGroup.label);
      announce(`${heading}: ${cell.gap ? t.gap : g.cellSummary(cell.count, cell.full, cell.partial)}`);
    }
  };
  const onClose = () => {
    if (selected) cellButton(selected)?.focus();
    update({ topic: null, targetGroup: null });
  };
  const onShowInNetwork = (id: string) => update({ view: 'netzwerk', focus: [id], selected: id });

  const error = matrix.error;
  const gapEntry =
    selected?.gap && gaps.data
      ? (gaps.data.coverage.gaps.find(
          (gap) => gap.topic.id === selected.topic.id && gap.targetGroup.id === selected.targetGroup.id,
        ) ?? null)
      : null;
  const perCapita = model !== null && showsPerCapita(model, state.perCapita);

  return (
    <GapsTextsContext.Provider value={g}>
      <div className="gaps-view">
        <div className="gaps-top">
          <h2>{model ? `${g.heading}: ${model.regionName}` : g.heading}</h2>
          <RegionPicker
            region={region}
            lang={lang}
            onPick={(id) => update({ region: id, topic: null, targetGroup: null })}
          />
          {region !== null && (
            <div className="gaps-switches">
              <label>
                <input
                  type="checkbox"
                  checked={state.perCapita}
                  onChange={(e) => update({ perCapita: e.target.checked })}
                />{' '}
                {t.perCapita}
              </label>
              <label>
                <input
                  type="checkbox"
                  checked={state.fromAbove}
                  onChange={(e) => update({ fromAbove: e.target.checked })}
                />{' '}
                {t.fromAbove}
              </label>
            </div>
          )}
        </div>

        {region === null && <p className="gaps-intro">{t.chooseRegion}</p>}
        {error && (
          <p className="gaps-error" role="alert">
            {error.code === 'NOT_FOUND' ? g.notFound(region ?? '') : errorText(error, t)}
          </p>
        )}
        {matrix.loading && <p className="gaps-loading">{t.loading}</p>}

        {model && !error && (
          <div className="gaps-body" aria-busy={matrix.loading}>
            <section className="gaps-matrix-section" aria-label={g.heading}>
              <p className="gaps-summary">
                {g.summary(model.count, model.full, model.partial)} {g.filled(model.filled, model.total)}.
                {model.population !== null && ` ${g.population(formats.count.format(model.population))}.`}
              </p>
              {state.perCapita && model.population === null && (
                <p className="gaps-note">{g.populationUnknown(model.regionName)}</p>
              )}
              <GapMatrix
                model={model}
                perCapita={perCapita}
                formats={formats}
                day={formatDay(model.at, lang)}
                selected={selected}
                onSelect={onSelect}
              />
            </section>
            {selected && (
              <GapPanel
                model={model}
                cell={selected}
                lang={lang}
                gap={gapEntry}
                gapError={gaps.error}
                onShowInNetwork={onShowInNetwork}
                onClose={onClose}
              />
            )}
          </div>
        )}
      </div>
    </GapsTextsContext.Provider>
  );
}
