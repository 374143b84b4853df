// The value schemas the import format's fields are built from: ids, term keys, texts, dates, codes, contact data,
// typed quantities and the claim fields. Each normalises as the format promises (texts cleaned and trimmed, absent
// → null, [] or false); atlas-document.ts assembles them into one schema per section.
import { z } from 'zod';
import { isFullDate, isPartialDate } from './dates.ts';
import { cleanText } from './text-safety.ts';
import { CLAIM_STATUSES, QUANTITY_PERIODS, QUANTITY_UNITS } from './vocabulary.ts';

const ID = /^[a-z0-9][a-z0-9-]{1,79}$/;
// Term keys are camelCase in the seed (`workingGroup`); hyphens are allowed for keys taken from slugs.
const TERM_KEY = /^[a-z][a-zA-Z0-9-]{0,79}$/;

export const id = z.string().regex(ID, { error: 'expected an id: a-z, 0-9 and -, 2 to 80 characters' });
// Every text in its stored form (text-safety.ts): NFC, line breaks as `\n`, invisible characters removed, trimmed.
// A text of invisible characters only is empty. Import and the admin mutations both parse with these schemas.
export const text = z.string().overwrite(cleanText).trim().min(1);
export const optionalText = z
  .string()
  .overwrite(cleanText)
  .trim()
  .nullish()
  .transform((value) => value || null);
/**
 * Names, labels and codes are indexed (a range index holds keys of at most about 8 KB) and folded into the search
 * key: longer than any real name, a name is refused here rather than failing in the database.
 */
export const NAME_MAX_LENGTH = 300;
/** Aliases per record at most: each is folded into the search key, which a text index holds. */
export const ALIASES_MAX = 50;
export const nameText = text.max(NAME_MAX_LENGTH, {
  error: `expected at most ${NAME_MAX_LENGTH} characters: a name, label or code, not a text`,
});
export const optionalNameText = z
  .string()
  .overwrite(cleanText)
  .trim()
  .max(NAME_MAX_LENGTH, { error: `expected at most ${NAME_MAX_LENGTH} characters: a name, not a text` })
  .nullish()
  .transform((value) => value || null);
export const termKey = z.string().regex(TERM_KEY, { error: 'expected a term key such as "workingGroup"' });
export const optionalTermKey = termKey.nullish().transform((value) => value ?? null);
export const day = z.string().refine(isFullDate, { error: 'expected a real date as YYYY-MM-DD' });
export const optionalPartialDate = z
  .string()
  .refine(isPartialDate, { error: 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD' })
  .nullish()
  .transform((value) => value ?? null);
export const sourceIds = z.array(id).min(1, { error: 'at least one source is required' });
export const optionalIds = z
  .array(id)
  .nullish()
  .transform((value) => value ?? []);
export const aliases = z
  .array(nameText)
  .max(ALIASES_MAX, { error: `expected at most ${ALIASES_MAX} aliases` })
  .nullish()
  .transform((value) => value ?? []);
export const flag = z
  .boolean()
  .nullish()
  .transform((value) => value ?? false);
export const optionalUrl = z
  .url({ protocol: /^https?$/, error: 'expected a web address starting with https:// or http://' })
  .nullish()
  .transform((value) => value ?? null);
export const optionalIdRef = id.nullish().transform((value) => value ?? null);
export const optionalCount = z
  .number()
  .int({ error: 'expected a whole number' })
  .nonnegative({ error: 'expected a number of 0 or more' })
  .nullish()
  .transform((value) => value ?? null);
export const optionalArea = z
  .number()
  .nonnegative({ error: 'expected an area of 0 or more' })
  .nullish()
  .transform((value) => value ?? null);
// NUTS-3 (Eurostat): the country's two letters and three digits or capitals, e.g. DEA52 (Dortmund), AT130 (Wien).
export const optionalNuts3 = z
  .string()
  .trim()
  .regex(/^(?:DE[0-9A-Z]{3}|AT[0-9]{3})$/, { error: 'expected a NUTS-3 code such as "DEA52" or "AT130"' })
  .nullish()
  .transform((value) => value || null);

export const optionalTermKeys = z
  .array(termKey)
  .nullish()
  .transform((value) => value ?? []);
const optionalDay = day.nullish().transform((value) => value ?? null);
// ISO 639-1 or 639-3 codes, e.g. "ar", "fa", "prs" (Dari).
export const languages = z
  .array(z.string().regex(/^[a-z]{2,3}$/, { error: 'expected a language code such as "ar" or "prs"' }))
  .nullish()
  .transform((value) => value ?? []);
export const optionalEmail = z
  .email({ error: 'expected an e-mail address such as "integration@kreis.de"' })
  .nullish()
  .transform((value) => value ?? null);
export const optionalPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()/-]{3,30}$/, { error: 'expected a phone number such as "+49 231 1234-0"' })
  .nullish()
  .transform((value) => value || null);
export function optionalEnum<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .enum(values)
    .nullish()
    .transform((value) => value ?? null);
}

/**
 * A typed quantity: an amount of money, a share, a count, a span of time (`value` and `unit`), or a date such as
 * an application deadline (`date`), per total or per year, month or week, optionally for a period.
 */
export const quantitySchema = z
  .strictObject({
    kind: termKey,
    value: z
      .number()
      .nonnegative({ error: 'expected a number of 0 or more' })
      .nullish()
      .transform((v) => v ?? null),
    unit: optionalEnum(QUANTITY_UNITS),
    per: optionalEnum(QUANTITY_PERIODS),
    date: optionalDay,
    since: optionalPartialDate,
    until: optionalPartialDate,
    note: optionalText,
  })
  .superRefine((q, ctx) => {
    if (q.date === null && (q.value === null || q.unit === null)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a quantity needs value and unit, or a date',
        path: ['value'],
      });
    }
    if (q.date !== null && q.value !== null) {
      ctx.addIssue({
        code: 'custom',
        message: 'a quantity has value and unit, or a date, not both',
        path: ['date'],
      });
    }
    if (q.unit === 'percent' && q.value !== null && q.value > 100) {
      ctx.addIssue({ code: 'custom', message: 'a share in percent is at most 100', path: ['value'] });
    }
  });
export const quantities = z
  .array(quantitySchema)
  .nullish()
  .transform((value) => value ?? []);

/** Claim status: stated (with a locator: a short quote or the section) or inferred (with the reasoning). */
export const claimFields = {
  claim: optionalEnum(CLAIM_STATUSES),
  locator: optionalText,
  reasoning: optionalText,
};
