// DOMAIN: "A named contact is optional, carries consent, and is never visible to anonymous readers." A stored
// contact must not show up in any public query, in the export (any format), or in the audit trail.
import { describe, expect, it } from 'vitest';
import { documentToGraph } from '../../../../server/export/document-to-graph.ts';
import { readPart } from '../../../../server/export/select-part.ts';
import { toCsvFiles } from '../../../../server/export/to-csv.ts';
import { toGraphml } from '../../../../server/export/to-graphml.ts';
import { toJson } from '../../../../server/export/to-json.ts';
import { readDocument } from '../../../../server/store/read-document.ts';
import { errorOf, ok, useWriteApi } from './support/write-api.ts';

const PERSONAL = ['Hanna Heimlich', 'hanna.heimlich@example.org', '0621 4711'];

describe('a stored contact stays with admins', () => {
  const api = useWriteApi();

  /** Stores the contact each test looks for, on that test's fresh data; returns its id. */
  async function storeContact(): Promise<string> {
    const added = ok(
      await api.admin.query<{ addContact: { id: string } }>(
        `mutation { addContact(actorId: "jobcenter-bergstrasse", input: {
          name: "Hanna Heimlich", email: "hanna.heimlich@example.org", phone: "0621 4711",
          consentGiven: true, consentDate: "2026-06-01" }) { id } }`,
      ),
    );
    return added.addContact.id;
  }

  it('is stored and readable by an admin', async () => {
    await storeContact();
    const listed = ok(
      await api.admin.query<{ actorContacts: { name: string }[] }>(
        '{ actorContacts(actorId: "jobcenter-bergstrasse") { name } }',
      ),
    );
    expect(listed.actorContacts).toEqual([{ name: 'Hanna Heimlich' }]);
  });

  it('is invisible to anonymous readers: admin fields refuse, public queries never return it', async () => {
    const contactId = await storeContact();
    const contacts = await api.anonymous.query(
      '{ actorContacts(actorId: "jobcenter-bergstrasse") { name email } }',
    );
    expect(errorOf(contacts).code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(contacts)).not.toContain('Hanna');

    const responses = [
      await api.anonymous.query(
        '{ network(limit: 500) { nodes { id name labels } edges { source target type } } }',
      ),
      await api.anonymous.query('query ($id: ID!) { node(id: $id) { id name labels } }', { id: contactId }),
      await api.anonymous.query('{ node(id: "jobcenter-bergstrasse") { id name labels } }'),
      await api.anonymous.query('{ search(text: "Heimlich") { entity { id name } } }'),
      await api.anonymous.query('{ search(text: "Jobcenter") { entity { id name } } }'),
    ];
    for (const response of responses) {
      const text = JSON.stringify(response);
      for (const personal of [...PERSONAL, contactId]) expect(text).not.toContain(personal);
    }
    const network = responses[0]?.data as {
      network: { nodes: { labels: string[] }[]; edges: { type: string }[] };
    };
    expect(network.network.nodes.some((n) => n.labels.includes('Contact'))).toBe(false);
    expect(network.network.edges.some((e) => e.type === 'CONTACT_OF')).toBe(false);
  });

  it('is never exported: not in the document, nor in JSON, CSV or GraphML', async () => {
    const contactId = await storeContact();
    const texts = [
      JSON.stringify(await readDocument(api.db)),
      toJson(await readPart(api.db)),
      ...toCsvFiles(await readPart(api.db)).values(),
      toGraphml(documentToGraph(await readPart(api.db, { labels: ['Actor'] }))),
    ];
    for (const text of texts) {
      for (const personal of [...PERSONAL, contactId, 'CONTACT_OF']) expect(text).not.toContain(personal);
    }
  });

  it('is never in the audit trail, even for admins', async () => {
    const contactId = await storeContact();
    const trail = ok(
      await api.admin.query<{ auditTrail: { entries: unknown[] } }>(
        '{ auditTrail(first: 100) { entries { targetId before after detail } } }',
      ),
    );
    // The contact's own entry is there, by its id, without the personal data.
    expect(JSON.stringify(trail)).toContain(contactId);
    for (const personal of PERSONAL) expect(JSON.stringify(trail)).not.toContain(personal);
  });
});
