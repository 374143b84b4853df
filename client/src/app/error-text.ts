// What a view says when its question failed, in the page's language: the outages a reader can do nothing about
// but wait (no answer, the database away, the server restarting) in words of the page; anything else is the
// server's own message behind "Fehler:", since it names what to change (a limit, an unknown id).
import type { GraphqlRequestError, RequestErrorCode } from '../api/graphql-client.ts';
import type { Texts } from './i18n.ts';

const WAIT: Partial<Record<RequestErrorCode, 'apiDown' | 'databaseUnavailable' | 'shuttingDown'>> = {
  UNKNOWN: 'apiDown',
  DATABASE_UNAVAILABLE: 'databaseUnavailable',
  SHUTTING_DOWN: 'shuttingDown',
};

export function errorText(error: Pick<GraphqlRequestError, 'code' | 'message'>, t: Texts): string {
  const wait = WAIT[error.code];
  return wait ? t[wait] : `${t.error}: ${error.message}`;
}
