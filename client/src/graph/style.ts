// The Cytoscape stylesheet: shapes and colours per kind (kind-style.ts), faded and hidden classes for "dim, don't
// hide", the selection, and a keyboard focus ring of at least 3:1.
import type { StylesheetJson } from 'cytoscape';
import { blendWithWhite, FADE_SHARE, KIND_STYLES } from './kind-style.ts';

const EDGE = '#6b7380';

/** Border colours of the communities overlay (Okabe–Ito); the community number is in the label as well. */
export const COMMUNITY_BORDERS = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#d55e00',
  '#cc79a7',
  '#0072b2',
  '#f0e442',
  '#000000',
];
const FOCUS_RING = '#111111';

export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 10,
        color: '#1d2430',
        'text-wrap': 'ellipsis',
        'text-max-width': '130px',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...Object.entries(KIND_STYLES).map(([kind, look]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': look.colour, shape: look.shape },
    })),
    ...Object.entries(KIND_STYLES).map(([kind, look]) => ({
      selector: `node.faded[kind = "${kind}"]`,
      style: { 'background-color': blendWithWhite(look.colour, FADE_SHARE) },
    })),
    { selector: 'node[?isFocus]', style: { width: 34, height: 34, 'font-weight': 'bold' } },
    { selector: 'node.faded', style: { color: '#a0a6ae', 'text-background-opacity': 0 } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': EDGE,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': EDGE,
        'arrow-scale': 0.7,
        'curve-style': 'bezier',
      },
    },
    { selector: 'edge[claim = "INFERRED"]', style: { 'line-style': 'dashed' } },
    {
      selector: 'edge.faded',
      style: {
        'line-color': blendWithWhite(EDGE, FADE_SHARE),
        'target-arrow-color': blendWithWhite(EDGE, FADE_SHARE),
      },
    },
    // Large networks (GraphCanvas BULK_FROM): straight edges without arrows (haystack is Cytoscape's cheapest edge),
    // and labels only once zoomed in far enough to read them.
    {
      selector: 'edge.bulk',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', width: 0.8 },
    },
    // Large networks: a node's label is only set while it is in view at a zoom where it can be read (GraphCanvas's
    // viewport labels): measuring 12,000 label texts cost the national network's first frame about two seconds.
    { selector: 'node.bulk', style: { label: '' } },
    { selector: 'node.bulk.labelled', style: { label: 'data(label)' } },
    { selector: '.hidden', style: { display: 'none' } },
    {
      selector: 'edge.missing',
      style: {
        width: 3,
        'line-style': 'dashed',
        'line-color': '#b00020',
        'target-arrow-shape': 'none',
        label: 'data(label)',
        'font-size': 11,
        color: '#b00020',
        'text-background-color': '#ffffff',
        'text-background-opacity': 1,
      },
    },
    {
      selector: 'node.marked',
      style: { 'border-width': 4, 'border-color': '#111111', 'font-weight': 'bold' },
    },
    ...COMMUNITY_BORDERS.map((colour, i) => ({
      selector: `node.community-${i}`,
      style: { 'border-width': 5, 'border-color': colour },
    })),
    {
      selector: 'edge.suggested',
      style: {
        width: 3,
        'line-style': 'dashed',
        'line-color': '#b3006b',
        'target-arrow-shape': 'none',
        label: '✚',
        'font-size': 12,
        color: '#b3006b',
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f3b57' } },
    {
      selector: 'edge:selected',
      style: { width: 3, 'line-color': '#1f3b57', 'target-arrow-color': '#1f3b57' },
    },
    // The keyboard focus: a thick black border (over 3:1 against white and against every kind's colour, whose
    // own fills are dark) plus a light halo, so it stands out also on a selected node.
    {
      selector: 'node.keyboard-focus',
      style: {
        'border-width': 5,
        'border-color': FOCUS_RING,
        'overlay-color': FOCUS_RING,
        'overlay-padding': 6,
        'overlay-opacity': 0.12,
      },
    },
  ];
}
