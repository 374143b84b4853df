// Every operation the client sends: the shared ones here, each view's in its own folder. Their result and variable
// types are generated from the schema (generated/operations.ts, `npm run codegen`); a unit test validates each
// operation against the schema.
import { APP_OPERATIONS } from '../app/app-operations.ts';
import { UI_OPERATIONS } from '../ui/ui-operations.ts';
import { BODY_OPERATIONS } from '../views/bodies/bodies-operations.ts';
import { GAP_OPERATIONS } from '../views/gaps/gaps-operations.ts';
import { MAP_OPERATIONS } from '../views/map/map-operations.ts';
import { NETWORK_VIEW_OPERATIONS } from '../views/network/network-operations.ts';
import { OVERLAP_OPERATIONS } from '../views/overlaps/overlaps-operations.ts';

export const NETWORK_QUERY = /* GraphQL */ `
  query Network($limit: Int!) {
    network(limit: $limit) {
      nodes {
        id
        name
        kind
      }
      edges {
        id
        source
        target
        type
        role
        kind
      }
      truncated
    }
  }
`;

export const ALL_OPERATIONS: readonly string[] = [
  NETWORK_QUERY,
  ...APP_OPERATIONS,
  ...UI_OPERATIONS,
  ...NETWORK_VIEW_OPERATIONS,
  ...GAP_OPERATIONS,
  ...OVERLAP_OPERATIONS,
  ...BODY_OPERATIONS,
  ...MAP_OPERATIONS,
];
