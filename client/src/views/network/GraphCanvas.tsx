// The graph on a Cytoscape canvas, drawn from the view model: rings by distance around the focus, faded or hidden
// elements by the filters, the selection. Cytoscape has no keyboard or screen-reader support, so the canvas is one
// tab stop: arrows move to the neighbour in that direction, Enter opens its details, + / − / 0 zoom, Esc clears.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useAnnounce } from '../../app/status.tsx';
import { useLabels } from '../../app/labels.tsx';
import { useTexts } from '../../app/texts.tsx';
import { graphStyle } from '../../graph/style.ts';
import { stepTo } from './arrow-step.ts';
import type { Position } from './drawing-model.ts';
import { COMMUNITY_COLOURS, type OverlayModel } from './overlay-model.ts';
import { edgeElementId, kindOf, neighboursOf, type ViewModel } from './view-model.ts';

cytoscape.use(fcose);

/** Rings by distance around a focus; a force-directed layout (fCoSE) for a region's network. */
export type LayoutKind = 'rings' | 'force';

/** From this size on, edges are drawn straight without arrows and labels only when zoomed in (Cytoscape's cheap paths). */
export const BULK_FROM = 1000;

/**
 * Performance marks around the first frame of a network, read by the bench (test/bench/suites/client-first-frame.ts):
 * the answer reached the view (NetworkView), and the first frame with its elements was painted (here).
 */
export const NETWORK_DATA_MARK = 'atlas:network-data';
export const NETWORK_PAINTED_MARK = 'atlas:network-painted';

interface Props {
  readonly model: ViewModel;
  readonly layout: LayoutKind;
  /** The server's layout of a large network; null: laid out here. */
  readonly positions: ReadonlyMap<string, Position> | null;
  readonly overlay: OverlayModel;
  /** Pairs drawn as a missing tie (a labelled dashed edge), e.g. the untied providers of an overlap. */
  readonly missing: readonly (readonly [string, string])[];
  readonly hide: boolean;
  readonly selected: string | null;
  readonly onSelect: (id: string | null) => void;
  /** Double-click on a node: expand or collapse it (NetworkView decides). */
  readonly onOpen: (id: string) => void;
  /** Opt-in: draw with Cytoscape's experimental WebGL renderer where the browser has WebGL 2. */
  readonly webgl: boolean;
}

function elementsOf(
  model: ViewModel,
  layout: LayoutKind,
  positions: ReadonlyMap<string, Position> | null,
): ElementDefinition[] {
  const classes = model.nodes.length >= BULK_FROM ? 'bulk' : '';
  return [
    ...model.nodes.map((n) => ({
      group: 'nodes' as const,
      classes,
      // The server's layout, placed as the node is added (a preset layout afterwards would move every node again).
      position: positions?.get(n.id),
      data: {
        id: n.id,
        name: n.name,
        label: n.name,
        kind: kindOf(n),
        distance: n.distance ?? 0,
        isFocus: layout === 'rings' && (n.distance ?? 0) === 0,
      },
    })),
    ...model.edges.map((e) => ({
      group: 'edges' as const,
      classes,
      data: {
        id: edgeElementId(e),
        source: e.source,
        target: e.target,
        type: e.type,
        claim: e.claim ?? 'NONE',
      },
    })),
  ];
}

const ZOOM_STEP = 1.25;

/** Whether this browser can give Cytoscape's WebGL renderer the WebGL 2 context it needs (it does not check). */
export function webglAvailable(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/**
 * The one Cytoscape instance. With `webgl` (opt-in, experimental: EXPLORER.md), the WebGL renderer; should it fail
 * to start, the ordinary canvas renderer instead.
 */
function createCytoscape(container: HTMLDivElement | null, webgl: boolean): Core {
  const options = { container, style: graphStyle(), minZoom: 0.05, maxZoom: 4 };
  if (webgl) {
    try {
      return cytoscape({
        ...options,
        renderer: { name: 'canvas', webgl: true },
      } as cytoscape.CytoscapeOptions);
    } catch {
      // Fall through to the canvas renderer.
    }
  }
  return cytoscape(options);
}

/**
 * Marks the first frame painted with the elements just added: Cytoscape draws in an animation frame and then emits
 * 'render', so the next animation frame only comes once that drawing has been painted.
 */
function markFirstFrame(cy: Core): void {
  cy.one('render', () => requestAnimationFrame(() => performance.mark(NETWORK_PAINTED_MARK)));
}

export function GraphCanvas({
  model,
  layout,
  positions,
  overlay,
  missing,
  hide,
  selected,
  onSelect,
  onOpen,
  webgl,
}: Props) {
  const t = useTexts();
  const labels = useLabels();
  const announce = useAnnounce();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  /** The nodes of the answer whose first frame was marked: a filter redraws the same answer, unmarked. */
  const markedFor = useRef<ViewModel['nodes'] | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  // Layout effects throughout: the canvas is up to date in the same task as the render, before the view reports
  // itself ready (NetworkView). One Cytoscape instance for the life of the view.
  useLayoutEffect(() => {
    const cy = createCytoscape(container.current, webgl && webglAvailable());
    cy.on('tap', 'node, edge', (event) =>
      onSelectRef.current((event.target as cytoscape.SingularElementArgument).id()),
    );
    cy.on('tap', (event) => {
      if (event.target === cy) onSelectRef.current(null);
    });
    cy.on('dbltap', 'node', (event) => onOpenRef.current((event.target as cytoscape.NodeSingular).id()));
    cyRef.current = cy;
    window.__atlas = { cy, ready: window.__atlas?.ready ?? false };
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
    // The renderer is chosen once per instance: NetworkView gives the canvas a new key when it changes.
  }, []);

  // New answer: replace the elements and lay them out in rings by distance.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elementsOf(model, layout, positions));
    });
    // A network laid out by the server (more than a thousand nodes) was placed as it was added: no layout here.
    if (positions === null && layout === 'rings') {
      let maxDistance = 0;
      for (const n of model.nodes) maxDistance = Math.max(maxDistance, n.distance ?? 0);
      cy.layout({
        name: 'concentric',
        concentric: (node) => maxDistance - Number(node.data('distance')),
        levelWidth: () => 1,
        minNodeSpacing: 55,
        animate: false,
      }).run();
    } else if (positions === null) {
      // Draft quality beyond a few hundred nodes (EXPLORER.md); seeded by the node order, so a link redraws alike.
      cy.layout({
        name: 'fcose',
        quality: model.nodes.length > 300 ? 'draft' : 'default',
        randomize: true,
        animate: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 90,
      } as cytoscape.LayoutOptions).run();
    }
    fitView(cy, positions);
    if (model.nodes.length > 0 && markedFor.current !== model.nodes) {
      markedFor.current = model.nodes;
      markFirstFrame(cy);
    }
    setFocused(null);
  }, [model.nodes, model.edges, layout, positions]);

  // Large networks: labels for the nodes in view, once zoomed in far enough to read them.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || model.nodes.length < BULK_FROM) return;
    return followViewportWithLabels(cy);
  }, [model.nodes]);

  // The analysis overlay: badges before the labels, community borders, suggested ties as extra edges.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.remove('edge.suggested, edge.missing');
      cy.nodes().forEach((node) => {
        const badge = overlay.badges.get(node.id());
        const name = String(node.data('name'));
        node.data('label', badge === undefined ? name : `${badge} ${name}`);
        node.toggleClass('marked', badge !== undefined);
        for (let i = 0; i < COMMUNITY_COLOURS; i += 1) node.removeClass(`community-${i}`);
        const community = overlay.communities.get(node.id());
        if (community !== undefined) node.addClass(`community-${community % COMMUNITY_COLOURS}`);
      });
      for (const pair of overlay.suggested) {
        if (cy.getElementById(pair.source).empty() || cy.getElementById(pair.target).empty()) continue;
        cy.add({
          group: 'edges',
          data: { id: `suggested:${pair.source}:${pair.target}`, source: pair.source, target: pair.target },
          classes: 'suggested',
        });
      }
      for (const [source, target] of missing) {
        if (cy.getElementById(source).empty() || cy.getElementById(target).empty()) continue;
        cy.add({
          group: 'edges',
          data: { id: `missing:${source}:${target}`, source, target, label: t.missingTie },
          classes: 'missing',
        });
      }
    });
  }, [overlay, missing, model, t]);

  // Emphasis and the hide switch.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().forEach((element) => {
        const off = model.faded.has(element.id());
        element.toggleClass('faded', off && !hide);
        element.toggleClass('hidden', off && hide);
      });
    });
  }, [model, hide]);

  // The selection follows the state.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements().unselect();
    if (selected) cy.getElementById(selected).select();
  }, [selected, model]);

  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.nodes().removeClass('keyboard-focus');
    if (focused) cy.getElementById(focused).addClass('keyboard-focus');
  }, [focused, model]);

  const describe = (id: string) => {
    const node = model.nodes.find((n) => n.id === id);
    if (!node) return '';
    const count = neighboursOf(model, id).length;
    return `${node.name}, ${labels.kind(kindOf(node))}, ${count} ${t.neighbours}`;
  };

  const moveTo = (id: string | null) => {
    if (id === null) return;
    setFocused(id);
    announce(describe(id));
    const cy = cyRef.current;
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty()) return;
    const at = node.position();
    const view = cy.extent();
    if (at.x < view.x1 || at.x > view.x2 || at.y < view.y1 || at.y > view.y2) cy.center(node);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy) return;
    const zoomBy = (factor: number) =>
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    switch (event.key) {
      case '+':
      case '=':
        zoomBy(ZOOM_STEP);
        break;
      case '-':
        zoomBy(1 / ZOOM_STEP);
        break;
      case '0':
        fitView(cy, positions);
        break;
      case 'Enter':
      case ' ':
        if (focused) onSelect(focused);
        break;
      case 'Escape':
        onSelect(null);
        break;
      case 'ArrowUp':
      case 'ArrowDown':
      case 'ArrowLeft':
      case 'ArrowRight': {
        const from = focused ?? selected;
        if (from === null || cy.getElementById(from).empty()) {
          moveTo(model.nodes.find((n) => (n.distance ?? 0) === 0)?.id ?? model.nodes[0]?.id ?? null);
          break;
        }
        const here = cy.getElementById(from).position();
        const candidates = neighboursOf(model, from)
          .filter((id) => !(hide && model.faded.has(id)))
          .map((id) => ({ id, ...cy.getElementById(id).position() }));
        moveTo(stepTo(here, event.key, candidates) ?? from);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div
      ref={container}
      className="graph"
      tabIndex={0}
      role="application"
      aria-roledescription={t.graph}
      aria-label={`${t.graph}: ${t.nodesShown(model.nodes.length, model.edges.length)}`}
      aria-describedby="graph-keys"
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (focused === null)
          moveTo(selected ?? model.nodes.find((n) => (n.distance ?? 0) === 0)?.id ?? null);
      }}
    />
  );
}

/** Room around the drawing when it is fitted into the canvas, in pixels. */
const FIT_PADDING = 30;

/**
 * Shows the whole drawing. `cy.fit` measures every element's bounding box, labels included, and measuring 12,000
 * label texts took a third of the national network's first frame (issue 11's benchmark) although no label can be
 * read at that zoom; for a server-laid-out network the positions alone give the view.
 */
function fitView(cy: cytoscape.Core, positions: ReadonlyMap<string, Position> | null): void {
  if (positions === null || positions.size === 0) {
    cy.fit(undefined, FIT_PADDING);
    return;
  }
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of positions.values()) {
    x1 = Math.min(x1, x);
    y1 = Math.min(y1, y);
    x2 = Math.max(x2, x);
    y2 = Math.max(y2, y);
  }
  const width = Math.max(cy.width() - 2 * FIT_PADDING, 1);
  const height = Math.max(cy.height() - 2 * FIT_PADDING, 1);
  const wanted = Math.min(width / Math.max(x2 - x1, 1), height / Math.max(y2 - y1, 1));
  const zoom = Math.min(Math.max(wanted, cy.minZoom()), cy.maxZoom());
  cy.viewport({
    zoom,
    pan: { x: cy.width() / 2 - (zoom * (x1 + x2)) / 2, y: cy.height() / 2 - (zoom * (y1 + y2)) / 2 },
  });
}

/** The node labels' font size (graph/style.ts) and the smallest on-screen size that is drawn as readable text. */
const LABEL_FONT_SIZE = 10;
const READABLE_FONT_PX = 9;
/** How long the view must rest before labels follow it: panning does not relabel on every frame. */
const LABEL_DELAY_MS = 120;

/**
 * Gives the `labelled` class (graph/style.ts) to exactly the bulk nodes inside the view while the zoom makes labels
 * readable, and takes it away from the others. Returns the function that stops following the view.
 */
function followViewportWithLabels(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const readable = cy.zoom() * LABEL_FONT_SIZE >= READABLE_FONT_PX;
    const view = cy.extent();
    cy.batch(() => {
      cy.nodes('.bulk').forEach((node) => {
        const { x, y } = node.position();
        const wanted = readable && x >= view.x1 && x <= view.x2 && y >= view.y1 && y <= view.y2;
        if (wanted !== node.hasClass('labelled')) node.toggleClass('labelled', wanted);
      });
    });
  };
  const onViewport = () => {
    clearTimeout(timer);
    timer = setTimeout(update, LABEL_DELAY_MS);
  };
  cy.on('viewport', onViewport);
  update();
  return () => {
    clearTimeout(timer);
    cy.off('viewport', onViewport);
  };
}
