// The whole state of a view lives in the URL's query string, so a link reproduces what the sender saw: the view,
// the focus and depth, the region, the as-of date, the filters, the selection and the switches. Parsing is
// forgiving (a malformed or hostile value falls back to its default, never throws) and bounded.
import { EntityKind, RelationshipType } from '../api/generated/schema-enums.ts';

/** The views the header offers as tabs. */
export const TABS = ['netzwerk', 'luecken', 'ueberschneidungen', 'gremien', 'karte'] as const;
/** Every view: the tabs, and the accessibility statement that the footer links to. */
export const VIEWS = [...TABS, 'barrierefreiheit'] as const;
export type View = (typeof VIEWS)[number];

/** What the network view marks on top of the graph (the network analyses). */
export const OVERLAYS = [
  'keine',
  'isoliert',
  'vermittler',
  'gemeinschaften',
  'partner',
  'gremienluecken',
] as const;
export type Overlay = (typeof OVERLAYS)[number];

export const LANGUAGES = ['de', 'en'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

/** How many nodes a link may focus on at once (the API's `network(focus)` takes up to 50). */
export const MAX_FOCUS = 50;
const MAX_ID_LENGTH = 200;

export interface AtlasState {
  readonly view: View;
  readonly lang: UiLanguage;
  /** Ids the network view starts from; empty: nothing focused yet (the page asks a question first). */
  readonly focus: readonly string[];
  /** Steps out from the focus, 1–3. */
  readonly depth: number;
  /** The region of the gap matrix, the overlap list and the body matrix. */
  readonly region: string | null;
  /** The as-of day (`YYYY-MM-DD`); null: today. */
  readonly at: string | null;
  readonly statedOnly: boolean;
  /** Kinds shown emphasised; empty: every kind. Others are dimmed (or hidden with `hide`). */
  readonly kinds: readonly EntityKind[];
  readonly hide: boolean;
  /** Opt-in: draw the network with Cytoscape's experimental WebGL renderer (where the browser has WebGL 2). */
  readonly webgl: boolean;
  /** The selected node or edge id (details panel). */
  readonly selected: string | null;
  /** The table instead of the graph. */
  readonly table: boolean;
  readonly perCapita: boolean;
  readonly fromAbove: boolean;
  /** The chosen cell of the gap matrix: topic and target group ids. */
  readonly topic: string | null;
  readonly targetGroup: string | null;
  /** The network analysis marked on the graph. */
  readonly overlay: Overlay;
  /** With one focus: show the shortest paths from it to this actor instead of its neighbourhood. */
  readonly pathTo: string | null;
  /** Only relationships of these types in the network (empty: the API's default, all but SOURCED_FROM). */
  readonly relationshipTypes: readonly RelationshipType[];
  /** Pairs of nodes with no tie that the view should draw as missing (from the overlap list). */
  readonly missingTies: readonly (readonly [string, string])[];
}

export const DEFAULT_STATE: AtlasState = {
  view: 'netzwerk',
  lang: 'de',
  focus: [],
  depth: 1,
  region: null,
  at: null,
  statedOnly: false,
  kinds: [],
  hide: false,
  webgl: false,
  selected: null,
  table: false,
  perCapita: false,
  fromAbove: true,
  topic: null,
  targetGroup: null,
  overlay: 'keine',
  pathTo: null,
  relationshipTypes: [],
  missingTies: [],
};

/** How many missing ties a link may draw. */
export const MAX_MISSING_TIES = 20;

const KINDS: ReadonlySet<string> = new Set(Object.values(EntityKind));
const RELATIONSHIP_TYPES: ReadonlySet<string> = new Set(Object.values(RelationshipType));

function id(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= MAX_ID_LENGTH ? trimmed : null;
}

function oneOf<T extends string>(list: readonly T[], value: string | null, fallback: T): T {
  return (list as readonly string[]).includes(value ?? '') ? (value as T) : fallback;
}

function flag(value: string | null, fallback: boolean): boolean {
  if (value === '1') return true;
  if (value === '0') return false;
  return fallback;
}

/** A real calendar day between 1900 and 2100, else null. */
export function validDay(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && year >= 1900 && year <= 2100
    ? value
    : null;
}

export function parseState(search: string): AtlasState {
  const q = new URLSearchParams(search);
  const list = (name: string) =>
    (q.get(name) ?? '')
      .split(',')
      .map((part) => id(part))
      .filter((part): part is string => part !== null);
  const depth = Number(q.get('tiefe'));
  return {
    view: oneOf(VIEWS, q.get('ansicht'), DEFAULT_STATE.view),
    lang: oneOf(LANGUAGES, q.get('sprache'), DEFAULT_STATE.lang),
    focus: [...new Set(list('fokus'))].slice(0, MAX_FOCUS),
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : DEFAULT_STATE.depth,
    region: id(q.get('region')),
    at: validDay(q.get('stichtag')),
    statedOnly: flag(q.get('belegt'), DEFAULT_STATE.statedOnly),
    kinds: [...new Set(list('arten').filter((kind) => KINDS.has(kind)))] as EntityKind[],
    hide: flag(q.get('ausblenden'), DEFAULT_STATE.hide),
    webgl: flag(q.get('webgl'), DEFAULT_STATE.webgl),
    selected: id(q.get('auswahl')),
    table: flag(q.get('tabelle'), DEFAULT_STATE.table),
    perCapita: flag(q.get('jeEinwohner'), DEFAULT_STATE.perCapita),
    fromAbove: flag(q.get('vonOben'), DEFAULT_STATE.fromAbove),
    topic: id(q.get('thema')),
    targetGroup: id(q.get('zielgruppe')),
    overlay: oneOf(OVERLAYS, q.get('analyse'), DEFAULT_STATE.overlay),
    pathTo: id(q.get('weg')),
    relationshipTypes: [
      ...new Set(list('beziehungen').filter((type) => RELATIONSHIP_TYPES.has(type))),
    ] as RelationshipType[],
    missingTies: (q.get('fehlt') ?? '')
      .split(',')
      .map((pair) => pair.split('~').map((part) => id(part)))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== null && pair[1] !== null)
      .slice(0, MAX_MISSING_TIES),
  };
}

/** The query string for a state; values at their default are left out, so links stay short. */
export function formatState(state: AtlasState): string {
  const q = new URLSearchParams();
  const put = (name: string, value: string | null, fallback: string | null) => {
    if (value !== null && value !== fallback) q.set(name, value);
  };
  const bit = (value: boolean) => (value ? '1' : '0');
  put('ansicht', state.view, DEFAULT_STATE.view);
  put('sprache', state.lang, DEFAULT_STATE.lang);
  if (state.focus.length > 0) q.set('fokus', state.focus.join(','));
  put('tiefe', String(state.depth), String(DEFAULT_STATE.depth));
  put('region', state.region, null);
  put('stichtag', state.at, null);
  put('belegt', bit(state.statedOnly), bit(DEFAULT_STATE.statedOnly));
  if (state.kinds.length > 0) q.set('arten', state.kinds.join(','));
  put('ausblenden', bit(state.hide), bit(DEFAULT_STATE.hide));
  put('webgl', bit(state.webgl), bit(DEFAULT_STATE.webgl));
  put('auswahl', state.selected, null);
  put('tabelle', bit(state.table), bit(DEFAULT_STATE.table));
  put('jeEinwohner', bit(state.perCapita), bit(DEFAULT_STATE.perCapita));
  put('vonOben', bit(state.fromAbove), bit(DEFAULT_STATE.fromAbove));
  put('thema', state.topic, null);
  put('zielgruppe', state.targetGroup, null);
  put('analyse', state.overlay, DEFAULT_STATE.overlay);
  put('weg', state.pathTo, null);
  if (state.relationshipTypes.length > 0) q.set('beziehungen', state.relationshipTypes.join(','));
  if (state.missingTies.length > 0) q.set('fehlt', state.missingTies.map((pair) => pair.join('~')).join(','));
  const text = q.toString();
  return text === '' ? '' : `?${text}`;
}
