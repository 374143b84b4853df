import { describe, expect, it } from 'vitest';
import type { Database } from '../../../../server/db/database.ts';
import { isAppError } from '../../../../server/errors/app-error.ts';
import { buildSchema } from '../../../../server/graphql/build-schema.ts';
import { ANONYMOUS, type Viewer } from '../../../../server/auth/viewer.ts';
import type { AtlasContext } from '../../../../server/graphql/context.ts';
import type { Deadline } from '../../../../server/graphql/limits/deadline.ts';
import { resolvers } from '../../../../server/graphql/resolvers/index.ts';
import { adminOnly, requireAdmin, writerOf } from '../../../../server/graphql/resolvers/write/admin-only.ts';
import { adminQueries } from '../../../../server/graphql/resolvers/write/index.ts';

/** A context whose database throws on any use: a resolver that runs past the check would fail differently. */
function context(viewer: Viewer): AtlasContext {
  const db = new Proxy(
    {},
    {
      get: () => {
        throw new Error('the database was used');
      },
    },
  );
  return {
    db: db as unknown as Database,
    viewer,
    requestId: 'r-1',
    log: console,
    limits: { maxPageSize: 100 } as never,
    site: { feedbackEmail: null, feedbackUrl: null },
    // Never reached: the check comes before anything that would look at the deadline.
    deadline: db as unknown as Deadline,
  };
}

const unauthenticated = (e: unknown) => isAppError(e) && e.code === 'UNAUTHENTICATED';

describe('requireAdmin / adminOnly', () => {
  it('lets an admin through, with the token name and request id as the audit author', () => {
    const ctx = requireAdmin(context({ role: 'admin', name: 'ops' }));
    expect(writerOf(ctx).author).toEqual({ changedBy: 'ops', requestId: 'r-1' });
  });

  it('refuses an anonymous reader with UNAUTHENTICATED before the resolver runs', () => {
    let ran = false;
    const wrapped = adminOnly({ probe: () => (ran = true) });
    expect(() => wrapped.probe(null, undefined, context(ANONYMOUS))).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
    expect(ran).toBe(false);
    wrapped.probe(null, undefined, context({ role: 'admin', name: 'ops' }));
    expect(ran).toBe(true);
  });

  it('guards every Mutation field of the schema and every admin query in the merged resolver map', () => {
    const mutationFields = Object.keys(buildSchema().getMutationType()?.getFields() ?? {});
    expect(mutationFields.length).toBeGreaterThan(30);
    const map = resolvers as Record<
      string,
      Record<string, (p: unknown, a: unknown, c: AtlasContext) => unknown>
    >;
    const guarded = [
      ...mutationFields.map((field) => map.Mutation?.[field]),
      ...Object.keys(adminQueries).map((field) => map.Query?.[field]),
    ];
    for (const resolve of guarded) {
      expect(resolve).toBeTypeOf('function');
      let error: unknown;
      try {
        void resolve?.(null, {}, context(ANONYMOUS));
      } catch (e) {
        error = e;
      }
      expect(unauthenticated(error)).toBe(true);
    }
  });
});
