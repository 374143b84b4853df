// The small atlas plus duplicates whose relationships exercise every rule of a merge: a second Caritas entry with a
// relationship its twin has too (MEMBER_OF, folded), a cooperation its twin has stored the other way round (folded,
// not doubled), a cooperation of another kind (kept apart), relationships its twin lacks (moved) and a cooperation
// with its twin itself (removed); and an association entered beside the working group it stands for.
import type { Database } from '../../../server/db/database.ts';
import { importDocument, smallAtlas } from '../graphql/write/support/small-atlas.ts';

const cited = { sources: ['src-b'], lastVerified: '2026-11-21' };

export async function loadDuplicates(db: Database): Promise<void> {
  const doc = smallAtlas();
  doc.actors.push(
    {
      id: 'caritas-kopie',
      kind: 'welfareOrganisation',
      name: 'Caritas Kreis Bergstraße',
      shortName: 'CKB',
      ...cited,
    },
    {
      id: 'ak-verein',
      kind: 'civilSocietyOrganisation',
      name: 'Verein Arbeitskreis Integration',
      ...cited,
    },
  );
  doc.relationships.push(
    // caritas-bergstrasse is MEMBER_OF ak-integration as chair: folded, its role stays.
    { type: 'MEMBER_OF', from: 'caritas-kopie', to: 'ak-integration', role: 'member', ...cited },
    { type: 'LOCATED_IN', from: 'caritas-kopie', to: 'de-06431', ...cited },
    { type: 'ADDRESSES', from: 'caritas-kopie', to: 'sprache', ...cited },
    // The twin's referral is stored jobcenter → caritas-bergstrasse: the other direction.
    {
      type: 'COOPERATES_WITH',
      from: 'caritas-kopie',
      to: 'jobcenter-bergstrasse',
      kind: 'referral',
      note: 'Über die Kopie erfasst',
      ...cited,
    },
    {
      type: 'COOPERATES_WITH',
      from: 'jobcenter-bergstrasse',
      to: 'caritas-kopie',
      kind: 'jointProject',
      note: 'Gemeinsames Sprachcafé',
      ...cited,
    },
    { type: 'COOPERATES_WITH', from: 'caritas-kopie', to: 'caritas-bergstrasse', kind: 'referral', ...cited },
    { type: 'ADDRESSES', from: 'ak-verein', to: 'arbeit', ...cited },
  );
  await importDocument(db, doc, { allowDuplicates: true });
}

/** What caritas-bergstrasse has after caritas-kopie is merged into it (relationshipKey → sources, note). */
export const MERGED_CARITAS_LINKS = {
  'ACTIVE_IN|caritas-bergstrasse|de-06431001': { sources: ['src-a'], note: null },
  'ADDRESSES|caritas-bergstrasse|sprache': { sources: ['src-b'], note: null },
  'COOPERATES_WITH|caritas-bergstrasse|jobcenter-bergstrasse|jointProject': {
    sources: ['src-b'],
    note: 'Gemeinsames Sprachcafé',
  },
  'COOPERATES_WITH|caritas-bergstrasse|jobcenter-bergstrasse|referral': {
    sources: ['src-a', 'src-b'],
    note: null,
  },
  'LOCATED_IN|caritas-bergstrasse|de-06431': { sources: ['src-b'], note: null },
  'MEMBER_OF|caritas-bergstrasse|ak-integration': { sources: ['src-b'], note: null },
  'PROVIDES|caritas-bergstrasse|migrationsberatung': { sources: ['src-a'], note: null },
};
