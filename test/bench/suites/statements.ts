// Cypher statements per read operation: every operation the explorer sends, once, against the tier's server,
// counted by the server itself (the Server-Timing header, ATLAS_SERVER_TIMING). The goal is one statement per
// read; the analyses also read the data version first (analysis-cache.ts), which is a second, small one.
import { Kind, parse } from 'graphql';
import { ALL_OPERATIONS } from '../../../client/src/api/operations.ts';
import type { BenchContext } from '../harness/bench-context.ts';
import { dataOf, postGraphql } from '../harness/post-graphql.ts';
import type { FigureResult } from '../harness/report.ts';
import { drawRegion, regionVariables } from './network.ts';
import { TERMS_QUERY } from '../../../client/src/ui/ui-operations.ts';

/** Ids the operations need, taken from the tier's data. */
export interface SampleIds {
  readonly land: string;
  readonly actor: string;
  readonly otherActor: string;
  readonly topic: string;
  readonly targetGroup: string;
}

/** Variables per operation name; an operation missing here fails the run, so a new one cannot be forgotten. */
function variablesFor(ids: SampleIds): Record<string, Record<string, unknown>> {
  const view = { at: null, statedOnly: false };
  return {
    Network: { limit: 500 },
    VocabularyLabels: {},
    Site: {},
    RegionChoices: { text: 'Köln' },
    RegionName: { id: ids.land },
    Terms: {},
    Search: { text: 'Beispiel Jobcenter' },
    NetworkDrawing: regionVariables(ids.land),
    NetworkAnalysis: { region: ids.land, ...view, language: 'DE' },
    Path: { from: ids.actor, to: ids.otherActor },
    TopicInitiatives: { id: ids.topic },
    GroupInitiatives: { id: ids.targetGroup },
    NodeDetails: { id: ids.actor, at: null },
    CoverageMatrix: { region: ids.land, ...view, fromAbove: true },
    CoverageGaps: { region: ids.land, ...view, fromAbove: true },
    EntityName: { id: ids.actor },
    Overlaps: {
      region: ids.land,
      ...view,
      minScore: 0.5,
      includeCoordinated: false,
      language: 'DE',
      first: 50,
    },
    BodyMatrix: { region: ids.land, ...view },
    BodyGaps: { region: ids.land, ...view, language: 'DE' },
    BodyActors: { region: ids.land, at: null, after: null },
    KreisMap: {
      land: ids.land,
      topic: null,
      targetGroup: null,
      ...view,
      fromAbove: true,
    },
    MapAreas: {},
  };
}

/** The fields the operation asks at its top level. */
function rootFields(operation: string): number {
  const definition = parse(operation).definitions[0];
  if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
  return definition.selectionSet.selections.length;
}

export async function statementsPerRead(ctx: BenchContext, ids: SampleIds): Promise<FigureResult> {
  const table = variablesFor(ids);
  const counts: { name: string; statements: number; fields: number }[] = [];
  for (const operation of ALL_OPERATIONS) {
    const name = /query (\w+)/.exec(operation)?.[1];
    if (!name) throw new Error(`not a query: ${operation.slice(0, 80)}`);
    const variables = table[name];
    if (!variables) throw new Error(`the benchmark has no variables for the operation ${name}`);
    const answer = await postGraphql(ctx.serverUrl, operation, variables);
    dataOf(answer, name);
    if (answer.statements === null) throw new Error(`${name}: the server sent no Server-Timing header`);
    counts.push({ name, statements: answer.statements, fields: rootFields(operation) });
  }
  const most = Math.max(...counts.map((c) => c.statements));
  const above = counts.filter((c) => c.statements > 1);
  return {
    kind: 'figure',
    key: 'cypher_statements_per_read_operation',
    what: `the most Cypher statements one of the explorer's ${counts.length} read operations runs (first ask, nothing cached), tier ${ctx.tier}`,
    value: most,
    unit: 'statements',
    goal: 1,
    note:
      'statements (root fields): ' +
      counts.map((c) => `${c.name} ${c.statements} (${c.fields})`).join(', ') +
      (above.length > 0 ? `; above 1: ${above.map((c) => c.name).join(', ')}` : ''),
  };
}

/** Ids for the operations' variables from the tier's data: two actors drawn in `land`, a topic, a target group. */
export async function sampleIds(serverUrl: string, land: string): Promise<SampleIds> {
  const drawn = await drawRegion({ serverUrl } as BenchContext, land);
  const data = JSON.parse(drawn.answer.text) as {
    data: { networkDrawing: { nodes: { id: string[]; kind: (string | null)[] } } };
  };
  const nodes = data.data.networkDrawing.nodes;
  const actors = nodes.id.filter((id, i) => id.startsWith('syn-') && nodes.kind[i] !== 'MEASURE');
  const terms = dataOf(await postGraphql(serverUrl, TERMS_QUERY), 'Terms') as {
    topics: { id: string }[];
    targetGroups: { id: string }[];
  };
  return {
    land: land,
    actor: actors[0]!,
    otherActor: actors[actors.length - 1]!,
    topic: terms.topics[0]!.id,
    targetGroup: terms.targetGroups[0]!.id,
  };
}
