// Where each vocabulary's keys are used: a node property, or the role/kind of a relationship type. The
// relationship side is read from the relationship rules, so a new rule is covered without touching this file.
import { RELATIONSHIP_RULES, type RelationshipRule } from '../domain/relationship-types.ts';
import type { Vocabulary } from '../domain/vocabulary.ts';
import { cypherFile } from '../db/cypher-file.ts';
import type { Transaction } from '../db/database.ts';

const TERM_USAGE = cypherFile('mutations/term-usage');

interface NodeUse {
  readonly labels: readonly string[];
  readonly property: string;
}

const NODE_USES: Readonly<Partial<Record<Vocabulary, NodeUse>>> = {
  actorKind: { labels: ['Actor'], property: 'kind' },
  bodyKind: { labels: ['Actor'], property: 'bodyKind' },
  programKind: { labels: ['Program'], property: 'kind' },
  measureKind: { labels: ['Measure'], property: 'kind' },
  regionLevel: { labels: ['Region'], property: 'level' },
};

function linkUses(vocabulary: Vocabulary): { types: string[]; property: string | null } {
  const rules = Object.entries(RELATIONSHIP_RULES) as [string, RelationshipRule][];
  const matching = rules.filter(([, rule]) => rule.property?.vocabulary === vocabulary);
  return {
    types: matching.map(([type]) => type),
    property: matching[0]?.[1].property?.name ?? null,
  };
}

export interface TermUsage {
  /** Up to 20 ids of records that use the key. */
  readonly nodes: readonly string[];
  readonly nodeCount: number;
  readonly linkCount: number;
}

export async function readTermUsage(
  tx: Transaction,
  vocabulary: Vocabulary,
  key: string,
): Promise<TermUsage> {
  const node = NODE_USES[vocabulary];
  const link = linkUses(vocabulary);
  const [row] = await tx.run(TERM_USAGE, {
    labels: node?.labels ?? [],
    nodeProperty: node?.property ?? 'kind',
    types: link.types,
    linkProperty: link.property ?? 'kind',
    key,
  });
  return row as unknown as TermUsage;
}
