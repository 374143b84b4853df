import { emptyDocument, type AtlasDocument } from '../domain/atlas-document.ts';

type Sections = Omit<AtlasDocument, 'format'>;

/** A document holding only the given records: what one admin write hands to the importer's writer. */
export function documentWith(sections: Partial<Sections>): AtlasDocument {
  return { ...emptyDocument(), ...sections };
}
