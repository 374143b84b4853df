import type { ApolloServerPlugin } from '@apollo/server';
import { isAppError } from '../errors/app-error.ts';
import type { AtlasContext } from './context.ts';
import { isMasked, originalOf } from './format-error.ts';

/** Logs every error a client sees masked, in full and with the request id the client got in `x-request-id`. */
export const logErrorsPlugin: ApolloServerPlugin<AtlasContext> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const original = originalOf(error);
          if (!isMasked(error, original)) continue;
          const code = isAppError(original) ? original.code : 'INTERNAL_SERVER_ERROR';
          {
            contextValue.log.error('request error', {
              requestId: contextValue.requestId,
              code,
              message: original instanceof Error ? original.message : String(original),
              stack: original instanceof Error && !isAppError(original) ? original.stack : undefined,
              path: error.path,
            });
          }
        }
        return Promise.resolve();
      },
    });
  },
};
