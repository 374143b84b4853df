import { describe, expect, it } from 'vitest';
import { errorOf, ok, useWriteApi, type AuditEntryView } from './support/write-api.ts';

const TRAIL = `query ($targetId: ID, $since: String, $first: Int! = 20, $after: String) {
  auditTrail(targetId: $targetId, since: $since, first: $first, after: $after) {
    entries { seq cursor at changedBy action targetId }
    endCursor
    hasNextPage
  }
}`;

interface Page {
  auditTrail: {
    entries: (Pick<AuditEntryView, 'seq' | 'changedBy' | 'action' | 'targetId'> & {
      cursor: string;
      at: string;
    })[];
    endCursor: string | null;
    hasNextPage: boolean;
  };
}

const edit = (id: string, note: string) =>
  `mutation { updateActor(id: "${id}", input: { note: "${note}" }) { status } }`;

describe('Query.auditTrail (admins only)', () => {
  const api = useWriteApi();
  let startedAt = '';

  /** Five audited edits on the fresh data of each test, numbered 1–5. */
  async function fiveEdits(): Promise<void> {
    startedAt = new Date(Date.now() - 1000).toISOString();
    for (const [id, note] of [
      ['jobcenter-bergstrasse', 'one'],
      ['caritas-bergstrasse', 'two'],
      ['jobcenter-bergstrasse', 'three'],
      ['ak-integration', 'four'],
      ['jobcenter-bergstrasse', 'five'],
    ] as const) {
      ok(await api.admin.query(edit(id, note)));
    }
  }

  it('lists changes newest first, numbered in commit order, with who and when', async () => {
    await fiveEdits();
    const page = ok(await api.admin.query<Page>(TRAIL)).auditTrail;
    expect(page.entries.map((e) => [e.seq, e.targetId])).toEqual([
      [5, 'jobcenter-bergstrasse'],
      [4, 'ak-integration'],
      [3, 'jobcenter-bergstrasse'],
      [2, 'caritas-bergstrasse'],
      [1, 'jobcenter-bergstrasse'],
    ]);
    expect(page.hasNextPage).toBe(false);
    expect(new Set(page.entries.map((e) => e.changedBy))).toEqual(new Set(['tester']));
    for (const entry of page.entries)
      expect(entry.at >= startedAt && entry.at <= new Date().toISOString()).toBe(true);
  });

  it('pages with first/after until the end, each entry exactly once', async () => {
    await fiveEdits();
    const seen: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const page: Page['auditTrail'] = ok(await api.admin.query<Page>(TRAIL, { first: 2, after })).auditTrail;
      seen.push(...page.entries.map((e) => e.seq));
      expect(page.endCursor).toBe(page.entries.at(-1)?.cursor ?? null);
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual([5, 4, 3, 2, 1]);
  });

  it('filters by target and by time', async () => {
    await fiveEdits();
    const jobcenter = ok(
      await api.admin.query<Page>(TRAIL, { targetId: 'jobcenter-bergstrasse' }),
    ).auditTrail;
    expect(jobcenter.entries.map((e) => e.seq)).toEqual([5, 3, 1]);
    const paged = ok(
      await api.admin.query<Page>(TRAIL, {
        targetId: 'jobcenter-bergstrasse',
        first: 1,
        after: jobcenter.entries[0]?.cursor,
      }),
    ).auditTrail;
    expect(paged.entries.map((e) => e.seq)).toEqual([3]);
    expect(paged.hasNextPage).toBe(true);
    expect(ok(await api.admin.query<Page>(TRAIL, { since: '2999-01-01' })).auditTrail.entries).toEqual([]);
    expect(ok(await api.admin.query<Page>(TRAIL, { since: '2020-01-01' })).auditTrail.entries).toHaveLength(
      5,
    );
    expect(ok(await api.admin.query<Page>(TRAIL, { since: startedAt })).auditTrail.entries).toHaveLength(5);
  });

  it('refuses bad arguments with BAD_USER_INPUT and anonymous readers with UNAUTHENTICATED', async () => {
    for (const variables of [
      { first: 0 },
      { first: 101 },
      { after: 'not-a-cursor' },
      { since: 'yesterday' },
      { since: '2026-11-21T10:00' },
    ]) {
      expect({ variables, code: errorOf(await api.admin.query(TRAIL, variables)).code }).toEqual({
        variables,
        code: 'BAD_USER_INPUT',
      });
    }
    const anonymous = await api.anonymous.query(TRAIL);
    expect(errorOf(anonymous).code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
  });

  it('has no entry for a refused change: the entry commits with the change or not at all', async () => {
    await fiveEdits();
    const before = ok(await api.admin.query<Page>(TRAIL)).auditTrail.entries.length;
    expect(errorOf(await api.admin.query(edit('no-such-actor', 'x'))).code).toBe('NOT_FOUND');
    expect(
      errorOf(
        await api.admin.query(
          `mutation { updateActor(id: "jobcenter-bergstrasse", input: { kind: "nope" }) { status } }`,
        ),
      ).code,
    ).toBe('BAD_USER_INPUT');
    expect(ok(await api.admin.query<Page>(TRAIL)).auditTrail.entries).toHaveLength(before);
  });
});
