// Personal contact data never reaches anonymous readers. The admin API keeps contacts as :Contact nodes (no
// :Entity, no id) linked by CONTACT_OF; a careless import could also leave contact* properties on a node. Both
// are written here directly, then every reading path that could meet them is asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCypherFile } from '../../../../server/db/cypher-file.ts';
import { openReadFixture, queryData, type ReadFixture } from './read-api.ts';

// Inline on purpose: test-only data that no .cypher file of the application may ever write.
const WRITE_CONTACTS = parseCypherFile(
  'test/privacy-contacts',
  `MATCH (a:Actor {id: 'jobcenter-doc-004'})
   SET a.contactName = 'Erika Mustermann', a.contactEmail = 'erika.mustermann@example.org'
   CREATE (c:Contact {contactId: 'c-1', name: 'Erika Mustermann', email: 'erika.mustermann@example.org',
                      phone: '+49 0000 000000', consentGiven: true})-[:CONTACT_OF]->(a)
   RETURN count(c) AS contacts`,
);

describe('no contact data on the reading paths', () => {
  let fx: ReadFixture;
  beforeAll(async () => {
    fx = await openReadFixture();
    expect(await fx.db.write(WRITE_CONTACTS)).toEqual([{ contacts: 1 }]);
  });
  afterAll(() => fx.close());

  const leaks = (value: unknown) => /Mustermann|example\.org|0000 000000|c-1/.test(JSON.stringify(value));

  it('no lookup, list, search, network, path or introspection shows a contact', async () => {
    const everything = await queryData(
      fx.api,
      `{ node(id: "jobcenter-doc-004") { id name labels ... on Actor { partOf { parent { id } } units { unit { id } }
           memberships { body { name ... on Body { members { member { id name } } } } } cooperations { partner { id } } } }
         contactAsNode: node(id: "c-1") { id }
         actors(first: 100) { nodes { id name description note } }
         search(text: "Mustermann") { entity { id } }
         wholeNetwork: network(limit: 500) { nodes { id name labels } edges { type } }
         allTypes: network(focus: ["jobcenter-doc-004"], depth: 2, relationshipTypes: [MEMBER_OF, COOPERATES_WITH,
           PART_OF, FUNDS, RUNS, PROVIDES, BASED_ON, ADDRESSES, TARGETS, ACTIVE_IN, LOCATED_IN, SOURCED_FROM],
           kinds: [COMMISSIONER, AGENCY, WELFARE_ORGANISATION, CIVIL_SOCIETY_ORGANISATION, RESEARCH_INSTITUTE,
             EDUCATION_PROVIDER, BODY, PROGRAM, MEASURE, TOPIC, TARGET_GROUP, REGION, SOURCE]) {
           nodes { id name labels } edges { type } }
         path(from: "jobcenter-doc-004", to: "auslaenderbehoerde-doc-004") { nodes { id name } } }`,
    );
    expect(leaks(everything)).toBe(false);
    // A source's citations are a hub list (cited by thousands at national scale): its own request, as the cost
    // limit demands.
    expect(leaks(await queryData(fx.api, '{ source(id: "doc-004") { citedBy { id name } } }'))).toBe(false);
    expect(everything).toMatchObject({ contactAsNode: null, search: [] });
  });

  it('the schema of the reading API has no field for contact data', async () => {
    const data = await queryData<{ __type: { fields: { name: string }[] } }>(
      fx.api,
      '{ __type(name: "Agency") { fields { name } } }',
    );
    expect(data.__type.fields.map((f) => f.name).filter((n) => /contact/i.test(n))).toEqual([]);
  });
});
