// The bodies view ("Gremien"): for the chosen region, who sits at which table (a bodies × actors matrix), who sits
// at none, and which bodies lack a kind of member their peers have. Every name opens the network on that actor.
import { useEffect, useId, useLayoutEffect, useMemo } from 'react';
import type { BodyMatrixQuery, BodyMatrixQueryVariables } from '../../api/generated/operations.ts';
import { Language } from '../../api/generated/schema-enums.ts';
import { useQuery } from '../../api/use-query.ts';
import { useAnnounce } from '../../app/status.tsx';
import { useTexts } from '../../app/texts.tsx';
import type { ViewProps } from '../../app/view-props.ts';
import { RegionPicker } from '../../ui/RegionPicker.tsx';
import { actorsAtNoTable } from './actors-at-no-table.ts';
import { AtNoTableList } from './AtNoTableList.tsx';
import { BODY_MATRIX_QUERY } from './bodies-operations.ts';
import { BODIES_TEXTS } from './bodies-texts.ts';
import { bodyMatrix } from './body-matrix.ts';
import { BodyGapList } from './BodyGapList.tsx';
import { BodyMatrixTable } from './BodyMatrixTable.tsx';
import './bodies.css';

export function BodiesView({ state, update }: ViewProps) {
  const t = useTexts();
  const b = BODIES_TEXTS[state.lang];
  const announce = useAnnounce();
  const hintId = useId();
  const variables: BodyMatrixQueryVariables | null =
    state.region === null
      ? null
      : {
          region: state.region,
          at: state.at,
          statedOnly: state.statedOnly,
          language: state.lang === 'en' ? Language.EN : Language.DE,
        };
  const { data, error, loading } = useQuery<BodyMatrixQuery>(BODY_MATRIX_QUERY, variables);
  // The previous region's answer stays on screen while the next loads; its name must not label the new one.
  const current = data && !error && data.region?.id === state.region ? data : null;
  const matrix = useMemo(() => (current ? bodyMatrix(current.bodyMemberships) : null), [current]);
  const atNoTable = useMemo(
    () => (current && matrix ? actorsAtNoTable(current.actors.nodes, matrix) : []),
    [current, matrix],
  );
  const regionName = current?.region?.name ?? null;

  useLayoutEffect(() => {
    if (window.__atlas) window.__atlas.ready = !loading;
  });
  useEffect(() => {
    if (loading) return;
    if (error) announce(error.code === 'UNKNOWN' ? t.apiDown : `${t.error}: ${error.message}`);
    else if (matrix && regionName !== null)
      announce(b.announce(regionName, matrix.bodies.length, atNoTable.length));
  }, [loading, error, matrix, atNoTable, regionName, announce, t, b]);

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
          {error.code === 'NOT_FOUND'
            ? b.notFound(state.region ?? '')
            : error.code === 'UNKNOWN'
              ? t.apiDown
              : `${t.error}: ${error.message}`}
        </p>
      )}

      {current && matrix && regionName !== null && (
        <div className="bd-body" aria-busy={loading}>
          <section className="bd-section" aria-labelledby="bd-matrix-heading">
            <h3 id="bd-matrix-heading">{b.matrixHeading}</h3>
            {matrix.bodies.length === 0 ? (
              <p className="bd-text">{b.noBodies}</p>
            ) : (
              <>
                <p className="bd-text">{b.summary(matrix.bodies.length, matrix.rows.length)}</p>
                <BodyMatrixTable
                  matrix={matrix}
                  roles={current.vocabulary?.terms ?? []}
                  regionName={regionName}
                  lang={state.lang}
                  hintId={hintId}
                  onOpen={open}
                />
                {matrix.memberCounts.includes(0) && <p className="bd-note">{b.noMembersNote}</p>}
              </>
            )}
          </section>
          <AtNoTableList
            actors={atNoTable}
            checked={current.actors.nodes.length}
            total={current.actors.totalCount}
            lang={state.lang}
            hintId={hintId}
            onOpen={open}
          />
          <BodyGapList gaps={current.bodyGaps} lang={state.lang} hintId={hintId} onOpen={open} />
        </div>
      )}
    </div>
  );
}
