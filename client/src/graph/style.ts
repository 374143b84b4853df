import type { StylesheetJson } from 'cytoscape';
import type { NodeKind } from './to-elements.ts';

/**
 * One colour per kind of node, chosen to stay apart for the common forms of colour blindness. Keyed by the
 * schema's EntityKind (generated), so a kind added to the schema without a colour fails the type check.
 */
export const KIND_COLOURS: Record<NodeKind, string> = {
  COMMISSIONER: '#d55e00',
  AGENCY: '#0072b2',
  WELFARE_ORGANISATION: '#cc79a7',
  CIVIL_SOCIETY_ORGANISATION: '#009e73',
  RESEARCH_INSTITUTE: '#56b4e9',
  EDUCATION_PROVIDER: '#e69f00',
  ECONOMIC_ACTOR: '#1b7837',
  RELIGIOUS_COMMUNITY: '#8c510a',
  BODY: '#6a3d9a',
  UNSPECIFIED_ACTOR: '#707070',
  PROGRAM: '#b15928',
  MEASURE: '#f0e442',
  TOPIC: '#999999',
  TARGET_GROUP: '#bbbbbb',
  REGION: '#dddddd',
  SOURCE: '#eeeeee',
  OTHER: '#cccccc',
};

export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 9,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        width: 18,
        height: 18,
        'border-width': 1,
        'border-color': '#445',
      },
    },
    ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': colour },
    })),
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': '#8893a0',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#8893a0',
        'arrow-scale': 0.6,
        'curve-style': 'bezier',
      },
    },
  ];
}
