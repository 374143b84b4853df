// Query.search after admin writes: every write path stores the search key (server/store/search-key.ts) with the
// record, so a renamed, created or merged entity is found by the prefix of its new name at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../../../server/auth/viewer.ts';
import { createTestApi, type TestApi } from '../../../support/test-api.ts';
import { openReadFixture, queryData, type ReadFixture } from './read-api.ts';

const ADMIN: Viewer = { role: 'admin', name: 'search-tester' };

describe('Query.search finds what the admin API wrote', () => {
  let fx: ReadFixture;
  let admin: TestApi;
  beforeAll(async () => {
    fx = await openReadFixture();
    admin = await createTestApi(fx.db, ADMIN);
  });
  afterAll(async () => {
    await admin.stop();
    await fx.close();
  });

  const firstHits = async (text: string, first = 3): Promise<string[]> =>
    (
      await queryData<{ search: { entity: { id: string } }[] }>(
        fx.api,
        'query ($t: String!, $f: Int) { search(text: $t, first: $f) { entity { id } } }',
        { t: text, f: first },
      )
    ).search.map((h) => h.entity.id);

  const mutate = async (mutation: string, variables: Record<string, unknown>): Promise<void> => {
    const { errors } = await admin.query(mutation, variables);
    expect(errors).toBeUndefined();
  };

  it('a renamed actor is found by the prefix of its new name, in any umlaut spelling', async () => {
    expect(await firstHits('Quellenh')).not.toContain('difu');
    expect(await firstHits('Urbanist')).toContain('difu');
    await mutate(
      'mutation ($id: ID!, $input: UpdateActorInput!) { updateActor(id: $id, input: $input) { id } }',
      {
        id: 'difu',
        input: { name: 'Quellenhöfer Institut für Stadtforschung', shortName: null },
      },
    );
    for (const text of ['Quellenh', 'Quellenhoef', 'Quellenhöfer Inst', 'Stadtforsch']) {
      expect({ text, first: (await firstHits(text))[0] }).toEqual({ text, first: 'difu' });
    }
    // The old name is no name of it any more: its prefix finds nothing.
    expect(await firstHits('Urbanist')).not.toContain('difu');
  });

  it('a created actor and a renamed topic are found by their prefixes', async () => {
    await mutate('mutation ($input: CreateActorInput!) { createActor(input: $input) { id } }', {
      input: {
        id: 'jugendmigrationsdienst-test',
        kind: 'welfareOrganisation',
        name: 'Jugendmigrationsdienst Westend',
        sources: ['doc-004'],
        lastVerified: '2026-11-21',
      },
    });
    expect((await firstHits('Jugendmigr'))[0]).toBe('jugendmigrationsdienst-test');
    expect(await firstHits('Migrationsdienst')).toContain('jugendmigrationsdienst-test');
    await mutate(
      'mutation ($id: ID!, $input: UpdateTopicInput!) { updateTopic(id: $id, input: $input) { id } }',
      {
        id: 'integrationsmonitoring',
        input: { labelDe: 'Wirkungsbeobachtung der Integration' },
      },
    );
    expect((await firstHits('Wirkungsbeob'))[0]).toBe('integrationsmonitoring');
  });

  it('a merged duplicate is found by its former name, now an alias of the record kept', async () => {
    await mutate('mutation { mergeDuplicates(keep: "diakonie", drop: "diakonie-doc-004") { keep } }', {});
    expect((await firstHits('Diakonie im Landkreis aus Dokument 004'))[0]).toBe('diakonie');
    expect((await firstHits('Diakonie im Landk'))[0]).toBe('diakonie');
  });
});
