// The read mix a load test sends: the explorer's own GraphQL documents (imported from the client, not copied), with
// the variables the page sends for the curated data, weighted by how often a coordinator's visit asks each. Every
// page load asks the three start-up questions (labels, site settings, filter terms); then the network view is the
// default tab, so searching, focusing and opening a node's details weigh most; the other tabs' questions follow
// once per visit of the tab. Anonymous, as the page is.
import {
  COVERAGE_GAPS_QUERY,
  COVERAGE_MATRIX_QUERY,
  ENTITY_NAME_QUERY,
} from '../../../client/src/views/gaps/gaps-operations.ts';
import { SITE_QUERY, VOCABULARY_LABELS_QUERY } from '../../../client/src/app/app-operations.ts';
import {
  REGION_CHOICES_QUERY,
  REGION_NAME_QUERY,
  TERMS_QUERY,
} from '../../../client/src/ui/ui-operations.ts';
import {
  GROUP_INITIATIVES_QUERY,
  NETWORK_ANALYSIS_QUERY,
  NETWORK_DRAWING_QUERY,
  NODE_DETAILS_QUERY,
  PATH_QUERY,
  SEARCH_QUERY,
  TOPIC_INITIATIVES_QUERY,
} from '../../../client/src/views/network/network-operations.ts';
import { OVERLAPS_QUERY } from '../../../client/src/views/overlaps/overlaps-operations.ts';
import {
  BODY_ACTORS_QUERY,
  BODY_GAPS_QUERY,
  BODY_MATRIX_QUERY,
} from '../../../client/src/views/bodies/bodies-operations.ts';
import { KREIS_MAP_QUERY, MAP_AREAS_QUERY } from '../../../client/src/views/map/map-operations.ts';

export interface MixEntry {
  /** The operation's name in its document, e.g. `NetworkDrawing`. */
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** Relative frequency in the mix. */
  readonly weight: number;
}

/** Ids of the curated data (seed/curated/atlas.json) and the reference Kreise the variables name. */
const KREIS = 'de-05913'; // Dortmund, in Regierungsbezirk Arnsberg
const LAND = 'de-05';
const ACTOR = 'bezirksregierung-arnsberg';
const OTHER_ACTOR = 'kompetenzzentrum-integration-bra';
const HUB = 'bamf';
const TOPIC = 'sprache-und-bildung';
const GROUP = 'gefluechtete';

/** The page's defaults (client/src/app/url-state.ts): no as-of date, all claims, German. */
const defaults = { at: null, statedOnly: false };

export const EXPLORER_MIX: readonly MixEntry[] = [
  // Every page load, whatever the tab.
  { name: 'VocabularyLabels', query: VOCABULARY_LABELS_QUERY, variables: {}, weight: 6 },
  { name: 'Site', query: SITE_QUERY, variables: {}, weight: 6 },
  { name: 'Terms', query: TERMS_QUERY, variables: {}, weight: 6 },
  // The network tab: search as you type, focus a hit, its details, filters, a path, an overlay.
  { name: 'Search', query: SEARCH_QUERY, variables: { text: 'Integration' }, weight: 6 },
  { name: 'Search', query: SEARCH_QUERY, variables: { text: 'Caritas' }, weight: 4 },
  {
    name: 'NetworkDrawing',
    query: NETWORK_DRAWING_QUERY,
    variables: { focus: [ACTOR], region: null, depth: 1, relationshipTypes: null, limit: 5000, ...defaults },
    weight: 5,
  },
  {
    name: 'NetworkDrawing',
    query: NETWORK_DRAWING_QUERY,
    variables: { focus: [HUB], region: null, depth: 2, relationshipTypes: null, limit: 5000, ...defaults },
    weight: 3,
  },
  {
    name: 'NetworkDrawing',
    query: NETWORK_DRAWING_QUERY,
    variables: { focus: null, region: LAND, depth: 0, relationshipTypes: null, limit: 20000, ...defaults },
    weight: 2,
  },
  { name: 'NodeDetails', query: NODE_DETAILS_QUERY, variables: { id: ACTOR, at: null }, weight: 5 },
  { name: 'NodeDetails', query: NODE_DETAILS_QUERY, variables: { id: HUB, at: null }, weight: 3 },
  { name: 'TopicInitiatives', query: TOPIC_INITIATIVES_QUERY, variables: { id: TOPIC }, weight: 2 },
  { name: 'GroupInitiatives', query: GROUP_INITIATIVES_QUERY, variables: { id: GROUP }, weight: 2 },
  { name: 'Path', query: PATH_QUERY, variables: { from: ACTOR, to: OTHER_ACTOR }, weight: 1 },
  {
    name: 'NetworkAnalysis',
    query: NETWORK_ANALYSIS_QUERY,
    variables: { region: null, language: 'DE', ...defaults },
    weight: 2,
  },
  // A region picker and the name of the chosen region (every region-bound tab).
  { name: 'RegionChoices', query: REGION_CHOICES_QUERY, variables: { text: 'Dort' }, weight: 3 },
  { name: 'RegionName', query: REGION_NAME_QUERY, variables: { id: KREIS }, weight: 3 },
  // The gaps tab for a Kreis, and a gap's details.
  {
    name: 'CoverageMatrix',
    query: COVERAGE_MATRIX_QUERY,
    variables: { region: KREIS, fromAbove: true, ...defaults },
    weight: 2,
  },
  {
    name: 'CoverageGaps',
    query: COVERAGE_GAPS_QUERY,
    variables: { region: KREIS, fromAbove: true, ...defaults },
    weight: 1,
  },
  { name: 'EntityName', query: ENTITY_NAME_QUERY, variables: { id: ACTOR }, weight: 1 },
  // The overlaps tab (the first 50 shown, one more asked to know whether there are more).
  {
    name: 'Overlaps',
    query: OVERLAPS_QUERY,
    variables: {
      region: null,
      minScore: 0.5,
      includeCoordinated: true,
      language: 'DE',
      first: 51,
      ...defaults,
    },
    weight: 2,
  },
  // The bodies tab for a Land.
  { name: 'BodyMatrix', query: BODY_MATRIX_QUERY, variables: { region: LAND, ...defaults }, weight: 1 },
  {
    name: 'BodyGaps',
    query: BODY_GAPS_QUERY,
    variables: { region: LAND, language: 'DE', ...defaults },
    weight: 1,
  },
  {
    name: 'BodyActors',
    query: BODY_ACTORS_QUERY,
    variables: { region: LAND, at: null, after: null },
    weight: 1,
  },
  // The map tab: the Länder to choose from and the Kreise of one.
  { name: 'MapAreas', query: MAP_AREAS_QUERY, variables: {}, weight: 1 },
  {
    name: 'KreisMap',
    query: KREIS_MAP_QUERY,
    variables: { land: LAND, topic: null, targetGroup: null, fromAbove: true, ...defaults },
    weight: 1,
  },
];

/**
 * The mix as a fixed sequence of entries, each as often as its weight, interleaved by a seeded shuffle, so every
 * run sends the same requests in the same order and each connection walks through the whole mix.
 */
export function mixSequence(mix: readonly MixEntry[] = EXPLORER_MIX, seed = 20261130): MixEntry[] {
  const sequence = mix.flatMap((entry) => Array.from({ length: entry.weight }, () => entry));
  let state = seed >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = sequence.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [sequence[i], sequence[j]] = [sequence[j]!, sequence[i]!];
  }
  return sequence;
}
