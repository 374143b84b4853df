import type { StylesheetJson } from 'cytoscape';
import type { NodeKind } from './to-elements.ts';

/** One colour per kind of node, chosen to stay apart for the common forms of colour blindness. */
export const KIND_COLOURS: Record<NodeKind, string> = {
  Commissioner: '#d55e00',
  Agency: '#0072b2',
  WelfareOrganisation: '#cc79a7',
  CivilSocietyOrganisation: '#009e73',
  ResearchInstitute: '#56b4e9',
  EducationProvider: '#e69f00',
  Body: '#6a3d9a',
  Program: '#b15928',
  Measure: '#f0e442',
  Topic: '#999999',
  TargetGroup: '#bbbbbb',
  Region: '#dddddd',
  Source: '#eeeeee',
  Other: '#cccccc',
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
