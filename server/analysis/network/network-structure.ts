// The structure of the actor network: isolated actors, brokers (articulation points and betweenness),
// communities and components. Collective actors (one node for many organisations, e.g. "the migrant
// organisations of the Kreis") stay in the graph, so paths through them count for others, but are never ranked
// as brokers: sixteen Land offices drawn as one node are not one hub.
import { countConnectedComponents } from 'graphology-components';
import { actorNetwork, tieGraph, type NetworkActor, type Tie } from './actor-network.ts';
import { articulationPoints } from './articulation-points.ts';
import { betweenness } from './betweenness.ts';
import { communities } from './communities.ts';
import { byName } from '../by-name.ts';

export interface CutVertex {
  readonly actor: NetworkActor;
  readonly piecesAfter: number;
  readonly actorsCutOff: number;
}

export interface BetweennessScore {
  readonly actor: NetworkActor;
  readonly score: number;
}

export interface NetworkStructure {
  readonly actorCount: number;
  /** Pairs of tied actors (several ties between one pair count once). */
  readonly tieCount: number;
  readonly componentCount: number;
  /** Sorted by name. */
  readonly isolated: readonly NetworkActor[];
  /** Most actors cut off first. */
  readonly articulationPoints: readonly CutVertex[];
  /** Highest first; only scores above 0. */
  readonly betweenness: readonly BetweennessScore[];
  /** null: exact; else the number of sampled sources. */
  readonly betweennessPivots: number | null;
  /** Largest first; each with at least two members. */
  readonly communities: readonly (readonly NetworkActor[])[];
  readonly modularity: number;
}

export function networkStructure(
  actors: readonly NetworkActor[],
  ties: readonly Tie[],
  options: { exactLimit?: number; pivots?: number } = {},
): NetworkStructure {
  const graph = tieGraph(actorNetwork(actors, ties));
  const actorOf = (id: string) => graph.getNodeAttribute(id, 'actor');
  const ranked = (id: string) => !actorOf(id).collective;

  const scores = betweenness(graph, options);
  const partition = communities(graph);
  return {
    actorCount: graph.order,
    tieCount: graph.size,
    componentCount: countConnectedComponents(graph),
    isolated: graph
      .filterNodes((node) => graph.degree(node) === 0)
      .map(actorOf)
      .sort(byName),
    articulationPoints: articulationPoints(graph)
      .filter((point) => ranked(point.node))
      .map((point) => ({
        actor: actorOf(point.node),
        piecesAfter: point.piecesAfter,
        actorsCutOff: point.nodesCutOff,
      }))
      .sort((a, b) => b.actorsCutOff - a.actorsCutOff || byName(a.actor, b.actor)),
    betweenness: [...scores.scores]
      .filter(([node, score]) => score > 0 && ranked(node))
      .map(([node, score]) => ({ actor: actorOf(node), score }))
      .sort((a, b) => b.score - a.score || byName(a.actor, b.actor)),
    betweennessPivots: scores.pivots,
    communities: partition.communities.map((community) => community.members.map(actorOf).sort(byName)),
    modularity: partition.modularity,
  };
}
