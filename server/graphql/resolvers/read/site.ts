import type { AtlasContext } from '../../context.ts';

/** Query.site: the operator's settings from the environment, as loaded at start-up. */
export function site(_parent: unknown, _args: unknown, ctx: AtlasContext) {
  return ctx.site;
}
