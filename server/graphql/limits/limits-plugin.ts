import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { getVariableValues } from 'graphql';
import { checkLimits, type OperationLimits } from './check-limits.ts';
import { measureOperation } from './measure-operation.ts';

/**
 * Refuses an operation whose aliases, depth or estimated cost pass the limits, after validation and before
 * anything is resolved. A plugin rather than a validation rule because the cost needs the request's variables,
 * which validation never sees (Apollo caches a validated document whatever the variables). Apollo answers an
 * error from this hook with the error's own status, 400.
 */
export function limitsPlugin(limits: OperationLimits): ApolloServerPlugin<BaseContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return Promise.resolve();
          const variables = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          // Variables that do not fit their types fail execution before any resolver runs: nothing to limit.
          if (variables.errors) return Promise.resolve();
          const refusal = checkLimits(
            measureOperation(schema, document, operation, variables.coerced),
            limits,
          );
          return refusal ? Promise.reject(refusal) : Promise.resolve();
        },
      });
    },
  };
}
