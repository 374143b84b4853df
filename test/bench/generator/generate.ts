// `generateTier(tier, seed)`: one synthetic document in the atlas import format, to be imported on top of the curated
// dataset and the reference Kreise. Deterministic: every part draws from its own stream, forked from the seed by a
// label (the Land's or Kreis's code), so a Kreis comes out the same in every tier that holds it at the same detail,
// and the same tier and seed give the same document.
import { FORMAT_VERSION, type AtlasDocumentInput } from '../../../server/domain/atlas-document.ts';
import { allocateByPopulation, perPopulation } from './allocate.ts';
import { DAY, DocBuilder, SOURCE_ID, type SourceInput } from './builder.ts';
import { FIGURES } from './figures.ts';
import { addKreis, type KreisPlan } from './kreis.ts';
import { addLand, type LandIds } from './land.ts';
import { addLocal } from './local.ts';
import { MODEL_PROJECTS } from './model-projects.ts';
import { addNational } from './national.ts';
import { addKreisNetwork } from './network.ts';
import { loadReference, type Kreis, type Reference } from './reference.ts';
import { createRng } from './rng.ts';
import { TIERS, type Tier, type TierName } from './tiers.ts';
import { missingVocabulary } from './vocabulary.ts';

export const DEFAULT_SEED = 1;

export function generateTier(
  name: TierName,
  seed: number = DEFAULT_SEED,
  reference: Reference = loadReference(),
): AtlasDocumentInput {
  const missing = missingVocabulary();
  if (missing.length > 0) throw new Error(`the curated dataset lacks: ${missing.join(', ')}`);
  const tier = TIERS[name];
  const root = createRng(seed);
  const b = new DocBuilder(root.fork('claims'));

  const all = reference.kreise;
  const inScope = all.filter((k) => isInScope(tier, k));
  if (inScope.length === 0) throw new Error(`tier ${name} selects no Kreis`);
  const plans = planKreise(all, root.fork('plans'));

  const national = addNational(b);
  const laender = new Map<string, LandIds>();
  for (const land of reference.laender) {
    if (!inScope.some((k) => k.land.id === land.id)) continue;
    laender.set(land.id, addLand(b, root.fork(`land-${land.code}`), national, land));
  }
  for (const kreis of inScope) {
    const land = laender.get(kreis.land.id)!;
    const rng = root.fork(`kreis-${kreis.code}`);
    const ids = addKreis(b, rng, national, land, kreis, plans.get(kreis.id)!);
    const local =
      tier.localPer100k > 0
        ? addLocal(b, root.fork(`local-${kreis.code}`), ids, {
            gemeinden: tier.gemeinden,
            count: perPopulation(kreis, tier.localPer100k),
          })
        : [];
    addKreisNetwork(b, root.fork(`network-${kreis.code}`), ids, land, local);
  }

  const source: SourceInput = {
    id: SOURCE_ID,
    title: 'Synthetische Benchmark-Daten – keine realen Fakten',
    publisher: 'Integration Atlas, test/bench/generator (npm run generate)',
    language: 'de',
    published: DAY.slice(0, 4),
    dateRead: DAY,
    note: `Invented data for benchmarks and load tests: tier ${tier.name} (${tier.represents}), seed ${seed}. Names start with "Beispiel-"; regions other than the synthetic Gemeinden are real, everything placed in them is not. Figures it is shaped on: docs/benchmark-data.md.`,
  };
  return {
    format: FORMAT_VERSION,
    sources: [source],
    regions: b.regions,
    actors: b.actors,
    programs: b.programs,
    measures: b.measures,
    relationships: b.relationships,
  };
}

function isInScope(tier: Tier, kreis: Kreis): boolean {
  switch (tier.scope.kind) {
    case 'kreis':
      return kreis.id === tier.scope.kreis;
    case 'land':
      return kreis.land.id === tier.scope.land;
    case 'country':
      return true;
  }
}

/**
 * What each of the 400 Kreise gets, decided once for the whole country so that every tier holds the same share:
 * national totals spread by population, and the pilot places of the model projects drawn with weight by population.
 */
function planKreise(
  kreise: readonly Kreis[],
  rng: ReturnType<typeof createRng>,
): ReadonlyMap<string, KreisPlan> {
  const mbe = allocateByPopulation(kreise, FIGURES.mbeOffices.value, 1);
  const jmd = allocateByPopulation(kreise, FIGURES.jmdOffices.value);
  const pilots = new Map<string, number[]>();
  MODEL_PROJECTS.forEach((project, index) => {
    const pool = [...kreise];
    for (let n = 0; n < project.pilots && pool.length > 0; n++) {
      const kreis = rng.weighted(pool, (k) => Math.sqrt(k.population));
      pool.splice(pool.indexOf(kreis), 1);
      pilots.set(kreis.id, [...(pilots.get(kreis.id) ?? []), index]);
    }
  });
  return new Map(
    kreise.map((kreis) => [
      kreis.id,
      {
        mbe: mbe.get(kreis.id)!,
        jmd: jmd.get(kreis.id)!,
        courseProviders: perPopulation(kreis, FIGURES.courseProvidersPer100k.value, 1),
        migrantOrganisations: perPopulation(kreis, FIGURES.migrantOrganisationsPer100k.value, 1),
        pilots: pilots.get(kreis.id) ?? [],
      },
    ]),
  );
}
