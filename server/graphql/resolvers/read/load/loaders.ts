// The batch loaders of one request, created on first use and dropped with the request's context. Every nested
// field goes through one of them, so a list of 100 actors asking for their memberships costs one statement. They
// stop with the request (its deadline's signal); `ctx.db` is bound to the same deadline.
import { cypherFile } from '../../../../db/cypher-file.ts';
import type { Database, Row } from '../../../../db/database.ts';
import type { AtlasContext } from '../../../context.ts';
import { toEntityRecord, toEntityRecords, type EntityRecord } from '../model/entity-record.ts';
import { toLinkRecords, type LinkRecord } from '../model/link-record.ts';
import { toOfferRecords, type OfferRecord } from '../model/offer-record.ts';
import { termKey, toTermRecord, type TermRecord } from '../model/term-record.ts';
import { BatchLoader } from './batch-loader.ts';
import { MUTUAL_TYPES, type LinkSpec } from './links.ts';

const NODE = cypherFile('queries/node');
const LINKS = cypherFile('queries/links');
const TERMS = cypherFile('queries/terms');
const REGION_ANCESTORS = cypherFile('queries/region-ancestors');
const PROGRAM_MEASURES = cypherFile('queries/program-measures');
const TERM_NARROWER = cypherFile('queries/term-narrower');
const NARROWER_NODES = cypherFile('queries/narrower-nodes');
const REGION_OFFERS = cypherFile('queries/region-offers');

/** The arguments of Region.offers, resolved (defaults applied). */
export interface OfferOptions {
  readonly activeAt: string | null;
  readonly statedOnly: boolean;
  readonly fromAbove: boolean;
}

export interface ReadLoaders {
  readonly nodes: BatchLoader<EntityRecord | null>;
  readonly terms: BatchLoader<TermRecord | null>;
  readonly regionAncestors: BatchLoader<EntityRecord[]>;
  readonly programMeasures: BatchLoader<EntityRecord[]>;
  /** Keyed like `terms` (vocabulary:key). */
  readonly termNarrower: BatchLoader<TermRecord[]>;
  readonly narrowerNodes: BatchLoader<EntityRecord[]>;
  links(spec: LinkSpec): BatchLoader<LinkRecord[]>;
  regionOffers(options: OfferOptions): BatchLoader<OfferRecord[]>;
}

const perRequest = new WeakMap<AtlasContext, ReadLoaders>();

export function loaders(ctx: AtlasContext): ReadLoaders {
  let found = perRequest.get(ctx);
  if (!found) {
    found = createLoaders(ctx.db, ctx.deadline.signal);
    perRequest.set(ctx, found);
  }
  return found;
}

/** Rows of {id, <column>} → Map id → value. */
function byId<V>(rows: readonly Row[], column: string, map: (value: unknown) => V): Map<string, V> {
  return new Map(rows.map((row) => [String(row.id), map(row[column])]));
}

function splitTermKeys(keys: readonly string[]) {
  return keys.map((k) => {
    const [vocabulary, key] = k.split(':');
    return { vocabulary, key };
  });
}

function createLoaders(db: Database, signal: AbortSignal | undefined): ReadLoaders {
  const linkLoaders = new Map<string, BatchLoader<LinkRecord[]>>();
  const offerLoaders = new Map<string, BatchLoader<OfferRecord[]>>();
  return {
    nodes: new BatchLoader(
      async (ids) => byId(await db.read(NODE, { ids }), 'node', toEntityRecord),
      null,
      signal,
    ),
    terms: new BatchLoader(
      async (keys) => {
        const rows = await db.read(TERMS, { keys: splitTermKeys(keys) });
        return new Map(
          rows.map((row) => [termKey(String(row.vocabulary), String(row.key)), toTermRecord(row.term)]),
        );
      },
      null,
      signal,
    ),
    regionAncestors: new BatchLoader(
      async (ids) => byId(await db.read(REGION_ANCESTORS, { ids }), 'ancestors', toEntityRecords),
      [],
      signal,
    ),
    programMeasures: new BatchLoader(
      async (ids) => byId(await db.read(PROGRAM_MEASURES, { ids }), 'measures', toEntityRecords),
      [],
      signal,
    ),
    termNarrower: new BatchLoader(
      async (keys) => {
        const rows = await db.read(TERM_NARROWER, { keys: splitTermKeys(keys) });
        return new Map(
          rows.map((row) => [
            termKey(String(row.vocabulary), String(row.key)),
            (Array.isArray(row.terms) ? row.terms : [])
              .map(toTermRecord)
              .filter((t): t is TermRecord => t !== null),
          ]),
        );
      },
      [],
      signal,
    ),
    narrowerNodes: new BatchLoader(
      async (ids) => byId(await db.read(NARROWER_NODES, { ids }), 'narrower', toEntityRecords),
      [],
      signal,
    ),
    regionOffers(options) {
      const name = JSON.stringify(options);
      let loader = offerLoaders.get(name);
      if (!loader) {
        loader = new BatchLoader(
          async (ids) => byId(await db.read(REGION_OFFERS, { ids, ...options }), 'offers', toOfferRecords),
          [],
          signal,
        );
        offerLoaders.set(name, loader);
      }
      return loader;
    },
    links(spec) {
      let loader = linkLoaders.get(spec.name);
      if (!loader) {
        loader = new BatchLoader(
          async (ids) => {
            const rows = await db.read(LINKS, {
              ids,
              types: spec.types,
              direction: spec.direction,
              otherLabels: spec.otherLabels,
              mutualTypes: MUTUAL_TYPES,
            });
            return byId(rows, 'links', toLinkRecords);
          },
          [],
          signal,
        );
        linkLoaders.set(spec.name, loader);
      }
      return loader;
    },
  };
}
