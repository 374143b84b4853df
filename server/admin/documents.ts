import { FORMAT_VERSION, type AtlasDocument } from '../../seed/model/atlas-document.ts';

type Sections = Omit<AtlasDocument, 'format'>;

/** A document holding only the given records: what one admin write hands to the importer's writer. */
export function documentWith(sections: Partial<Sections>): AtlasDocument {
  return {
    format: FORMAT_VERSION,
    sources: [],
    terms: [],
    topics: [],
    targetGroups: [],
    regions: [],
    actors: [],
    programs: [],
    measures: [],
    relationships: [],
    ...sections,
  };
}
