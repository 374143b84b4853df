import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import type { AtlasContext } from '../context.ts';
import { limitDetails, limitExceeded } from './limit-error.ts';

/**
 * Watches execution field by field, once the static limits have let an operation through:
 * - after the request is stopped (its deadline passed — noticed by the clock, also while no timer can fire), no
 *   further field is resolved: each throws the stop reason, so graphql-js abandons the rest of the tree (an
 *   error in a non-null item ends the whole list it is in) instead of resolving it for an answer nobody gets;
 * - a query that resolves more fields than ATLAS_MAX_COST is stopped with LIMIT_EXCEEDED. The estimate said it
 *   would not; a list held more items than its `@listSize` assumed. So the cost limit bounds the work actually
 *   done, not only the work foreseen. Mutations are not metered: their results never lead back into the graph,
 *   so their size is what the mutation did, not a product of lists the client chose.
 */
export function executionGuardPlugin(maxCost: number): ApolloServerPlugin<AtlasContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        executionDidStart({ contextValue, operation }) {
          const deadline = contextValue.deadline;
          // Apollo executes also when no operation matched the request (several and no name, or an unknown
          // name), for graphql-js to say so; then nothing resolves, and its typing notwithstanding there is no
          // operation. Reading it unguarded answered such a request 500.
          const found = operation as OperationDefinitionNode | undefined;
          const metered = found?.operation === OperationTypeNode.QUERY;
          let resolved = 0;
          let overCost: GraphQLError | undefined;
          return Promise.resolve({
            willResolveField() {
              deadline.throwIfStopped();
              if (!metered || ++resolved <= maxCost) return;
              overCost ??= locatedAtRoot(
                limitExceeded(
                  `The operation resolved more than ${maxCost} fields, more than its lists were estimated to hold`,
                  limitDetails('maxCost', maxCost),
                ),
              );
              deadline.stop(overCost);
              throw overCost;
            },
          });
        },
      });
    },
  };
}

/** As deadline.ts's error: one object for every field still pending, passed up by graphql-js as it is. */
function locatedAtRoot(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { path: [], extensions: error.extensions });
}
