// Query.site: the operator's feedback contact for the accessibility statement, from the environment; null when
// unset. It reads no database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS } from '../../../../server/auth/viewer.ts';
import type { Database } from '../../../../server/db/database.ts';
import { createTestApi, type TestApi } from '../../../support/test-api.ts';
import { connectTestDatabase } from '../../../support/test-neo4j.ts';
import { queryData } from './read-api.ts';

const QUERY = '{ site { feedbackEmail feedbackUrl } }';

describe('Query.site', () => {
  let db: Database;
  let unset: TestApi;
  let configured: TestApi;
  beforeAll(async () => {
    db = await connectTestDatabase();
    unset = await createTestApi(db);
    configured = await createTestApi(db, ANONYMOUS, {
      ATLAS_FEEDBACK_EMAIL: 'barrierefreiheit@example.org',
      ATLAS_FEEDBACK_URL: 'https://example.org/kontakt',
    });
  });
  afterAll(async () => {
    await unset.stop();
    await configured.stop();
    await db.close();
  });

  it('is null where the operator has set nothing', async () => {
    expect(await queryData(unset, QUERY)).toEqual({ site: { feedbackEmail: null, feedbackUrl: null } });
  });

  it('gives the address and page the operator configured', async () => {
    expect(await queryData(configured, QUERY)).toEqual({
      site: { feedbackEmail: 'barrierefreiheit@example.org', feedbackUrl: 'https://example.org/kontakt' },
    });
  });
});
