// The network view: start from a question (search a node, or choose a region), see the neighbourhood in rings by
// distance or the region's network, widen or narrow it, filter by kind (dim, or hide), read the legend, mark an
// analysis on it (isolated actors, brokers, communities, partners, body gaps), open details, switch to the table.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type {
  NetworkAnalysisQuery,
  NetworkAnalysisQueryVariables,
  PathQuery,
  PathQueryVariables,
  NetworkDrawingQuery,
  NetworkDrawingQueryVariables,
} from '../../api/generated/operations.ts';
import { useQuery } from '../../api/use-query.ts';
import { useAnnounce } from '../../app/status.tsx';
import { useLabels } from '../../app/labels.tsx';
import { useTexts } from '../../app/texts.tsx';
import type { ViewProps } from '../../app/view-props.ts';
import { RegionPicker } from '../../ui/RegionPicker.tsx';
import { KIND_STYLES } from '../../graph/kind-style.ts';
import { DetailsPanel } from './DetailsPanel.tsx';
import { download, viewPng } from './export-png.ts';
import { GraphCanvas, NETWORK_DATA_MARK, webglAvailable } from './GraphCanvas.tsx';
import { ExportLinks } from './ExportLinks.tsx';
import { Legend } from './Legend.tsx';
import { NetworkFilters } from './NetworkFilters.tsx';
import { NETWORK_ANALYSIS_QUERY, PATH_QUERY, NETWORK_DRAWING_QUERY } from './network-operations.ts';
import { NodeTable } from './NodeTable.tsx';
import { overlayModel } from './overlay-model.ts';
import { OverlayPanel } from './OverlayPanel.tsx';
import { SearchBox } from './SearchBox.tsx';
import { useMatchingInitiatives } from './use-matching-initiatives.ts';
import { fromDrawing, NO_NETWORK, type FoundNetwork } from './drawing-model.ts';
import { pathNetwork, viewModel } from './view-model.ts';
import './network.css';
import { errorText } from '../../app/error-text.ts';

/** Nodes asked for around a focus (three steps from a hub reach thousands), and for a region (a whole country). */
const FOCUS_LIMIT = 5000;
const REGION_LIMIT = 20000;

export function NetworkView({ state, update }: ViewProps) {
  const t = useTexts();
  const labels = useLabels();
  const announce = useAnnounce();
  const focused = state.focus.length > 0;
  const pathFrom = state.focus.length === 1 && state.pathTo !== null ? state.focus[0]! : null;
  const byRegion = !focused && state.region !== null;
  const relationshipTypes = state.relationshipTypes.length > 0 ? [...state.relationshipTypes] : null;
  const matching = useMatchingInitiatives(state.topic, state.targetGroup);
  const paths = useQuery<PathQuery>(
    PATH_QUERY,
    pathFrom !== null && state.pathTo !== null
      ? ({ from: pathFrom, to: state.pathTo } satisfies PathQueryVariables)
      : null,
  );
  const drawn = useQuery<NetworkDrawingQuery>(
    NETWORK_DRAWING_QUERY,
    focused && pathFrom === null
      ? ({
          focus: [...state.focus],
          region: null,
          depth: state.depth,
          at: state.at,
          statedOnly: state.statedOnly,
          relationshipTypes,
          limit: FOCUS_LIMIT,
        } satisfies NetworkDrawingQueryVariables)
      : byRegion && state.region !== null
        ? ({
            focus: null,
            region: state.region,
            depth: 0,
            at: state.at,
            statedOnly: state.statedOnly,
            relationshipTypes,
            limit: REGION_LIMIT,
          } satisfies NetworkDrawingQueryVariables)
        : null,
  );
  const analysis = useQuery<NetworkAnalysisQuery>(
    NETWORK_ANALYSIS_QUERY,
    state.overlay === 'keine'
      ? null
      : ({
          region: state.region,
          at: state.at,
          statedOnly: state.statedOnly,
          language: state.lang === 'en' ? 'EN' : 'DE',
        } satisfies NetworkAnalysisQueryVariables),
  );
  const current = pathFrom !== null ? paths : drawn;
  const { error, loading } = current;
  const network = useMemo((): FoundNetwork => {
    if (pathFrom !== null)
      return paths.data ? { ...pathNetwork(paths.data.path), positions: null } : NO_NETWORK;
    const drawing = drawn.data?.networkDrawing;
    if (!drawing) return NO_NETWORK;
    // Once per answer (the memo's inputs): the bench times from here, before the columns become objects, to the
    // first frame GraphCanvas paints with them.
    performance.mark(NETWORK_DATA_MARK);
    return fromDrawing(drawing);
  }, [pathFrom, paths.data, drawn.data]);
  const answered = current.data !== null && current.data !== undefined;
  const noPath = pathFrom !== null && !paths.loading && paths.data?.path.length === 0;
  const model = useMemo(
    () => viewModel(network, state.kinds, matching.ids),
    [network, state.kinds, matching.ids],
  );
  const overlay = useMemo(
    () =>
      overlayModel(state.overlay, analysis.loading ? null : analysis.data, {
        isolated: t.isolatedDetail,
        cutsOff: t.cutsOff,
        betweenness: t.betweennessDetail,
        community: t.communityLabel,
      }),
    [state.overlay, analysis.data, analysis.loading, t],
  );
  const busy = loading || analysis.loading || matching.loading;

  // In the same task as the render that changed the question, so a test never sees an old answer as ready.
  useLayoutEffect(() => {
    if (window.__atlas) window.__atlas.ready = !busy;
  });
  useEffect(() => {
    if (loading) return;
    if (error) announce(errorText(error, t));
    else if (answered) announce(t.nodesShown(network.nodes.length, network.edges.length));
  }, [loading, error, answered, network, announce, t]);

  const select = (id: string | null) => update({ selected: id });
  const exportPng = async () => {
    const cy = window.__atlas?.cy;
    if (!cy) return;
    const question = focused
      ? state.focus.map((id) => model.nodes.find((n) => n.id === id)?.name ?? id).join(', ')
      : (state.region ?? '');
    const kinds = state.kinds.map((k) => labels.kind(k)).join(', ');
    const blob = await viewPng(cy, {
      title: `${t.title} — ${t.views.netzwerk}`,
      lines: [
        `${t.asOf}: ${state.at ?? `${t.today} (${new Date().toISOString().slice(0, 10)})`}`,
        `${t.question}: ${question}${focused ? ` (${t.depth}: ${state.depth})` : ''}`,
        `${t.filtersLine}: ${[kinds || t.allKinds, state.statedOnly ? t.statedOnly : '', state.overlay !== 'keine' ? `${t.analysis}: ${t.overlays[state.overlay]}` : ''].filter(Boolean).join('; ')}`,
        window.location.href,
      ],
      legend: model.legend.map((row) => ({
        label: labels.kind(row.kind),
        colour: KIND_STYLES[row.kind].colour,
        count: row.emphasised === row.count ? `${row.count}` : `${row.emphasised} / ${row.count}`,
      })),
      sourcesTitle: t.sources,
      sources: [...new Set(model.edges.flatMap((e) => e.sources))].sort(),
    });
    download(blob, 'integration-atlas-netzwerk.png');
  };
  const focusOn = (id: string) => update({ focus: [id], selected: id, missingTies: [], pathTo: null });
  /**
   * Double-click on a node: in a neighbourhood, add its neighbours (expand), or take them away again when it was
   * added (collapse; the last focus stays); in a region's network or on a path, open its own neighbourhood.
   */
  const open = (id: string) => {
    if (!focused || pathFrom !== null) focusOn(id);
    else if (!state.focus.includes(id)) update({ focus: [...state.focus, id], selected: id });
    else if (state.focus.length > 1) update({ focus: state.focus.filter((f) => f !== id), selected: id });
  };
  const status = loading
    ? t.loading
    : error
      ? errorText(error, t)
      : !focused && !byRegion
        ? `${t.searchHint} ${t.regionHint}`
        : noPath
          ? t.noPath
          : `${t.nodesShown(model.nodes.length, model.edges.length)}${network.truncated ? ` — ${t.truncated}` : ''}`;

  return (
    <div className="network-view">
      <aside className="controls" aria-label={t.filters}>
        <SearchBox onPick={focusOn} />
        {focused ? (
          <div className="depth" role="group" aria-label={t.depth}>
            <span>
              {t.depth}: {state.depth}
            </span>
            <button
              type="button"
              disabled={state.depth <= 1}
              onClick={() => update({ depth: state.depth - 1 })}
            >
              {t.narrow}
            </button>
            <button
              type="button"
              disabled={state.depth >= 3}
              onClick={() => update({ depth: state.depth + 1 })}
            >
              {t.widen}
            </button>
            <button type="button" onClick={() => update({ focus: [], selected: null, pathTo: null })}>
              {state.region !== null ? t.regionNetwork : t.close}
            </button>
          </div>
        ) : null}
        {pathFrom !== null ? (
          <button type="button" onClick={() => update({ pathTo: null })}>
            {t.closePath}
          </button>
        ) : null}
        <RegionPicker
          region={state.region}
          lang={state.lang}
          onPick={(region) => update({ region, focus: [], selected: null })}
        />
        <label className="switch">
          <input type="checkbox" checked={state.hide} onChange={(e) => update({ hide: e.target.checked })} />{' '}
          {t.hide}
        </label>
        <label className="switch">
          <input
            type="checkbox"
            checked={state.webgl}
            onChange={(e) => update({ webgl: e.target.checked })}
          />{' '}
          {t.webgl}
        </label>
        {state.webgl && !webglAvailable() ? <p className="hint">{t.webglUnavailable}</p> : null}
        <NetworkFilters state={state} update={update} />
        <Legend legend={model.legend} kinds={state.kinds} onKinds={(kinds) => update({ kinds })} />
        {state.kinds.length > 0 ? (
          <button type="button" onClick={() => update({ kinds: [] })}>
            {t.allKinds}
          </button>
        ) : null}
        <ExportLinks region={state.region} kinds={state.kinds} />
        <OverlayPanel
          overlay={state.overlay}
          model={overlay}
          loading={analysis.loading}
          onOverlay={(o) => update({ overlay: o })}
          onSelect={(id) => (model.nodes.some((n) => n.id === id) ? select(id) : focusOn(id))}
        />
      </aside>
      <section className="canvas-area" aria-label={state.table ? t.table : t.graph}>
        <div className="canvas-bar">
          <p className="canvas-status">{status}</p>
          <div className="canvas-actions">
            {!state.table && model.nodes.length > 0 ? (
              <button type="button" onClick={() => void exportPng()}>
                {t.png}
              </button>
            ) : null}
            <button type="button" aria-pressed={state.table} onClick={() => update({ table: !state.table })}>
              {state.table ? t.graph : t.table}
            </button>
          </div>
        </div>
        <p id="graph-keys" className="visually-hidden">
          {t.graphKeys}
        </p>
        {state.table ? (
          <NodeTable model={model} hide={state.hide} selected={state.selected} onSelect={select} />
        ) : (
          <GraphCanvas
            key={state.webgl ? 'webgl' : 'canvas'}
            webgl={state.webgl}
            model={model}
            layout={focused ? 'rings' : 'force'}
            positions={network.positions}
            overlay={overlay}
            missing={state.missingTies}
            hide={state.hide}
            selected={state.selected}
            onSelect={select}
            onOpen={open}
          />
        )}
      </section>
      {state.selected ? (
        <DetailsPanel
          id={state.selected}
          model={model}
          at={state.at}
          lang={state.lang}
          onSelect={select}
          onExpand={
            state.focus.includes(state.selected) || pathFrom !== null
              ? null
              : (id) => update({ focus: [...state.focus, id] })
          }
          onCollapse={
            state.focus.includes(state.selected) && state.focus.length > 1 && pathFrom === null
              ? (id) => update({ focus: state.focus.filter((f) => f !== id) })
              : null
          }
          onPath={(from, to) => update({ focus: [from], pathTo: to, selected: null })}
        />
      ) : null}
    </div>
  );
}
