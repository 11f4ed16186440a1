import { describe, expect, test } from 'vitest';
import type { FormField, IntakeForm } from './intake-form.api';
import { buildSubmission, initialValues, intakeProblems, visibleFields, type IntakeSubmission } from './intake-form-values';

const field = (key: string, type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key,
  type,
  required: false,
  label: [{ language: 'EN', text: key }],
  help: [],
  options: [],
  sensitiveCategory: null,
  consentPurpose: null,
  ...extra,
});

const form: IntakeForm = {
  id: 'f',
  name: 'Intake',
  audience: 'NEWCOMER',
  isDefault: true,
  version: 3,
  fields: [
    field('firstName', 'TEXT', { required: true }),
    field('lastName', 'TEXT', { required: true }),
    field('email', 'TEXT'),
    field('birthYear', 'TEXT'),
    field('gender', 'SINGLE_CHOICE'),
    field('postcode', 'POSTCODE', { required: true }),
    field('languages', 'LANGUAGES', { required: true }),
    field('interests', 'INTERESTS'),
    field('availability', 'AVAILABILITY'),
    field('needs', 'MULTIPLE_CHOICE'),
    field('goals', 'LONG_TEXT'),
    field('health', 'LONG_TEXT', { sensitiveCategory: 'HEALTH' }),
    field('religion', 'TEXT', { sensitiveCategory: 'RELIGION' }),
    field('consentProcessing', 'CONSENT', { required: true, consentPurpose: 'processing' }),
    field('consentPhotos', 'CONSENT', { consentPurpose: 'photos' }),
  ],
};

describe('intake form values', () => {
  test('sensitive fields show only for the categories the programme collects', () => {
    expect(visibleFields(form, ['HEALTH']).map((f) => f.key)).toContain('health');
    expect(visibleFields(form, ['HEALTH']).map((f) => f.key)).not.toContain('religion');
  });

  test('known keys fill the profile, sensitive ones its sensitive part, the rest becomes answers; consents carry the form version', () => {
    const fields = visibleFields(form, ['HEALTH']);
    const values = {
      ...initialValues(fields),
      firstName: ' Amal ',
      lastName: 'Haddad',
      email: 'amal@example.org',
      birthYear: '1990',
      gender: 'FEMALE',
      postcode: '2800',
      languages: [
        { code: 'AR', level: 'NATIVE' as const },
        { code: '', level: '' as const },
        { code: 'nl', level: 'A2' as const },
      ],
      interests: { selected: ['cooking'], free: 'chess, cooking ,' },
      availability: ['MON.EVENING', 'SAT.MORNING'],
      needs: ['work', 'paperwork'],
      goals: 'Find work',
      health: 'Asthma',
      consentProcessing: true,
    };
    const built = buildSubmission(form, fields, values);
    if (!('submission' in built)) throw new Error(JSON.stringify(built.problems));
    expect(built.submission.profile).toEqual({
      firstName: 'Amal',
      lastName: 'Haddad',
      email: 'amal@example.org',
      birthYear: 1990,
      gender: 'FEMALE',
      postcode: '2800',
      languages: [
        { code: 'ar', level: 'NATIVE' },
        { code: 'nl', level: 'A2' },
      ],
      interests: ['cooking', 'chess'],
      availability: [
        { day: 'MON', part: 'EVENING' },
        { day: 'SAT', part: 'MORNING' },
      ],
      answers: [
        { key: 'needs', value: '["work","paperwork"]' },
        { key: 'goals', value: '"Find work"' },
      ],
      sensitive: { health: 'Asthma' },
    });
    expect(built.submission.consents).toEqual([
      { purpose: 'processing', granted: true, textVersion: '3' },
      { purpose: 'photos', granted: false, textVersion: '3' },
    ]);
  });

  test('required fields, an unchecked required consent and a language without level are problems of their field', () => {
    const fields = visibleFields(form, []);
    const values = { ...initialValues(fields), firstName: 'A', languages: [{ code: 'ar', level: '' as const }], birthYear: '19x0' };
    const built = buildSubmission(form, fields, values);
    expect('problems' in built && built.problems).toEqual({
      lastName: { code: 'REQUIRED' },
      postcode: { code: 'REQUIRED' },
      languages: { code: 'INVALID' },
      birthYear: { code: 'INVALID' },
      consentProcessing: { code: 'CONSENT_REQUIRED' },
    });
  });

  test('a registration before the intake needs only the names: the other fields and the consents become optional', () => {
    const fields = visibleFields(form, [], ['firstName', 'lastName']);
    expect(fields.filter((f) => f.required).map((f) => f.key)).toEqual(['firstName', 'lastName']);
    const built = buildSubmission(form, fields, { ...initialValues(fields), firstName: 'Amal', lastName: 'Haddad' });
    if (!('submission' in built)) throw new Error(JSON.stringify(built.problems));
    expect(built.submission.profile).toEqual({ firstName: 'Amal', lastName: 'Haddad' });
    expect(built.submission.consents).toEqual([
      { purpose: 'processing', granted: false, textVersion: '3' },
      { purpose: 'photos', granted: false, textVersion: '3' },
    ]);
    expect('problems' in buildSubmission(form, fields, initialValues(fields))).toBe(true);
  });

  test('values known beforehand fill their fields; the others start empty', () => {
    const values = initialValues(visibleFields(form, []), { firstName: 'Amal', unknownKey: 'x' });
    expect(values.firstName).toBe('Amal');
    expect(values.lastName).toBe('');
    expect(values.languages).toEqual([{ code: '', level: '' }]);
    expect(values).not.toHaveProperty('unknownKey');
  });

  test("the API's field paths lead back to the form's fields", () => {
    const fields = visibleFields(form, ['HEALTH']);
    const submission: IntakeSubmission = {
      profile: { firstName: 'A', lastName: 'B' },
      consents: [],
      answerKeys: ['needs', 'goals'],
      consentKeys: ['consentProcessing', 'consentPhotos'],
    };
    const problems = intakeProblems(
      [
        { field: ['input', 'profile', 'postcode'], code: 'INVALID', message: 'Not a postcode' },
        { field: ['input', 'profile', 'answers', '1', 'value'], code: 'TOO_LONG', message: 'Too long' },
        { field: ['input', 'profile', 'sensitive', 'health'], code: 'TOO_LONG', message: 'Too long' },
        { field: ['input', 'consents', '1'], code: 'INVALID', message: 'Bad consent' },
        { field: ['input', 'programmeId'], code: 'NOT_ALLOWED', message: 'Closed' },
      ],
      submission,
      fields,
    );
    expect(problems).toEqual({
      postcode: { code: 'INVALID', message: 'Not a postcode' },
      goals: { code: 'TOO_LONG', message: 'Too long' },
      health: { code: 'TOO_LONG', message: 'Too long' },
      consentPhotos: { code: 'INVALID', message: 'Bad consent' },
      '': { code: 'NOT_ALLOWED', message: 'Closed' },
    });
  });
});
