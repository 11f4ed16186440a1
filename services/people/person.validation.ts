// Validation of a person's profile: the schema of the input, and the checks that depend on the
// programme (its intake form's required fields, the sensitive categories it collects) and on the
// tenant (postcode format of its country).
import * as z from 'zod/mini';
import type { FieldOption, FormField, IntakeForm, SensitiveCategory } from '../programmes/intake-form';
import { ValidationError, type FieldIssue } from '../shared/errors';
import { emailSchema, languageSchema, lineSchema } from '../shared/validation';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
/** ISO 639-1 or -3 codes the runtime knows (e.g. nl, ar, ti, prs). */
export const languageCodeSchema = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.refine((code) => /^[a-z]{2,3}$/.test(code) && languageNames.of(code) !== undefined, { message: 'Unknown language code; use ISO 639, e.g. nl, ar, ti.' }),
);

const thisYear = new Date().getUTCFullYear();
const optionalLine = (max: number) => z.nullish(z.string().check(z.trim(), z.maxLength(max)));

export const profileSchema = z.object({
  firstName: lineSchema(1, 80),
  lastName: lineSchema(1, 80),
  email: z.nullish(z.union([z.literal(''), emailSchema])),
  phone: z.nullish(z.string().check(z.trim(), z.maxLength(30), z.regex(/^\+?[0-9 ()./-]{6,30}$|^$/, 'Use digits, spaces and an optional leading +.'))),
  preferredLanguage: z.nullish(languageSchema),
  postcode: optionalLine(10),
  birthYear: z.nullish(z.int().check(z.minimum(1900), z.maximum(thisYear))),
  gender: z.nullish(z.enum(['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'])),
  languages: z.nullish(z.array(z.object({ code: languageCodeSchema, level: z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE']) })).check(z.maxLength(20))),
  interests: z.nullish(z.array(z.string().check(z.trim(), z.toLowerCase(), z.minLength(2), z.maxLength(40))).check(z.maxLength(40))),
  availability: z.nullish(
    z.array(z.object({ day: z.enum(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN']), part: z.enum(['MORNING', 'AFTERNOON', 'EVENING']) })).check(z.maxLength(21)),
  ),
  capacity: z.nullish(z.int().check(z.minimum(1), z.maximum(10))),
  answers: z.nullish(z.array(z.object({ key: z.string().check(z.minLength(1), z.maxLength(60)), value: z.string().check(z.maxLength(8000)) })).check(z.maxLength(60))),
  sensitive: z.nullish(z.object({ health: optionalLine(4000), psychosocial: optionalLine(4000), religion: optionalLine(200) })),
  externalId: z.nullish(z.string().check(z.trim(), z.maxLength(64))),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const consentSchema = z.object({
  purpose: z.string().check(z.trim(), z.minLength(2), z.maxLength(60)),
  granted: z.boolean(),
  textVersion: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
});
export type ConsentInput = z.infer<typeof consentSchema>;

const postcodePatterns: Record<string, RegExp> = {
  BE: /^[1-9][0-9]{3}$/,
  NL: /^[1-9][0-9]{3} ?[A-Z]{2}$/,
  FR: /^[0-9]{5}$/,
  IT: /^[0-9]{5}$/,
  DE: /^[0-9]{5}$/,
  LU: /^[0-9]{4}$/,
};

/** Checks a postcode against the tenant's country (a generic pattern elsewhere). */
export function postcodeIssue(postcode: string, country: string): string | null {
  const pattern = postcodePatterns[country] ?? /^[A-Z0-9][A-Z0-9 -]{1,9}$/i;
  return pattern.test(postcode.toUpperCase()) ? null : `Not a valid postcode for ${country}.`;
}

// Keys of form fields that fill a profile field; everything else is kept as an answer.
const profileKeys = new Set(['firstName', 'lastName', 'email', 'phone', 'preferredLanguage', 'postcode', 'birthYear', 'gender', 'languages', 'interests', 'availability', 'capacity']);
const sensitiveKeys: Record<SensitiveCategory, 'health' | 'psychosocial' | 'religion'> = { HEALTH: 'health', PSYCHOSOCIAL: 'psychosocial', RELIGION: 'religion' };

const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0);

function answerIssue(field: FormField, raw: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return 'Not valid JSON.';
  }
  const values = (field.options ?? []).map((option: FieldOption) => option.value);
  switch (field.type) {
    case 'TEXT':
      return typeof value === 'string' && value.length <= 200 ? null : 'Expected a text of at most 200 characters.';
    case 'LONG_TEXT':
      return typeof value === 'string' && value.length <= 4000 ? null : 'Expected a text of at most 4000 characters.';
    case 'SINGLE_CHOICE':
      return typeof value === 'string' && values.includes(value) ? null : 'Not one of the options.';
    case 'MULTIPLE_CHOICE':
      return Array.isArray(value) && value.every((entry) => values.includes(entry)) ? null : 'Not among the options.';
    case 'DATE':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : 'Expected a date (YYYY-MM-DD).';
    default:
      return null;
  }
}

/**
 * Checks a profile against the intake form: answers known and well-formed, sensitive data only for
 * the categories the programme collects, and — for a complete intake (`complete`) — required fields
 * present and required consents granted.
 */
export function checkAgainstForm(
  form: IntakeForm,
  profile: ProfileInput,
  /** null: consents are not part of this change (profile edits; consent is recorded on its own). */
  consents: ConsentInput[] | null,
  collects: SensitiveCategory[],
  prefix: string[],
  complete = true,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const answers = new Map((profile.answers ?? []).map((answer) => [answer.key, answer.value]));
  const fields = new Map(form.fields.map((field) => [field.key, field]));
  for (const [key, raw] of answers) {
    const field = fields.get(key);
    const path = [...prefix, 'answers', key];
    if (!field || profileKeys.has(key) || field.sensitiveCategory || field.type === 'CONSENT') {
      issues.push({ field: path, code: 'INVALID', message: 'This form has no such question.' });
      continue;
    }
    const problem = answerIssue(field, raw);
    if (problem) issues.push({ field: path, code: 'INVALID', message: problem });
  }
  for (const [category, key] of Object.entries(sensitiveKeys) as [SensitiveCategory, 'health' | 'psychosocial' | 'religion'][]) {
    if (!isEmpty(profile.sensitive?.[key]) && !collects.includes(category)) {
      issues.push({ field: [...prefix, 'sensitive', key], code: 'NOT_ALLOWED', message: 'This programme does not collect this kind of data.' });
    }
  }
  for (const field of form.fields.filter((candidate) => complete && candidate.required)) {
    if (field.sensitiveCategory && !collects.includes(field.sensitiveCategory)) continue;
    if (field.type === 'CONSENT') {
      if (consents && !consents.some((consent) => consent.purpose === field.consentPurpose && consent.granted)) {
        issues.push({ field: [...prefix.slice(0, -1), 'consents', field.consentPurpose ?? field.key], code: 'REQUIRED', message: 'This consent is needed.' });
      }
      continue;
    }
    const value = field.sensitiveCategory
      ? profile.sensitive?.[sensitiveKeys[field.sensitiveCategory]]
      : profileKeys.has(field.key)
        ? profile[field.key as keyof ProfileInput]
        : answers.get(field.key);
    if (isEmpty(value) || value === '""' || value === '[]') {
      issues.push({ field: [...prefix, profileKeys.has(field.key) ? field.key : 'answers', ...(profileKeys.has(field.key) ? [] : [field.key])], code: 'REQUIRED', message: 'This field is required.' });
    }
  }
  return issues;
}

export function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length) throw new ValidationError(issues);
}
