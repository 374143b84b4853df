// A contact person, checked before it is stored. Consent is the condition of storing at all (DOMAIN: "A named
// contact is optional, carries consent"), so a contact without consent is refused rather than kept with a flag.
import { z } from 'zod';
import { isFullDate } from '../../domain/dates.ts';
import { cleanText, nameProblem, textProblem } from '../../domain/text-safety.ts';
import { importError, type ImportIssue } from '../../errors/issues.ts';
import { invalidInput } from '../input-errors.ts';
import { INPUT } from '../validate-records.ts';

/**
 * Text as every other write stores it (domain/text-safety.ts): NFC, invisible characters dropped; reordering
 * controls refused, and in the name (which readers compare with others) any bidi control or a word mixing scripts.
 */
const clean = (max: number, problem: (text: string) => string | undefined) =>
  z
    .string()
    .overwrite(cleanText)
    .trim()
    .max(max)
    .superRefine((value, ctx) => {
      const why = problem(value);
      if (why !== undefined) ctx.addIssue({ code: 'custom', message: why });
    });

const optional = (max: number) =>
  clean(max, textProblem)
    .nullish()
    .transform((value) => value || null);

const today = () => new Date().toISOString().slice(0, 10);

export const contactSchema = z.strictObject({
  name: clean(200, nameProblem).pipe(z.string().min(1)),
  role: optional(200),
  email: optional(254).refine((value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
    error: 'expected an email address such as name@example.org',
  }),
  phone: optional(40).refine((value) => value === null || /^\+?[0-9][0-9 ()/.-]{2,}$/.test(value), {
    error: 'expected a phone number: digits, spaces, + ( ) / . -',
  }),
  consentGiven: z.literal(true, {
    error: 'a contact is stored only with consent; when consent is withdrawn, remove the contact',
  }),
  consentDate: z
    .string()
    .refine(isFullDate, { error: 'expected a real date as YYYY-MM-DD' })
    .refine((value) => value <= today(), { error: 'consent cannot be given in the future' }),
  note: optional(1000),
});

export type ContactFields = z.output<typeof contactSchema>;

/** The contact normalised, or BAD_USER_INPUT with one issue per field in the importer's issue shape. */
export function checkContact(data: Readonly<Record<string, unknown>>): ContactFields {
  const result = contactSchema.safeParse(data);
  if (result.success) return result.data;
  const issues: ImportIssue[] = result.error.issues.map((issue) => {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
    const value = field === undefined ? undefined : data[field];
    const code =
      value === undefined || value === null
        ? 'REQUIRED'
        : field === 'consentDate'
          ? 'INVALID_DATE'
          : 'INVALID_VALUE';
    return importError(code, INPUT, issue.message, { field });
  });
  throw invalidInput(issues);
}

/** The properties to store: the fields without the date (stored as a Neo4j date) and without nulls. */
export function contactProps(fields: ContactFields): Record<string, string | boolean> {
  const props: Record<string, string | boolean> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'consentDate' && value !== null) props[key] = value;
  }
  return props;
}
