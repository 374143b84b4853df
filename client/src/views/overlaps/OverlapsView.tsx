// The overlap list ("Überschneidungen"): pairs of measures that may offer the same thing twice, in the chosen region
// or the whole atlas, strongest first, each with its score, whether its providers are tied, the missing tie and
// the reasons in words; a button opens the two measures and their providers in the network. The list starts with
// the 50 strongest and grows by 50 on request, up to the API's 200; it says whether there are more.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { OverlapsQuery, OverlapsQueryVariables } from '../../api/generated/operations.ts';
import { Language } from '../../api/generated/schema-enums.ts';
import { useQuery } from '../../api/use-query.ts';
import { useAnnounce } from '../../app/status.tsx';
import { useTexts } from '../../app/texts.tsx';
import type { ViewProps } from '../../app/view-props.ts';
import { OverlapControls } from './OverlapControls.tsx';
import { OverlapItem } from './OverlapItem.tsx';
import {
  countUncoordinated,
  DEFAULT_MIN_SCORE,
  formatScore,
  moreStep,
  networkFocus,
  OVERLAPS_STEP,
  overlapsToAsk,
  shownOverlaps,
  type Overlap,
} from './overlap-model.ts';
import { OVERLAPS_QUERY } from './overlaps-operations.ts';
import { OVERLAPS_TEXTS } from './overlaps-texts.ts';
import { RegionPicker } from '../../ui/RegionPicker.tsx';
import { useRegionName } from '../../ui/use-region-name.ts';
import './overlaps.css';
import { errorText } from '../../app/error-text.ts';

export function OverlapsView({ state, update }: ViewProps) {
  const t = useTexts();
  const o = OVERLAPS_TEXTS[state.lang];
  const announce = useAnnounce();
  const [minScore, setMinScore] = useState(DEFAULT_MIN_SCORE);
  const [includeCoordinated, setIncludeCoordinated] = useState(true);
  const regionName = useRegionName(state.region);
  // "Weitere 50 zeigen" holds for one question: another region, day or control starts again at 50.
  const question = JSON.stringify([state.region, state.at, state.statedOnly, minScore, includeCoordinated]);
  const [grown, setGrown] = useState({ question, shown: OVERLAPS_STEP });
  const shown = grown.question === question ? grown.shown : OVERLAPS_STEP;
  const variables: OverlapsQueryVariables = {
    region: state.region,
    at: state.at,
    statedOnly: state.statedOnly,
    minScore,
    includeCoordinated,
    language: state.lang === 'en' ? Language.EN : Language.DE,
    first: overlapsToAsk(shown),
  };
  const { data, error, loading } = useQuery<OverlapsQuery>(OVERLAPS_QUERY, variables);
  const page = useMemo(
    () => (error || !data ? null : shownOverlaps(data.overlaps, shown)),
    [error, data, shown],
  );
  const overlaps = page?.items ?? null;
  const step = moreStep(shown);
  // After "show more", focus moves to the first finding added, so the keyboard goes on where the list grew.
  const list = useRef<HTMLOListElement>(null);
  const focusAt = useRef<number | null>(null);

  // In the same task as the render that changed the question, so a test never sees an old answer as ready.
  useLayoutEffect(() => {
    if (window.__atlas) window.__atlas.ready = !loading;
  });
  useEffect(() => {
    if (loading) return;
    if (error) announce(errorText(error, t));
    else if (page) {
      const count = page.items.length;
      const uncoordinated = countUncoordinated(page.items);
      announce(
        page.more === 'no'
          ? o.announce(count, uncoordinated, regionName)
          : o.announceTop(count, uncoordinated, regionName, page.more),
      );
    }
  }, [loading, error, page, announce, t, o, regionName]);
  useEffect(() => {
    if (loading || focusAt.current === null) return;
    const item = list.current?.children[focusAt.current];
    focusAt.current = null;
    if (item instanceof HTMLElement) item.focus();
  }, [loading, overlaps]);

  const showMore = () => {
    if (loading || step === 0) return;
    focusAt.current = shown;
    setGrown({ question, shown: shown + step });
  };

  const show = (overlap: Overlap) =>
    update({
      view: 'netzwerk',
      focus: networkFocus(overlap),
      missingTies: overlap.untiedProviders
        .filter((pair) => pair.first.id !== pair.second.id)
        .map((pair) => [pair.first.id, pair.second.id] as const),
      depth: 1,
      selected: overlap.measures[0]?.id ?? null,
    });

  return (
    <div className="ov-view">
      <h2>{regionName ? o.headingIn(regionName) : o.heading}</h2>
      <p className="ov-text">{o.intro}</p>
      <p className="ov-text">{o.scoreExplained}</p>
      <div className="ov-bar">
        <RegionPicker region={state.region} lang={state.lang} onPick={(region) => update({ region })} />
        <OverlapControls
          lang={state.lang}
          minScore={minScore}
          includeCoordinated={includeCoordinated}
          onMinScore={setMinScore}
          onIncludeCoordinated={setIncludeCoordinated}
        />
      </div>
      {state.region === null && <p className="ov-text">{o.wholeAtlas}</p>}

      {loading && <p className="ov-status">{t.loading}</p>}
      {!loading && error && (
        <p className="ov-error" role="alert">
          {error.code === 'NOT_FOUND' ? o.notFound(state.region ?? '') : errorText(error, t)}
        </p>
      )}

      {overlaps && overlaps.length === 0 && !loading && (
        <section className="ov-empty" aria-labelledby="ov-empty-title">
          <h3 id="ov-empty-title">{o.emptyTitle}</h3>
          <p>
            {o.emptyText(formatScore(minScore, state.lang, 1))}
            {!includeCoordinated && ` ${o.coordinatedHidden}`}
          </p>
        </section>
      )}
      {overlaps && overlaps.length > 0 && (
        <section className="ov-results" aria-busy={loading} aria-label={o.listLabel}>
          <p className="ov-summary">
            {page?.more === 'yes' || page?.more === 'unknown'
              ? o.summaryTop(overlaps.length, countUncoordinated(overlaps), page.more)
              : o.summary(overlaps.length, countUncoordinated(overlaps))}{' '}
            {o.coordinatedExplained}
          </p>
          <ol className="ov-list" ref={list}>
            {overlaps.map((overlap) => (
              <OverlapItem
                key={overlap.measures.map((m) => m.id).join('|')}
                overlap={overlap}
                lang={state.lang}
                showInNetwork={t.showInNetwork}
                onShow={show}
              />
            ))}
          </ol>
          {page?.more === 'yes' && step > 0 && (
            <button type="button" className="ov-more" aria-disabled={loading} onClick={showMore}>
              {o.showMore(step)}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
