// The name of the region in the URL, to say what a link has chosen; null while unknown (loading, or no region
// with that id).
import type { RegionNameQuery } from '../api/generated/operations.ts';
import { useQuery } from '../api/use-query.ts';
import { REGION_NAME_QUERY } from './ui-operations.ts';

export function useRegionName(region: string | null): string | null {
  const { data } = useQuery<RegionNameQuery>(REGION_NAME_QUERY, region === null ? null : { id: region });
  return data?.region?.id === region ? (data?.region?.name ?? null) : null;
}
