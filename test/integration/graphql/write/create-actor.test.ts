import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, issueCodes, json, latestAudit, ok, refused, useWriteApi } from './support/write-api.ts';

const CREATE = `mutation ($input: CreateActorInput!, $allowDuplicates: Boolean! = false) {
  createActor(input: $input, allowDuplicates: $allowDuplicates) {
    kind id status record linksRemoved contactsRemoved
  }
}`;

const base = { kind: 'agency', sources: ['src-a'], lastVerified: '2026-11-21' };

describe('Mutation.createActor', () => {
  const api = useWriteApi();

  it('creates an agency exactly as an import would store it, and audits it', async () => {
    const input = {
      ...base,
      id: 'auslaenderbehoerde-bergstrasse',
      name: 'Ausländerbehörde Bergstraße',
      aliases: ['ABH Bergstraße'],
      website: 'https://www.kreis-bergstrasse.de',
      since: '2005',
    };
    const result = ok(await api.admin.query<{ createActor: Record<string, unknown> }>(CREATE, { input }));
    const expected = {
      id: 'auslaenderbehoerde-bergstrasse',
      kind: 'agency',
      name: 'Ausländerbehörde Bergstraße',
      shortName: null,
      aliases: ['ABH Bergstraße'],
      description: null,
      since: '2005',
      until: null,
      note: null,
      sources: ['src-a'],
      lastVerified: '2026-11-21',
      bodyKind: null,
      website: 'https://www.kreis-bergstrasse.de',
      unnamed: false,
      // The facts model's fields, left out of the input: unmarked, no quantities, one organisation, no contact
      // point, no languages.
      claim: null,
      locator: null,
      reasoning: null,
      quantities: [],
      collective: false,
      address: null,
      email: null,
      phone: null,
      languages: [],
    };
    expect(result.createActor).toMatchObject({
      kind: 'ACTOR',
      id: 'auslaenderbehoerde-bergstrasse',
      status: 'CREATED',
      linksRemoved: 0,
      contactsRemoved: 0,
    });
    expect(json(result.createActor.record as string)).toEqual(expected);
    const stored = await readDocument(api.db, ['auslaenderbehoerde-bergstrasse']);
    expect(stored.actors).toEqual([expected]);

    const [entry] = await latestAudit(api, 1);
    expect(entry).toMatchObject({
      action: 'CREATE',
      targetKind: 'Actor',
      targetId: 'auslaenderbehoerde-bergstrasse',
      subjectIds: ['auslaenderbehoerde-bergstrasse'],
      changedBy: 'tester',
      requestId: 'test',
      before: null,
    });
    expect(json(entry?.after)).toEqual(expected);
  });

  it('stores the facts model as given: claim with locator, a quantity, a collective actor, contact point, languages', async () => {
    const input = {
      ...base,
      id: 'sprachmittler-bergstrasse',
      kind: 'civilSocietyOrganisation',
      name: 'Sprachmittlerinnen und Sprachmittler Bergstraße',
      claim: 'STATED',
      locator: 'über 40 ehrenamtliche Sprachmittler',
      collective: true,
      address: 'Gräffstraße 5, 64646 Heppenheim',
      email: 'sprachmittlung@kreis-bergstrasse.example',
      phone: '+49 6252 15-0',
      languages: ['ar', 'fa', 'prs'],
      quantities: [
        {
          kind: 'participantCount',
          value: 40,
          unit: 'COUNT',
          per: 'TOTAL',
          since: '2024',
          note: '"über 40": a lower bound.',
        },
      ],
    };
    const result = ok(await api.admin.query<{ createActor: { record: string } }>(CREATE, { input }));
    const expected = {
      id: 'sprachmittler-bergstrasse',
      kind: 'civilSocietyOrganisation',
      name: 'Sprachmittlerinnen und Sprachmittler Bergstraße',
      shortName: null,
      aliases: [],
      description: null,
      since: null,
      until: null,
      note: null,
      sources: ['src-a'],
      lastVerified: '2026-11-21',
      bodyKind: null,
      website: null,
      unnamed: false,
      claim: 'stated',
      locator: 'über 40 ehrenamtliche Sprachmittler',
      reasoning: null,
      quantities: [
        {
          kind: 'participantCount',
          value: 40,
          unit: 'count',
          per: 'total',
          date: null,
          since: '2024',
          until: null,
          note: '"über 40": a lower bound.',
        },
      ],
      collective: true,
      address: 'Gräffstraße 5, 64646 Heppenheim',
      email: 'sprachmittlung@kreis-bergstrasse.example',
      phone: '+49 6252 15-0',
      languages: ['ar', 'fa', 'prs'],
    };
    expect(json(result.createActor.record)).toEqual(expected);
    expect((await readDocument(api.db, ['sprachmittler-bergstrasse'])).actors).toEqual([expected]);
    expect(json((await latestAudit(api, 1))[0]?.after)).toEqual(expected);
  });

  it('creates a body with its body kind', async () => {
    const input = {
      ...base,
      id: 'beirat',
      kind: 'body',
      bodyKind: 'workingGroup',
      name: 'Integrationsbeirat',
    };
    ok(await api.admin.query(CREATE, { input }));
    expect((await readDocument(api.db, ['beirat'])).actors[0]).toMatchObject({
      kind: 'body',
      bodyKind: 'workingGroup',
    });
  });

  it('refuses an id that exists, for an actor or any other kind of record, with CONFLICT', async () => {
    for (const id of ['jobcenter-bergstrasse', 'de-06', 'src-a']) {
      const result = await refused(api, () => api.admin.query(CREATE, { input: { ...base, id, name: 'X' } }));
      expect(errorOf(result).code).toBe('CONFLICT');
    }
  });

  it('validates like the importer: every issue at once as BAD_USER_INPUT, nothing written', async () => {
    const input = {
      ...base,
      id: 'kaputt',
      kind: 'body',
      name: 'Kaputt',
      since: '2020',
      until: '2019',
      sources: ['src-unknown'],
    };
    const result = await refused(api, () => api.admin.query(CREATE, { input }));
    expect(errorOf(result).code).toBe('BAD_USER_INPUT');
    expect(issueCodes(result).sort()).toEqual(['INVALID_DATE', 'REQUIRED', 'UNKNOWN_REFERENCE']);
    const unknownKind = await refused(api, () =>
      api.admin.query(CREATE, { input: { ...base, id: 'kaputt', kind: 'agencyy', name: 'Kaputt' } }),
    );
    expect(issueCodes(unknownKind)).toEqual(['UNKNOWN_TERM']);
    const badId = await refused(api, () =>
      api.admin.query(CREATE, { input: { ...base, id: 'Bad Id', name: 'X' } }),
    );
    expect(issueCodes(badId)).toEqual(['INVALID_VALUE']);
  });

  it('stops a likely duplicate with CONFLICT unless allowDuplicates is true', async () => {
    const input = {
      ...base,
      id: 'ak-integration-2',
      kind: 'body',
      bodyKind: 'workingGroup',
      name: 'Arbeitskreis Integration Bergstraße',
    };
    const stopped = await refused(api, () => api.admin.query(CREATE, { input }));
    expect(errorOf(stopped).code).toBe('CONFLICT');
    expect(issueCodes(stopped)).toEqual(['LIKELY_DUPLICATE']);
    const forced = ok(
      await api.admin.query<{ createActor: { status: string } }>(CREATE, { input, allowDuplicates: true }),
    );
    expect(forced.createActor.status).toBe('CREATED');
  });
});
