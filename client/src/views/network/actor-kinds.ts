// The node classes that are actors (the Actor interface's implementations), from the generated EntityKind: what
// is not an initiative, a vocabulary node, a region or a source. A kind added to the schema is an actor unless
// listed here, and the unit tests compare this with the schema's Actor interface.
import { EntityKind } from '../../api/generated/schema-enums.ts';

const NOT_ACTORS: ReadonlySet<EntityKind> = new Set([
  EntityKind.PROGRAM,
  EntityKind.MEASURE,
  EntityKind.TOPIC,
  EntityKind.TARGET_GROUP,
  EntityKind.REGION,
  EntityKind.SOURCE,
]);

export const ACTOR_KINDS: ReadonlySet<EntityKind> = new Set(
  Object.values(EntityKind).filter((kind) => !NOT_ACTORS.has(kind)),
);
