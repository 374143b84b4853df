// The topic and target group filter: the ids of the programs and measures that address the chosen topic and
// target the chosen group (both, when both are chosen); null when neither is chosen.
import { useMemo } from 'react';
import type { GroupInitiativesQuery, TopicInitiativesQuery } from '../../api/generated/operations.ts';
import { useQuery } from '../../api/use-query.ts';
import { GROUP_INITIATIVES_QUERY, TOPIC_INITIATIVES_QUERY } from './network-operations.ts';

type Links = { initiative: { id: string } }[];

const idsOf = (node: { measures: Links; programs: Links } | null | undefined): Set<string> =>
  new Set([...(node?.measures ?? []), ...(node?.programs ?? [])].map((link) => link.initiative.id));

export function useMatchingInitiatives(
  topic: string | null,
  targetGroup: string | null,
): { ids: ReadonlySet<string> | null; loading: boolean } {
  const byTopic = useQuery<TopicInitiativesQuery>(
    TOPIC_INITIATIVES_QUERY,
    topic === null ? null : { id: topic },
  );
  const byGroup = useQuery<GroupInitiativesQuery>(
    GROUP_INITIATIVES_QUERY,
    targetGroup === null ? null : { id: targetGroup },
  );
  const ids = useMemo(() => {
    if (topic === null && targetGroup === null) return null;
    const sets = [
      ...(topic === null ? [] : [idsOf(byTopic.data?.topic)]),
      ...(targetGroup === null ? [] : [idsOf(byGroup.data?.targetGroup)]),
    ];
    const [first, ...rest] = sets;
    return new Set([...(first ?? [])].filter((id) => rest.every((set) => set.has(id))));
  }, [topic, targetGroup, byTopic.data, byGroup.data]);
  return { ids, loading: byTopic.loading || byGroup.loading };
}
