// Input validation at the service boundary: one zod schema per input, the type derived from it,
// and zod's issues turned into field-level issues with stable codes. zod/mini keeps the Lambda
// bundle small (the classic API alone was a quarter of it).
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ValidationError, type FieldIssue, type FieldIssueCode } from './errors';

// English messages; the web app shows its own translation of each issue's code.
z.config(en());

export const languageCodes = [
  'NL', 'FR', 'EN', 'DE', 'IT', 'AR', 'TR', 'UK', 'RU', 'ES', 'PT', 'FA', 'PS', 'TI', 'SO',
] as const;
export const languageSchema = z.enum(languageCodes);
export type Language = z.infer<typeof languageSchema>;

export const emailSchema = z.pipe(z.string().check(z.trim(), z.maxLength(254), z.toLowerCase()), z.email());

/** ISO 3166-1 alpha-2, validated against the runtime's region list. */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
export const countrySchema = z.string().check(
  z.trim(),
  z.toUpperCase(),
  z.refine((value) => /^[A-Z]{2}$/.test(value) && regionNames.of(value) !== undefined, {
    message: 'Use a two-letter ISO country code, such as BE or IT.',
  }),
);

/** Plain one-line text with a length range; trims and rejects control characters. */
export function lineSchema(min: number, max: number) {
  return z.string().check(
    z.trim(),
    z.minLength(min),
    z.maxLength(max),
    z.refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { message: 'Contains control characters.' }),
  );
}

/** A list of distinct values, e.g. the languages a tenant offers. */
export function distinctListSchema<T extends z.core.$ZodType>(item: T, min: number, max: number) {
  return z.array(item).check(
    z.minLength(min),
    z.maxLength(max),
    z.refine((list) => new Set(list).size === list.length, { message: 'A value is listed twice.' }),
  );
}

/** The optimistic-locking version a client read. */
export const versionSchema = z.int().check(z.minimum(1));

function codeOf(issue: z.core.$ZodIssue): FieldIssueCode {
  switch (issue.code) {
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array' ? 'TOO_LONG' : 'INVALID';
    case 'too_small':
      if (issue.input === '' || (Array.isArray(issue.input) && issue.input.length === 0)) return 'REQUIRED';
      return issue.origin === 'string' || issue.origin === 'array' ? 'TOO_SHORT' : 'INVALID';
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'REQUIRED' : 'INVALID';
    default:
      return 'INVALID';
  }
}

/** Parses `input` or throws a ValidationError whose fields start with `prefix` (e.g. ['input']). */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, prefix: string[] = ['input']): z.infer<S> {
  // reportInput: the codes depend on the offending value (empty vs. too short, missing vs. wrong type).
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    field: [...prefix, ...issue.path.map(String)],
    code: codeOf(issue),
    message: issue.message,
  }));
  throw new ValidationError(issues);
}
