import { describe, expect, it } from 'vitest';
import { errorText } from '../../../../client/src/app/error-text.ts';
import { TEXTS } from '../../../../client/src/app/i18n.ts';

const t = TEXTS.de;

describe('errorText', () => {
  it('says in the page language when there is nothing to do but wait', () => {
    const unavailable = {
      code: 'DATABASE_UNAVAILABLE',
      message: 'The database is not reachable right now.',
    } as const;
    expect(errorText(unavailable, t)).toBe(t.databaseUnavailable);
    expect(errorText(unavailable, TEXTS.en)).toBe(TEXTS.en.databaseUnavailable);
    expect(errorText({ code: 'SHUTTING_DOWN', message: 'The server is shutting down.' }, t)).toBe(
      t.shuttingDown,
    );
    expect(errorText({ code: 'UNKNOWN', message: 'Failed to fetch' }, t)).toBe(t.apiDown);
    expect(t.databaseUnavailable).toMatch(/Datenbank/);
  });

  it('passes on what the server says the reader can change', () => {
    const limit = { code: 'LIMIT_EXCEEDED', message: 'The query asks for more than 1000 nodes.' } as const;
    expect(errorText(limit, t)).toBe('Fehler: The query asks for more than 1000 nodes.');
  });
});
