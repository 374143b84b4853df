import type { ApolloServerPlugin } from '@apollo/server';
import { isAppError } from '../errors/app-error.ts';
import { ErrorCode } from '../errors/error-codes.ts';
import type { AtlasContext } from './context.ts';
import { isMasked, originalOf } from './format-error.ts';

/**
 * Logs every error a client sees masked, in full and with the request id the client got in `x-request-id`. Not
 * the fields that only repeat why a stopped request was stopped: the HTTP handler answers and logs that once.
 */
export const logErrorsPlugin: ApolloServerPlugin<AtlasContext> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ contextValue, errors }) {
        const stopReason: unknown = contextValue.deadline.signal.reason;
        for (const error of errors) {
          const original = originalOf(error);
          if (!isMasked(error, original) || (stopReason !== undefined && original === stopReason)) continue;
          contextValue.log.error('request error', {
            requestId: contextValue.requestId,
            code: isAppError(original) ? original.code : ErrorCode.INTERNAL_SERVER_ERROR,
            message: original instanceof Error ? original.message : String(original),
            stack: original instanceof Error && !isAppError(original) ? original.stack : undefined,
            path: error.path,
          });
        }
        return Promise.resolve();
      },
    });
  },
};
