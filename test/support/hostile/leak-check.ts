// The leak check: a contact planted with unique markers in every personal field (name, role, email, phone, note)
// must never reach an anonymous reader — not in any answer, not in any HTTP export — nor any log line; an admin
// must see it (else the check could pass by looking in the wrong place).
import { randomBytes, randomInt } from 'node:crypto';
import { EXPORT_LABELS, EXPORT_PATHS } from '../../../server/http/export-routes.ts';
import type { Exchange } from './campaign.ts';
import { HOSTILE_ADMIN_TOKEN, graphql } from './hostile-server.ts';
import type { HttpCase } from './hostile-requests.ts';

export interface PlantedContact {
  readonly actorId: string;
  readonly contactId: string;
  /** Letters and digits, in the name, role, email and note: never sent by an anonymous request. */
  readonly token: string;
  /** Twelve digits, in the phone number and the note. */
  readonly digits: string;
  /** Words of the contact an attacker might guess and search for (they hold neither marker). */
  readonly guesses: readonly string[];
}

/** The markers to look for in text an anonymous reader gets, and in the logs. */
export function markers(c: PlantedContact): string[] {
  return [c.token, c.digits];
}

/** Adds the contact through the admin API (addContact) and returns its markers. */
export async function plantContact(base: string, actorId: string): Promise<PlantedContact> {
  const token = `mk${randomBytes(8).toString('hex')}`;
  const digits = String(randomInt(100_000_000_000, 999_999_999_999));
  const answer = await graphql(
    base,
    `
      mutation ($actorId: ID!, $input: ContactInput!) {
        addContact(actorId: $actorId, input: $input) {
          id
        }
      }
    `,
    {
      actorId,
      input: {
        name: `Hanna Heimlichova ${token}`,
        role: `Integrationsbeauftragte ${token}`,
        email: `${token}@example.org`,
        phone: `+49 ${digits}`,
        consentGiven: true,
        consentDate: '2025-06-01',
        note: `Erreichbar dienstags ${token} ${digits}`,
      },
    },
    HOSTILE_ADMIN_TOKEN,
  );
  const contactId = (answer.data?.addContact as { id?: string } | undefined)?.id;
  if (!contactId) throw new Error(`addContact failed: ${JSON.stringify(answer.errors)}`);
  return {
    actorId,
    contactId,
    token,
    digits,
    guesses: [
      'Heimlichova',
      'Hanna',
      'Hanna Heimlichova',
      'Integrationsbeauftragte',
      'example.org',
      'dienstags',
    ],
  };
}

/** What the admin path returns for the contact: must hold every marker. */
export async function adminView(base: string, c: PlantedContact): Promise<string> {
  const answer = await graphql(
    base,
    'query ($a: ID!) { actorContacts(actorId: $a) { id name role email phone note } }',
    { a: c.actorId },
    HOSTILE_ADMIN_TOKEN,
  );
  return JSON.stringify(answer);
}

/**
 * Admin requests that go wrong with the markers in them, so that the logs hold whatever the server logs about a
 * failing write of personal data: invalid fields, a withdrawn consent, an unknown contact.
 */
export async function adminErrors(base: string, c: PlantedContact): Promise<string[]> {
  const mutations: [string, Record<string, unknown>][] = [
    [
      'mutation ($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }',
      { id: c.contactId, input: { email: `not an email ${c.token}`, phone: `${c.token} ${c.digits}` } },
    ],
    [
      'mutation ($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) { id } }',
      { id: `contact-${c.token}`, input: { note: `${c.token} ${c.digits}` } },
    ],
    [
      'mutation ($a: ID!, $input: ContactInput!) { addContact(actorId: $a, input: $input) { id } }',
      {
        a: c.actorId,
        input: {
          name: c.token,
          phone: c.digits,
          consentGiven: false,
          consentDate: '2025-06-01',
          note: 'x'.repeat(1001),
        },
      },
    ],
    [
      'mutation ($a: ID!, $input: ContactInput!) { addContact(actorId: $a, input: $input) { id } }',
      { a: `nope-${c.token}`, input: { name: c.token, consentGiven: true, consentDate: '2999-01-01' } },
    ],
    ['mutation ($id: ID!) { removeContact(id: $id) }', { id: `${c.token}-${c.digits}` }],
  ];
  const codes: string[] = [];
  for (const [query, variables] of mutations) {
    const answer = await graphql(base, query, variables, HOSTILE_ADMIN_TOKEN);
    codes.push(answer.errors?.[0]?.extensions?.code ?? 'ok');
  }
  return codes;
}

/** Anonymous requests an attacker would try first, by the contact's id, its actor and its guessed words. */
export function attackerRequests(c: PlantedContact): HttpCase[] {
  const post = (
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => ({
    kind: 'attacker',
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const get = (query: string) => ({
    kind: 'attacker',
    method: 'GET',
    path: `/graphql?${new URLSearchParams({ query }).toString()}`,
    headers: { 'apollo-require-preflight': 'true' },
  });
  const id = JSON.stringify(c.contactId);
  const actor = JSON.stringify(c.actorId);
  const requests: HttpCase[] = [
    post(`{ node(id: ${id}) { __typename id name labels } }`),
    post('query ($id: ID!) { node(id: $id) { __typename id name } actor(id: $id) { id name } }', {
      id: c.contactId,
    }),
    post(`{ actorContacts(actorId: ${actor}) { id name role email phone note } }`),
    post(
      `{ actor(id: ${actor}) { __typename id name labels description note email phone address aliases } }`,
    ),
    post(
      `{ network(focus: [${actor}], depth: 3, limit: 500) { nodes { id name labels } edges { source target type } } }`,
    ),
    post(`{ networkDrawing(focus: [${actor}], limit: 500) { nodes { id name } } }`),
    post(`{ path(from: ${actor}, to: ${id}) { length } }`),
    post(`mutation { updateContact(id: ${id}, input: { note: "x" }) { id name email phone note } }`),
    post(`mutation { removeContact(id: ${id}) }`),
    post('{ auditTrail(first: 100) { entries { targetId before after detail } } }'),
    post(
      `{ actorContacts(actorId: ${actor}) { name email } }`,
      {},
      { authorization: 'Bearer guessed-token' },
    ),
    post('{ __type(name: "ActorContact") { fields { name } } }'),
    post('{ statistics { __typename } }'),
    get(`{ node(id: ${id}) { id name } }`),
    get(`{ actorContacts(actorId: ${actor}) { name } }`),
  ];
  for (const word of c.guesses) {
    const w = JSON.stringify(word);
    requests.push(
      post(`{ search(text: ${w}, first: 100) { score entity { __typename id name labels } } }`),
      post(`{ actors(text: ${w}, first: 100) { totalCount nodes { id name description note } } }`),
      post(`{ measures(text: ${w}) { nodes { id name } } programs(text: ${w}) { nodes { id name } } }`),
    );
  }
  return requests;
}

/** Every HTTP export, in every format and section, whole and filtered, by GET and by HEAD, plain and compressed. */
export function exportRequests(regionIds: readonly string[]): HttpCase[] {
  const filters = [
    '',
    ...EXPORT_LABELS.slice(0, 4).map((l) => `?label=${l}`),
    ...regionIds.map((r) => `?region=${r}`),
  ];
  const requests: HttpCase[] = [];
  for (const path of EXPORT_PATHS) {
    for (const filter of filters) {
      requests.push({ kind: 'export', method: 'GET', path: path + filter, headers: {} });
    }
    requests.push({ kind: 'export', method: 'GET', path, headers: { 'accept-encoding': 'br' } });
    requests.push({ kind: 'export', method: 'GET', path, headers: { 'accept-encoding': 'gzip' } });
    requests.push({ kind: 'export', method: 'HEAD', path, headers: {} });
  }
  requests.push({ kind: 'export', method: 'GET', path: '/export/contacts.csv', headers: {} });
  requests.push({ kind: 'export', method: 'GET', path: '/export/csv/contacts.csv', headers: {} });
  return requests;
}

/** Where the markers show in an anonymous answer: headers and body (the contact's id too, unless the request named it). */
export function markerHits(e: Exchange, c: PlantedContact): string[] {
  const sent = `${e.request.path}\n${e.request.body ?? ''}`;
  const seen = `${JSON.stringify(e.headers)}\n${e.text}`;
  const needles = [...markers(c), ...(sent.includes(c.contactId) ? [] : [c.contactId])];
  return needles.filter((n) => seen.includes(n)).map((n) => `marker ${n} in the answer to ${e.request.kind}`);
}

/** Lines of the server's output that hold a marker. */
export function logHits(output: string, c: PlantedContact): string[] {
  return output.split('\n').filter((line) => markers(c).some((m) => line.includes(m)));
}
