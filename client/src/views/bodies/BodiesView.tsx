// The bodies view ("Gremien"): for the chosen region, who sits at which table (a bodies × actors matrix), who sits
// at none, and which bodies lack a kind of member their peers have. Every name opens the network on that actor.
// Three requests (the matrix, the gaps, a page of the region's actors); the view is ready when all have answered.
import { useEffect, useId, useLayoutEffect, useMemo } from 'react';
import type {
  BodyGapsQuery,
  BodyGapsQueryVariables,
  BodyMatrixQuery,
  BodyMatrixQueryVariables,
} from '../../api/generated/operations.ts';
import { Language } from '../../api/generated/schema-enums.ts';
import { useQuery } from '../../api/use-query.ts';
import { useAnnounce } from '../../app/status.tsx';
import { useTexts } from '../../app/texts.tsx';
import type { ViewProps } from '../../app/view-props.ts';
import { RegionPicker } from '../../ui/RegionPicker.tsx';
import { actorsAtNoTable } from './actors-at-no-table.ts';
import { AtNoTableList } from './AtNoTableList.tsx';
import { BODY_GAPS_QUERY, BODY_MATRIX_QUERY } from './bodies-operations.ts';
import { BODIES_TEXTS } from './bodies-texts.ts';
import { membershipIndex } from './body-matrix.ts';
import { BodyGapList } from './BodyGapList.tsx';
import { BodyMatrixSection } from './BodyMatrixSection.tsx';
import { useActorPages } from './use-actor-pages.ts';
import './bodies.css';
import { errorText } from '../../app/error-text.ts';

export function BodiesView({ state, update }: ViewProps) {
  const t = useTexts();
  const b = BODIES_TEXTS[state.lang];
  const announce = useAnnounce();
  const hintId = useId();
  const matrixVariables: BodyMatrixQueryVariables | null =
    state.region === null ? null : { region: state.region, at: state.at, statedOnly: state.statedOnly };
  const gapVariables: BodyGapsQueryVariables | null =
    matrixVariables === null
      ? null
      : { ...matrixVariables, language: state.lang === 'en' ? Language.EN : Language.DE };
  const { data, error, loading } = useQuery<BodyMatrixQuery>(BODY_MATRIX_QUERY, matrixVariables);
  const gaps = useQuery<BodyGapsQuery>(BODY_GAPS_QUERY, gapVariables);
  const actors = useActorPages(state.region, state.at);
  // The previous region's answer stays on screen while the next loads; its name must not label the new one.
  const current = data && !error && data.region?.id === state.region ? data : null;
  const index = useMemo(() => (current ? membershipIndex(current.bodyMemberships) : null), [current]);
  const regionName = current?.region?.name ?? null;
  const busy = loading || gaps.loading || actors.loading;

  // What the live region says once the region has its answer: the first page of its actors decides the count.
  const firstPage = actors.index === 0 && !actors.loading ? (actors.data?.actors ?? null) : null;
  const atNoTable = useMemo(
    () => (index && firstPage ? actorsAtNoTable(firstPage.nodes, index).length : null),
    [index, firstPage],
  );
  const checked = firstPage?.nodes.length ?? 0;
  const total = firstPage?.totalCount ?? 0;

  useLayoutEffect(() => {
    if (window.__atlas) window.__atlas.ready = !busy;
  });
  useEffect(() => {
    if (loading) return;
    if (error) announce(errorText(error, t));
    else if (index && regionName !== null && atNoTable !== null)
      announce(
        total > checked
          ? b.announcePartial(regionName, index.bodies.length, atNoTable, checked, total)
          : b.announce(regionName, index.bodies.length, atNoTable),
      );
  }, [loading, error, index, atNoTable, checked, total, regionName, announce, t, b]);

  const open = (id: string) => update({ view: 'netzwerk', focus: [id], selected: id });

  return (
    <div className="bd-view">
      <h2>{regionName ? b.headingIn(regionName) : b.heading}</h2>
      <p className="bd-text">{b.intro}</p>
      <div className="bd-bar">
        <RegionPicker region={state.region} lang={state.lang} onPick={(region) => update({ region })} />
      </div>
      <p id={hintId} className="visually-hidden">
        {b.openHint}
      </p>

      {state.region === null && <p className="bd-choose">{b.chooseRegion}</p>}
      {loading && <p className="bd-text">{t.loading}</p>}
      {!loading && error && (
        <p className="bd-error" role="alert">
          {error.code === 'NOT_FOUND' ? b.notFound(state.region ?? '') : errorText(error, t)}
        </p>
      )}

      {current && index && regionName !== null && (
        <div className="bd-body" aria-busy={loading}>
          <section className="bd-section" aria-labelledby="bd-matrix-heading">
            <h3 id="bd-matrix-heading">{b.matrixHeading}</h3>
            {index.bodies.length === 0 ? (
              <p className="bd-text">{b.noBodies}</p>
            ) : (
              <>
                <p className="bd-text">{b.summary(index.bodies.length, index.actors.length)}</p>
                {/* Keyed by region: another region starts at its first page with an empty filter. */}
                <BodyMatrixSection
                  key={current.region?.id}
                  index={index}
                  roles={current.vocabulary?.terms ?? []}
                  regionName={regionName}
                  lang={state.lang}
                  hintId={hintId}
                  onOpen={open}
                />
              </>
            )}
          </section>
          <AtNoTableList
            pages={actors}
            seated={index}
            error={actors.error ? errorText(actors.error, t) : null}
            loadingText={t.loading}
            lang={state.lang}
            hintId={hintId}
            onOpen={open}
          />
          <BodyGapList
            key={current.region?.id}
            gaps={gaps.error || gaps.loading ? null : (gaps.data?.bodyGaps ?? null)}
            error={gaps.error ? errorText(gaps.error, t) : null}
            loadingText={t.loading}
            lang={state.lang}
            hintId={hintId}
            onOpen={open}
          />
        </div>
      )}
    </div>
  );
}
