import { describe, expect, it } from 'vitest';
import { createSuggester, didYouMean, maxDistance } from '../../../server/validate/suggest-id.ts';
import { baseDocument, validateJson, VERIFIED } from '../../support/import-fixtures.ts';

const caritas = { id: 'caritas', kind: 'welfareOrganisation', name: 'Caritas', ...VERIFIED };
const body = {
  id: 'ak-integration',
  kind: 'body',
  bodyKind: 'workingGroup',
  name: 'AK Integration',
  ...VERIFIED,
};
const member = (from: string, to: string) => ({ type: 'MEMBER_OF', from, to, role: 'member', ...VERIFIED });

describe('did you mean: unknown references', () => {
  it('suggests the nearest id for a typo in from and to', async () => {
    const document = baseDocument();
    document.actors.push(caritas, body);
    document.relationships.push(member('cartias', 'ak-integraton'));
    const { errors } = await validateJson(document);
    expect(errors.map(({ code, field }) => ({ code, field }))).toEqual([
      { code: 'UNKNOWN_REFERENCE', field: 'from' },
      { code: 'UNKNOWN_REFERENCE', field: 'to' },
    ]);
    expect(errors[0]?.message).toContain('did you mean "caritas"?');
    expect(errors[1]?.message).toContain('did you mean "ak-integration"?');
  });

  it('suggests the nearest source for a typo in sources', async () => {
    const document = baseDocument();
    document.actors.push({ ...caritas, sources: ['doc-04'] });
    const { errors } = await validateJson(document);
    expect(errors).toMatchObject([{ code: 'UNKNOWN_REFERENCE', field: 'sources' }]);
    expect(errors[0]?.message).toContain('did you mean "doc-004"?');
  });

  it('suggests only ids of a kind that fits the field', async () => {
    const document = baseDocument();
    // "ak-integration" is a body; MEMBER_OF needs one at `to`, and "ak-integratio" is as near to the agency.
    document.actors.push(body, { ...caritas, id: 'ak-integratiom', kind: 'agency' });
    document.relationships.push(member('ak-integratiom', 'ak-integratio'));
    const { errors } = await validateJson(document);
    expect(errors).toMatchObject([{ code: 'UNKNOWN_REFERENCE', field: 'to' }]);
    expect(errors[0]?.message).toContain('did you mean "ak-integration"?');
  });

  it('suggests nothing for an id that is far from every known one', async () => {
    const document = baseDocument();
    document.actors.push(caritas, body);
    document.relationships.push(member('caritas', 'runder-tisch-asyl'));
    const { errors } = await validateJson(document);
    expect(errors).toMatchObject([{ code: 'UNKNOWN_REFERENCE', field: 'to' }]);
    expect(errors[0]?.message).not.toContain('did you mean');
  });
});

describe('createSuggester', () => {
  const suggest = createSuggester<string>([
    ['caritas', 'Actor'],
    ['caritas-giessen', 'Actor'],
    ['doc-004', 'Source'],
    ['doc-005', 'Source'],
    ['hessen', 'Region'],
  ]);

  it('lists all the nearest, alphabetically, within max(2, 30%) edits', () => {
    expect(suggest('doc-00')).toEqual(['doc-004', 'doc-005']);
    expect(suggest('caritas-gießen')).toEqual(['caritas-giessen']);
    expect(suggest('kreis-giessen')).toEqual([]);
    expect(maxDistance('doc-04')).toBe(2);
    expect(maxDistance('caritas-giessen')).toBe(4);
    expect(maxDistance('ab')).toBe(1);
  });

  it('considers only the kinds asked for', () => {
    expect(suggest('hesse', ['Actor'])).toEqual([]);
    expect(suggest('hesse', ['Region'])).toEqual(['hessen']);
  });

  it('words the suggestion for a message', () => {
    expect(didYouMean([])).toBe('');
    expect(didYouMean(['a'])).toBe('; did you mean "a"?');
    expect(didYouMean(['a', 'b', 'c'])).toBe('; did you mean "a", "b" or "c"?');
  });
});
