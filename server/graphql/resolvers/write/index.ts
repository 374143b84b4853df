import { actorContacts } from './actor-contacts.ts';
import { addContact } from './add-contact.ts';
import { adminOnly } from './admin-only.ts';
import { auditTrail } from './audit-trail.ts';
import { createActor } from './create-actor.ts';
import { createMeasure } from './create-measure.ts';
import { createProgram } from './create-program.ts';
import { createRegion } from './create-region.ts';
import { createSource } from './create-source.ts';
import { createTargetGroup } from './create-target-group.ts';
import { createTerm } from './create-term.ts';
import { createTopic } from './create-topic.ts';
import { deleteActor } from './delete-actor.ts';
import { deleteMeasure } from './delete-measure.ts';
import { deleteProgram } from './delete-program.ts';
import { deleteRegion } from './delete-region.ts';
import { deleteSource } from './delete-source.ts';
import { deleteTargetGroup } from './delete-target-group.ts';
import { deleteTerm } from './delete-term.ts';
import { deleteTopic } from './delete-topic.ts';
import { link } from './link.ts';
import { mergeDuplicates } from './merge-duplicates.ts';
import { removeContact } from './remove-contact.ts';
import { runImport } from './run-import.ts';
import { unlink } from './unlink.ts';
import { updateActor } from './update-actor.ts';
import { updateContact } from './update-contact.ts';
import { updateLink } from './update-link.ts';
import { updateMeasure } from './update-measure.ts';
import { updateProgram } from './update-program.ts';
import { updateRegion } from './update-region.ts';
import { updateSource } from './update-source.ts';
import { updateTargetGroup } from './update-target-group.ts';
import { updateTerm } from './update-term.ts';
import { updateTopic } from './update-topic.ts';

/** Admin-only queries: wrapped like the mutations, so an anonymous reader gets UNAUTHENTICATED. */
export const adminQueries = adminOnly({ auditTrail, actorContacts });

export const adminMutations = adminOnly({
  createSource,
  updateSource,
  deleteSource,
  createTerm,
  updateTerm,
  deleteTerm,
  createTopic,
  updateTopic,
  deleteTopic,
  createTargetGroup,
  updateTargetGroup,
  deleteTargetGroup,
  createRegion,
  updateRegion,
  deleteRegion,
  createActor,
  updateActor,
  deleteActor,
  createProgram,
  updateProgram,
  deleteProgram,
  createMeasure,
  updateMeasure,
  deleteMeasure,
  link,
  updateLink,
  unlink,
  mergeDuplicates,
  runImport,
  addContact,
  updateContact,
  removeContact,
});

/** Resolvers of the admin API: every one of them behind adminOnly (admin-only.ts). */
export const writeResolvers = { Query: adminQueries, Mutation: adminMutations };
