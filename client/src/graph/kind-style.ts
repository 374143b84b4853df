// How each kind of node looks: a shape of its own and a colour, so kinds never differ by colour alone (WCAG 1.4.1),
// every colour at least 3:1 against the white canvas (WCAG 1.4.11; a unit test measures it), and a pre-blended
// light colour for fading — Cytoscape draws semi-transparent elements at less than half the speed of opaque ones.
import type { Css } from 'cytoscape';
import type { NodeKind } from './to-elements.ts';

export interface KindStyle {
  readonly colour: string;
  readonly shape: Css.NodeShape;
}

/** Keyed by the schema's EntityKind (generated): a kind added to the schema without a style fails the type check. */
export const KIND_STYLES: Readonly<Record<NodeKind, KindStyle>> = {
  COMMISSIONER: { colour: '#b34700', shape: 'star' },
  AGENCY: { colour: '#0b5fa5', shape: 'round-rectangle' },
  WELFARE_ORGANISATION: { colour: '#a3306b', shape: 'ellipse' },
  CIVIL_SOCIETY_ORGANISATION: { colour: '#00745a', shape: 'hexagon' },
  RESEARCH_INSTITUTE: { colour: '#3d5a99', shape: 'diamond' },
  EDUCATION_PROVIDER: { colour: '#8a5300', shape: 'pentagon' },
  ECONOMIC_ACTOR: { colour: '#2e6b1f', shape: 'rhomboid' },
  RELIGIOUS_COMMUNITY: { colour: '#6e4a2a', shape: 'octagon' },
  BODY: { colour: '#5b2f91', shape: 'barrel' },
  UNSPECIFIED_ACTOR: { colour: '#595959', shape: 'cut-rectangle' },
  PROGRAM: { colour: '#a1301f', shape: 'tag' },
  MEASURE: { colour: '#7a6000', shape: 'triangle' },
  TOPIC: { colour: '#4f6b73', shape: 'round-tag' },
  TARGET_GROUP: { colour: '#6b4f73', shape: 'vee' },
  REGION: { colour: '#5a6650', shape: 'rectangle' },
  SOURCE: { colour: '#666666', shape: 'bottom-round-rectangle' },
  OTHER: { colour: '#707070', shape: 'round-triangle' },
};

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The colour mixed with white: `share` of the colour, the rest white (opaque, for fading). */
export function blendWithWhite(hex: string, share: number): string {
  const mixed = channels(hex).map((c) => Math.round(c * share + 255 * (1 - share)));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance and contrast ratio. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = channels(hex).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** How much colour a faded node keeps. */
export const FADE_SHARE = 0.22;
