import { EMAIL, LANGUAGES, type Language } from '../../lib/domain';
import { CEFR_LEVELS, DAY_PARTS, GENDERS, WEEKDAYS, type CefrLevel, type SensitiveCategory } from '../../lib/programme-domain';
import { FORM_LEVEL, type FieldProblems, type UserError } from '../../lib/user-errors';
import type { ConsentInput, FormField, IntakeForm, PersonProfileInput } from './intake-form.api';

// What the person typed, per field key, and how it becomes the API's input. Pure functions, so the
// mapping (known keys → profile fields, sensitive fields, everything else → answers) is unit-tested.

export interface LanguageRow {
  code: string;
  level: CefrLevel | '';
}

export interface InterestsValue {
  /** Keys of the shared taxonomy. */
  selected: string[];
  /** Free tags, comma separated as typed. */
  free: string;
}

export type FieldValue = string | string[] | boolean | LanguageRow[] | InterestsValue;
export type IntakeValues = Record<string, FieldValue>;

/** The profile field each known key fills; every other key becomes an answer (JSON). */
const TEXT_KEYS = ['firstName', 'lastName', 'email', 'phone', 'postcode', 'externalId'] as const;
const INTEGER_KEYS = ['birthYear', 'capacity'] as const;
const SENSITIVE_KEY: Record<SensitiveCategory, 'health' | 'psychosocial' | 'religion'> = {
  HEALTH: 'health',
  PSYCHOSOCIAL: 'psychosocial',
  RELIGION: 'religion',
};
const SENSITIVE_CATEGORY_OF = { health: 'HEALTH', psychosocial: 'PSYCHOSOCIAL', religion: 'RELIGION' } as const;

/** ISO 639-1 or 639-3 code, lower case (nl, ar, ti, prs). */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/**
 * The fields shown: sensitive ones only when the programme collects their category. With
 * `requiredOnly`, those keys are the only required fields (the others become optional).
 */
export function visibleFields(form: IntakeForm, sensitiveCategories: readonly SensitiveCategory[], requiredOnly?: readonly string[]): FormField[] {
  const shown = form.fields.filter((field) => !field.sensitiveCategory || sensitiveCategories.includes(field.sensitiveCategory));
  return requiredOnly ? shown.map((field) => ({ ...field, required: requiredOnly.includes(field.key) })) : shown;
}

export function emptyValue(field: FormField): FieldValue {
  switch (field.type) {
    case 'MULTIPLE_CHOICE':
    case 'AVAILABILITY':
      return [];
    case 'CONSENT':
      return false;
    case 'LANGUAGES':
      return [{ code: '', level: '' }];
    case 'INTERESTS':
      return { selected: [], free: '' };
    default:
      return '';
  }
}

/** Every field empty, but for the values known beforehand. */
export function initialValues(fields: readonly FormField[], known: Readonly<Partial<IntakeValues>> = {}): IntakeValues {
  return Object.fromEntries(fields.map((field) => [field.key, known[field.key] ?? emptyValue(field)]));
}

/** Free tags as typed ("cooking, chess ,") → ["cooking", "chess"]. */
export function freeTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** Availability cells are "MON.MORNING". */
export const slotKey = (day: string, part: string) => `${day}.${part}`;

export interface IntakeSubmission {
  profile: PersonProfileInput;
  consents: ConsentInput[];
  /** Field key of each answer and consent, by index: maps the API's field paths back to fields. */
  answerKeys: string[];
  consentKeys: string[];
}

type Converted = { value: unknown } | { problem: string } | null;

/** One field's value in API shape; null when left empty. */
function convert(field: FormField, raw: FieldValue | undefined): Converted {
  const value = raw ?? emptyValue(field);
  switch (field.type) {
    case 'CONSENT':
      return { value: value === true };
    case 'MULTIPLE_CHOICE': {
      const list = value as string[];
      return list.length ? { value: list } : null;
    }
    case 'AVAILABILITY': {
      const slots = (value as string[]).map((cell) => {
        const [day, part] = cell.split('.');
        return { day, part };
      });
      const known = slots.filter(
        (slot) => (WEEKDAYS as readonly string[]).includes(slot.day) && (DAY_PARTS as readonly string[]).includes(slot.part),
      );
      return known.length ? { value: known } : null;
    }
    case 'INTERESTS': {
      const { selected, free } = value as InterestsValue;
      const all = [...new Set([...selected, ...freeTags(free)])];
      return all.length ? { value: all } : null;
    }
    case 'LANGUAGES': {
      const rows = (value as LanguageRow[])
        .map((row) => ({ code: row.code.trim().toLowerCase(), level: row.level }))
        .filter((row) => row.code || row.level);
      if (rows.some((row) => !LANGUAGE_CODE.test(row.code) || !row.level)) return { problem: 'INVALID' };
      // One line per language: the last level given wins.
      const byCode = new Map(rows.map((row) => [row.code, row.level as CefrLevel]));
      return byCode.size ? { value: [...byCode].map(([code, level]) => ({ code, level })) } : null;
    }
    default: {
      const text = typeof value === 'string' ? value.trim() : '';
      return text ? { value: text } : null;
    }
  }
}

/**
 * The API input for a filled-in form, or the problems (by field key) that stop it from being sent.
 * Consents are recorded with the form's version as their text version.
 */
export function buildSubmission(
  form: IntakeForm,
  fields: readonly FormField[],
  values: IntakeValues,
): { submission: IntakeSubmission } | { problems: FieldProblems } {
  const problems: FieldProblems = {};
  const profile: PersonProfileInput = { firstName: '', lastName: '' };
  const answers: { key: string; value: string }[] = [];
  const answerKeys: string[] = [];
  const consents: ConsentInput[] = [];
  const consentKeys: string[] = [];
  const sensitive: NonNullable<PersonProfileInput['sensitive']> = {};

  for (const field of fields) {
    const converted = convert(field, values[field.key]);
    if (converted && 'problem' in converted) {
      problems[field.key] = { code: converted.problem };
      continue;
    }
    const missing = !converted || (field.type === 'CONSENT' && converted.value === false);
    if (field.required && missing) {
      problems[field.key] = { code: field.type === 'CONSENT' ? 'CONSENT_REQUIRED' : 'REQUIRED' };
      continue;
    }
    if (field.type === 'CONSENT') {
      consents.push({ purpose: field.consentPurpose ?? field.key, granted: converted?.value === true, textVersion: String(form.version) });
      consentKeys.push(field.key);
      continue;
    }
    if (!converted) continue;
    const value = converted.value;
    const key = field.key;
    if (field.sensitiveCategory) {
      sensitive[SENSITIVE_KEY[field.sensitiveCategory]] = typeof value === 'string' ? value : JSON.stringify(value);
    } else if ((TEXT_KEYS as readonly string[]).includes(key) && typeof value === 'string') {
      if (key === 'email' && !EMAIL.test(value)) problems[key] = { code: 'INVALID' };
      else profile[key as (typeof TEXT_KEYS)[number]] = value;
    } else if ((INTEGER_KEYS as readonly string[]).includes(key) && typeof value === 'string') {
      if (/^\d{1,4}$/.test(value)) profile[key as (typeof INTEGER_KEYS)[number]] = Number(value);
      else problems[key] = { code: 'INVALID' };
    } else if (key === 'preferredLanguage' && typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value.toUpperCase())) {
      profile.preferredLanguage = value.toUpperCase() as Language;
    } else if (key === 'gender' && typeof value === 'string' && (GENDERS as readonly string[]).includes(value)) {
      profile.gender = value as PersonProfileInput['gender'];
    } else if (key === 'languages' && field.type === 'LANGUAGES') {
      profile.languages = value as PersonProfileInput['languages'];
    } else if (key === 'interests' && field.type === 'INTERESTS') {
      profile.interests = value as string[];
    } else if (key === 'availability' && field.type === 'AVAILABILITY') {
      profile.availability = value as PersonProfileInput['availability'];
    } else {
      answers.push({ key, value: JSON.stringify(value) });
      answerKeys.push(key);
    }
  }

  if (Object.keys(problems).length) return { problems };
  if (answers.length) profile.answers = answers;
  if (Object.keys(sensitive).length) profile.sensitive = sensitive;
  return { submission: { profile, consents, answerKeys, consentKeys } };
}

/**
 * The API's userErrors by field key of the form: ["input", "profile", "postcode"] → postcode,
 * ["input", "profile", "answers", "2", "value"] → the third answer's key, ["input", "consents", "0"]
 * → the first consent's field. Problems with no field on the form are form-level.
 */
export function intakeProblems(
  userErrors: readonly UserError[],
  submission: IntakeSubmission,
  fields: readonly FormField[],
): FieldProblems {
  const problems: FieldProblems = {};
  const onForm = (key: string | undefined) => (key && fields.some((field) => field.key === key) ? key : undefined);
  for (const { field: path, code, message } of userErrors) {
    const [head, ...rest] = path[0] === 'input' ? path.slice(1) : path;
    let key: string | undefined;
    if (head === 'profile') {
      const [name, index] = rest;
      if (name === 'answers') key = /^\d+$/.test(index ?? '') ? submission.answerKeys[Number(index)] : index;
      else if (name === 'sensitive') {
        const category = SENSITIVE_CATEGORY_OF[index as keyof typeof SENSITIVE_CATEGORY_OF];
        key = fields.find((field) => field.sensitiveCategory === category)?.key;
      } else key = name;
    } else if (head === 'consents') {
      key = submission.consentKeys[Number(rest[0])];
    }
    const target = onForm(key) ?? FORM_LEVEL;
    problems[target] ??= { code, message };
  }
  return problems;
}
