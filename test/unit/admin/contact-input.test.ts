import { describe, expect, it } from 'vitest';
import { checkContact, contactProps } from '../../../server/admin/contacts/contact-input.ts';
import { isAppError } from '../../../server/errors/app-error.ts';

const valid = { name: ' Erika Muster ', consentGiven: true, consentDate: '2026-01-15' };

function issuesOf(data: Record<string, unknown>): { code: string; field?: string }[] {
  try {
    checkContact(data);
  } catch (error) {
    if (isAppError(error) && error.code === 'BAD_USER_INPUT')
      return error.details.issues as { code: string }[];
    throw error;
  }
  throw new Error('expected the contact to be refused');
}

describe('checkContact', () => {
  it('normalises: trims, turns empty optional fields into null', () => {
    expect(checkContact({ ...valid, email: '', role: '  Beauftragte ' })).toEqual({
      name: 'Erika Muster',
      role: 'Beauftragte',
      email: null,
      phone: null,
      consentGiven: true,
      consentDate: '2026-01-15',
      note: null,
    });
  });

  it('stores names and notes as every other text: NFC, invisible characters dropped', () => {
    const fields = checkContact({ ...valid, name: 'Eri\u200Bka Mu\u0308ller', note: 'ru\u00ADfen' });
    expect(fields.name).toBe('Erika M\u00FCller');
    expect(fields.note).toBe('rufen');
  });

  it('refuses a name with a bidi control or a word mixing scripts, and a note that reorders text', () => {
    expect(issuesOf({ ...valid, name: 'Erika \u202EMuster' })).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', field: 'name' }),
    ]);
    // A Cyrillic "а" inside a Latin word.
    expect(issuesOf({ ...valid, name: 'Erik\u0430 Muster' })).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', field: 'name' }),
    ]);
    expect(issuesOf({ ...valid, note: 'ok \u2066x\u2069' })).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', field: 'note' }),
    ]);
    // A name wholly in one other script is a name.
    expect(checkContact({ ...valid, name: 'Ерика Мустер' }).name).toBe('Ерика Мустер');
  });

  it('refuses a contact without consent, whatever else it has', () => {
    expect(issuesOf({ ...valid, consentGiven: false })).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', field: 'consentGiven' }),
    ]);
    expect(issuesOf({ name: 'X' }).map((i) => [i.code, i.field])).toEqual([
      ['REQUIRED', 'consentGiven'],
      ['REQUIRED', 'consentDate'],
    ]);
  });

  it('refuses impossible or future consent dates, bad emails and phones, unknown fields', () => {
    expect(issuesOf({ ...valid, consentDate: '2026-02-30' })[0]).toMatchObject({ code: 'INVALID_DATE' });
    expect(issuesOf({ ...valid, consentDate: '2999-01-01' })[0]).toMatchObject({ code: 'INVALID_DATE' });
    expect(issuesOf({ ...valid, email: 'no-at-sign' })[0]).toMatchObject({
      code: 'INVALID_VALUE',
      field: 'email',
    });
    expect(issuesOf({ ...valid, phone: 'call me' })[0]).toMatchObject({
      code: 'INVALID_VALUE',
      field: 'phone',
    });
    expect(issuesOf({ ...valid, birthday: '1970-01-01' })).toHaveLength(1);
  });

  it('stores no nulls and keeps the consent date apart (it is stored as a date)', () => {
    expect(contactProps(checkContact({ ...valid, phone: '+49 621 4711' }))).toEqual({
      name: 'Erika Muster',
      phone: '+49 621 4711',
      consentGiven: true,
    });
  });
});
