// Authorization of the admin API, in one place: index.ts wraps every resolver of this folder, so no mutation or
// admin query can be added without it. There is one role, so an anonymous caller gets UNAUTHENTICATED (send a
// token), never FORBIDDEN; a wrong token never gets here (the HTTP layer answers 401).
import type { Writer } from '../../../admin/writer.ts';
import { AppError } from '../../../errors/app-error.ts';
import { ErrorCode } from '../../../errors/error-codes.ts';
import type { Viewer } from '../../../auth/viewer.ts';
import type { AtlasContext } from '../../context.ts';

export type AdminViewer = Extract<Viewer, { role: 'admin' }>;

export interface AdminContext extends AtlasContext {
  readonly viewer: AdminViewer;
}

// `never` arguments: any resolver's own argument type is assignable here, and the wrapper passes them through.
type AdminResolver = (parent: unknown, args: never, ctx: AdminContext) => unknown;

type Wrapped<T extends Record<string, AdminResolver>> = {
  readonly [K in keyof T]: (
    parent: unknown,
    args: Parameters<T[K]>[1],
    ctx: AtlasContext,
  ) => ReturnType<T[K]>;
};

export function isAdmin(ctx: AtlasContext): ctx is AdminContext {
  return ctx.viewer.role === 'admin';
}

export function requireAdmin(ctx: AtlasContext): AdminContext {
  if (!isAdmin(ctx)) {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      'This needs an admin token: send "Authorization: Bearer <token>" (npm run token -- NAME creates one).',
    );
  }
  return ctx;
}

/** The resolvers, each refusing anyone but an admin before it runs. */
export function adminOnly<T extends Record<string, AdminResolver>>(resolvers: T): Wrapped<T> {
  const wrapped: Record<string, unknown> = {};
  for (const [field, resolve] of Object.entries(resolvers)) {
    wrapped[field] = (parent: unknown, args: never, ctx: AtlasContext) =>
      resolve(parent, args, requireAdmin(ctx));
  }
  return wrapped as Wrapped<T>;
}

/** The database and the author of the audit entries: the token's name and the request id. */
export function writerOf(ctx: AdminContext): Writer {
  return { db: ctx.db, author: { changedBy: ctx.viewer.name, requestId: ctx.requestId } };
}
