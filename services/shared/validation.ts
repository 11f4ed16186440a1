// Input validation at the service boundary: one zod schema per input, the type derived from it,
// and zod's issues turned into field-level issues with stable codes.
import { z } from 'zod';
import { ValidationError, type FieldIssue, type FieldIssueCode } from './errors';

export const languageCodes = [
  'NL', 'FR', 'EN', 'DE', 'IT', 'AR', 'TR', 'UK', 'RU', 'ES', 'PT', 'FA', 'PS', 'TI', 'SO',
] as const;
export const languageSchema = z.enum(languageCodes);
export type Language = z.infer<typeof languageSchema>;

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((value) => value.toLowerCase());

/** ISO 3166-1 alpha-2, validated against the runtime's region list. */
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
export const countrySchema = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .refine((value) => /^[A-Z]{2}$/.test(value) && regionNames.of(value) !== undefined, {
    message: 'Use a two-letter ISO country code, such as BE or IT.',
  });

/** Plain one-line text with a length range; trims and rejects control characters. */
export function lineSchema(min: number, max: number) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { message: 'Contains control characters.' });
}

function codeOf(issue: z.core.$ZodIssue): FieldIssueCode {
  switch (issue.code) {
    case 'too_big':
      return 'TOO_LONG';
    case 'too_small':
      return issue.input === '' || (Array.isArray(issue.input) && issue.input.length === 0) ? 'REQUIRED' : 'TOO_SHORT';
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? 'REQUIRED' : 'INVALID';
    default:
      return 'INVALID';
  }
}

/** Parses `input` or throws a ValidationError whose fields start with `prefix` (e.g. ['input']). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix: string[] = ['input']): z.infer<S> {
  // reportInput: the codes depend on the offending value (empty vs. too short, missing vs. wrong type).
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.map((issue) => ({
    field: [...prefix, ...issue.path.map(String)],
    code: codeOf(issue),
    message: issue.message,
  }));
  throw new ValidationError(issues);
}
