// The rules of the facts model: claim status with its evidence, the fields only some relationship types take,
// actor kinds that lead to a class through broader terms, nested topics without loops, and typed quantities.
import { describe, expect, it } from 'vitest';
import { createExistingGraph } from '../../../server/validate/in-memory-graph.ts';
import { baseDocument, summary, validateJson, VERIFIED } from '../../support/import-fixtures.ts';

const term = (vocabulary: string, key: string, broader?: string) => ({
  vocabulary,
  key,
  labelDe: key,
  labelEn: key,
  definition: `the ${key}`,
  ...(broader === undefined ? {} : { broader }),
});
const kurs = { id: 'kurs', kind: 'course', name: 'Integrationskurs', ...VERIFIED };
const kreis = { id: 'kv', kind: 'agency', name: 'Kreisverwaltung', ...VERIFIED };

async function errorsOf(extend: (doc: ReturnType<typeof baseDocument>) => void) {
  const doc = baseDocument();
  extend(doc);
  const result = await validateJson(doc);
  return summary(result.errors).map(({ code, field }) => ({ code, field }));
}

describe('claim status', () => {
  it('accepts a stated fact with a locator and an inferred one with its reasoning', async () => {
    const errors = await errorsOf((doc) => {
      doc.actors.push(kreis);
      doc.measures = [{ ...kurs, claim: 'stated', locator: '„Integrationskurse vor Ort"' }];
      doc.relationships.push({
        type: 'ACTIVE_IN',
        from: 'kurs',
        to: 'lahn-dill',
        claim: 'inferred',
        reasoning: 'The text names no place; the courses are those of the Kreis.',
        ...VERIFIED,
      });
    });
    expect(errors).toEqual([]);
  });

  it('refuses a claim without its evidence, evidence of the wrong kind, and evidence without a claim', async () => {
    const errors = await errorsOf((doc) => {
      doc.measures = [
        { ...kurs, id: 'kurs-a', claim: 'stated' },
        { ...kurs, id: 'kurs-b', name: 'B', claim: 'inferred', locator: 'a quote' },
        { ...kurs, id: 'kurs-c', name: 'C', reasoning: 'because' },
        { ...kurs, id: 'kurs-d', name: 'D', claim: 'guessed' },
      ];
    });
    expect(errors).toEqual([
      { code: 'REQUIRED', field: 'locator' },
      { code: 'REQUIRED', field: 'reasoning' },
      { code: 'INVALID_VALUE', field: 'locator' },
      { code: 'REQUIRED', field: 'claim' },
      { code: 'INVALID_VALUE', field: 'claim' },
    ]);
  });
});

describe('fields only some relationship types take', () => {
  it('takes reach on ACTIVE_IN, regions on PROVIDES and quantities on FUNDS', async () => {
    const errors = await errorsOf((doc) => {
      doc.actors.push(kreis);
      doc.measures = [kurs];
      doc.terms.push(term('quantityKind', 'fundingAmount'));
      doc.relationships.push(
        { type: 'ACTIVE_IN', from: 'kurs', to: 'hessen', reach: 'unknownPlaces', ...VERIFIED },
        { type: 'PROVIDES', from: 'kv', to: 'kurs', role: 'provider', regions: ['lahn-dill'], ...VERIFIED },
        {
          type: 'FUNDS',
          from: 'kv',
          to: 'kurs',
          quantities: [{ kind: 'fundingAmount', value: 50000, unit: 'EUR', per: 'year', since: '2024' }],
          ...VERIFIED,
        },
      );
    });
    expect(errors).toEqual([]);
  });

  it('refuses them elsewhere, and regions that are not regions', async () => {
    const errors = await errorsOf((doc) => {
      doc.actors.push(kreis);
      doc.measures = [kurs];
      doc.relationships.push(
        { type: 'LOCATED_IN', from: 'kv', to: 'hessen', reach: 'whole', ...VERIFIED },
        {
          type: 'PROVIDES',
          from: 'kv',
          to: 'kurs',
          role: 'provider',
          regions: ['kurs', 'nowhere'],
          ...VERIFIED,
        },
        { type: 'ACTIVE_IN', from: 'kurs', to: 'hessen', reach: 'everywhere', ...VERIFIED },
      );
    });
    expect(errors).toEqual([
      { code: 'INVALID_VALUE', field: 'reach' },
      { code: 'INVALID_ENDPOINT', field: 'regions' },
      { code: 'UNKNOWN_REFERENCE', field: 'regions' },
      { code: 'INVALID_VALUE', field: 'reach' },
    ]);
  });
});

describe('actor kinds as vocabulary', () => {
  it('files an actor of a narrower kind under its class: a council is a body and needs a bodyKind', async () => {
    const council = { id: 'auslaenderbeirat', kind: 'council', name: 'Ausländerbeirat', ...VERIFIED };
    const errors = await errorsOf((doc) => {
      doc.terms.push(term('actorKind', 'council', 'body'));
      doc.actors.push(kreis, council);
      doc.relationships.push({
        type: 'MEMBER_OF',
        from: 'kv',
        to: 'auslaenderbeirat',
        role: 'member',
        ...VERIFIED,
      });
    });
    expect(errors).toEqual([{ code: 'REQUIRED', field: 'bodyKind' }]);
  });

  it('refuses a kind that leads to no class, a class with a broader term, and a loop', async () => {
    const errors = await errorsOf((doc) => {
      doc.terms.push(
        term('actorKind', 'orphan'),
        term('actorKind', 'loopA', 'loopB'),
        term('actorKind', 'loopB', 'loopA'),
      );
      const agency = doc.terms.find((t) => t.vocabulary === 'actorKind' && t.key === 'agency');
      if (agency) agency.broader = 'body';
      doc.actors.push({ ...kreis, kind: 'orphan' });
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { code: 'INVALID_VALUE', field: 'broader' },
        { code: 'INVALID_VALUE', field: 'kind' },
      ]),
    );
    expect(errors.filter((e) => e.field === 'broader')).toHaveLength(4);
  });

  it('resolves a kind through the broader terms the database holds', async () => {
    const existing = createExistingGraph({
      nodes: [{ id: 'doc-004', kind: 'Source' }],
      terms: [
        { vocabulary: 'actorKind', key: 'economicActor', broader: null },
        { vocabulary: 'actorKind', key: 'chamber', broader: 'economicActor' },
      ],
    });
    const ihk = { id: 'ihk', kind: 'chamber', name: 'IHK Lahn-Dill', ...VERIFIED };
    const result = await validateJson({ format: 'integration-atlas/1', actors: [ihk] }, existing);
    expect(summary(result.errors)).toEqual([]);
  });
});

describe('nested topics and typed quantities', () => {
  const topic = (id: string, broader?: string) => ({
    id,
    labelDe: id,
    labelEn: id,
    definition: id,
    ...(broader === undefined ? {} : { broader }),
    ...VERIFIED,
  });

  it('takes a broader topic and refuses a loop or a broader that is not a topic', async () => {
    const errors = await errorsOf((doc) => {
      doc.topics = [
        topic('bildung'),
        topic('sprache', 'bildung'),
        topic('tx', 'ty'),
        topic('ty', 'tx'),
        topic('tz', 'hessen'),
      ];
    });
    expect(errors).toEqual([
      { code: 'INVALID_VALUE', field: 'broader' },
      { code: 'INVALID_VALUE', field: 'broader' },
      { code: 'INVALID_ENDPOINT', field: 'broader' },
    ]);
  });

  it('refuses a quantity without value and unit or date, a share above 100 and an unknown kind', async () => {
    const errors = await errorsOf((doc) => {
      doc.terms.push(term('quantityKind', 'ownContributionShare'));
      doc.programs = [
        {
          id: 'wir',
          kind: 'fundingProgram',
          name: 'WIR',
          quantities: [
            { kind: 'ownContributionShare', value: 120, unit: 'percent' },
            { kind: 'ownContributionShare' },
            { kind: 'participants', value: 3, unit: 'count' },
          ],
          ...VERIFIED,
        },
      ];
    });
    expect(errors).toEqual([
      { code: 'INVALID_VALUE', field: 'quantities' },
      { code: 'INVALID_VALUE', field: 'quantities' },
    ]);
  });
});
