import { describe, expect, it } from 'vitest';
import { languageCodes } from '../shared/validation';
import { defaultBuddyForm, defaultFormLanguages, defaultNewcomerForm, interestTaxonomy, needOptions } from './default-forms';
import type { FormField, IntakeForm, Localized } from './intake-form';

const forms = [defaultNewcomerForm, defaultBuddyForm];
const GENDERS = ['FEMALE', 'MALE', 'NON_BINARY', 'UNDISCLOSED'];
const NEEDS = [
  'language-practice', 'social-contacts', 'housing-search', 'work', 'education', 'paperwork',
  'health-care-system', 'leisure', 'children-school', 'mobility', 'digital-skills', 'finances',
];

/** Every text a person may read, with where it is (for readable failures). */
function textsOf(form: IntakeForm): [string, Localized][] {
  return form.fields.flatMap((field) => [
    [`${field.key}.label`, field.label] as [string, Localized],
    ...(field.help ? [[`${field.key}.help`, field.help] as [string, Localized]] : []),
    ...(field.options ?? []).map((option) => [`${field.key}.${option.value}`, option.label] as [string, Localized]),
  ]);
}

const allTexts: [string, Localized][] = [
  ...forms.flatMap((form) => textsOf(form).map(([where, text]) => [`${form.id}.${where}`, text] as [string, Localized])),
  ...interestTaxonomy.map((interest) => [`interest.${interest.key}`, interest.label] as [string, Localized]),
  ...needOptions.map((option) => [`need.${option.value}`, option.label] as [string, Localized]),
];

function field(form: IntakeForm, key: string): FormField {
  const found = form.fields.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`${form.id} has no field ${key}`);
  return found;
}

const values = (form: IntakeForm, key: string) => field(form, key).options?.map((option) => option.value);

describe('default forms', () => {
  it('are the defaults, version 1, one per audience', () => {
    expect(defaultNewcomerForm).toMatchObject({ id: 'default-newcomer', name: 'Tandem intake — newcomer', audience: 'NEWCOMER', isDefault: true, version: 1 });
    expect(defaultBuddyForm).toMatchObject({ id: 'default-buddy', name: 'Tandem intake — buddy', audience: 'BUDDY', isDefault: true, version: 1 });
  });

  it('ask the newcomer the fields in this order', () => {
    expect(defaultNewcomerForm.fields.map(({ key, type, required }) => `${key} ${type}${required ? ' required' : ''}`)).toEqual([
      'firstName TEXT required',
      'lastName TEXT required',
      'email TEXT',
      'phone TEXT',
      'preferredLanguage SINGLE_CHOICE',
      'birthYear TEXT',
      'gender SINGLE_CHOICE',
      'postcode POSTCODE required',
      'languages LANGUAGES required',
      'interests INTERESTS',
      'availability AVAILABILITY',
      'needs MULTIPLE_CHOICE required',
      'goals LONG_TEXT',
      'expectations LONG_TEXT',
      'familySituation SINGLE_CHOICE',
      'buddyGenderPreference SINGLE_CHOICE',
      'health LONG_TEXT',
      'psychosocial LONG_TEXT',
      'religion TEXT',
      'consentProcessing CONSENT required',
      'consentCounsellor CONSENT',
    ]);
  });

  it('ask the buddy the fields in this order', () => {
    expect(defaultBuddyForm.fields.map(({ key, type, required }) => `${key} ${type}${required ? ' required' : ''}`)).toEqual([
      'firstName TEXT required',
      'lastName TEXT required',
      'email TEXT required',
      'phone TEXT',
      'birthYear TEXT',
      'gender SINGLE_CHOICE',
      'postcode POSTCODE required',
      'languages LANGUAGES required',
      'interests INTERESTS',
      'availability AVAILABILITY required',
      'offers MULTIPLE_CHOICE required',
      'skills LONG_TEXT',
      'motivation LONG_TEXT required',
      'capacity SINGLE_CHOICE required',
      'preferences LONG_TEXT',
      'consentProcessing CONSENT required',
      'consentGoodConduct CONSENT required',
    ]);
  });

  it('require what matching needs from a newcomer: needs, languages and postcode', () => {
    for (const key of ['needs', 'languages', 'postcode']) expect(field(defaultNewcomerForm, key).required, key).toBe(true);
  });

  it.each(forms)('$id: keys are unique, and option values unique per field', (form) => {
    const keys = form.fields.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of form.fields) {
      const optionValues = (f.options ?? []).map((option) => option.value);
      expect(new Set(optionValues).size, f.key).toBe(optionValues.length);
    }
  });

  it.each(forms)('$id: choice fields, and only they, have options', (form) => {
    for (const f of form.fields) {
      const isChoice = f.type === 'SINGLE_CHOICE' || f.type === 'MULTIPLE_CHOICE';
      expect((f.options?.length ?? 0) > 0, f.key).toBe(isChoice);
    }
  });

  it.each(forms)('$id: consent fields, and only they, record a purpose', (form) => {
    for (const f of form.fields) {
      if (f.type === 'CONSENT') expect(f.consentPurpose, f.key).toMatch(/^[a-z]+(-[a-z]+)*$/);
      else expect(f.consentPurpose, f.key).toBeUndefined();
    }
    expect(field(form, 'consentProcessing')).toMatchObject({ required: true, consentPurpose: 'processing' });
  });

  it('record the counsellor and good-conduct consents under their purposes', () => {
    expect(field(defaultNewcomerForm, 'consentCounsellor')).toMatchObject({ required: false, consentPurpose: 'share-with-trajectory-counsellor' });
    expect(field(defaultBuddyForm, 'consentGoodConduct')).toMatchObject({ required: true, consentPurpose: 'good-conduct-check' });
  });

  it('mark the sensitive newcomer fields with their category, and keep them optional', () => {
    const sensitive = defaultNewcomerForm.fields.filter((f) => f.sensitiveCategory);
    expect(sensitive.map((f) => [f.key, f.sensitiveCategory, f.required])).toEqual([
      ['health', 'HEALTH', false],
      ['psychosocial', 'PSYCHOSOCIAL', false],
      ['religion', 'RELIGION', false],
    ]);
    expect(defaultBuddyForm.fields.filter((f) => f.sensitiveCategory)).toEqual([]);
  });

  it('offer exactly the profile values for gender, capacity and the other fixed choices', () => {
    expect(values(defaultNewcomerForm, 'gender')).toEqual(GENDERS);
    expect(values(defaultBuddyForm, 'gender')).toEqual(GENDERS);
    expect(values(defaultBuddyForm, 'capacity')).toEqual(['1', '2', '3']);
    expect(values(defaultNewcomerForm, 'buddyGenderPreference')).toEqual(['none', 'FEMALE', 'MALE']);
    expect(values(defaultNewcomerForm, 'familySituation')).toEqual(['single', 'partner', 'partner-children', 'single-parent', 'other']);
    expect(values(defaultNewcomerForm, 'preferredLanguage')).toEqual([...languageCodes]);
  });

  it('match needs and offers on one list', () => {
    expect(needOptions.map((option) => option.value)).toEqual(NEEDS);
    expect(values(defaultNewcomerForm, 'needs')).toEqual(NEEDS);
    expect(values(defaultBuddyForm, 'offers')).toEqual(NEEDS);
  });

  it('name each language in that language, whatever the reader reads', () => {
    for (const option of field(defaultNewcomerForm, 'preferredLanguage').options ?? []) {
      expect(new Set(defaultFormLanguages.map((language) => option.label[language])).size, option.value).toBe(1);
    }
    const names = Object.fromEntries((field(defaultNewcomerForm, 'preferredLanguage').options ?? []).map((option) => [option.value, option.label.EN]));
    expect(names).toMatchObject({ NL: 'Nederlands', FR: 'Français', AR: 'العربية', UK: 'Українська', TI: 'ትግርኛ' });
  });
});

describe('interest taxonomy', () => {
  it('has about 30 interests with unique, stable lowercase-hyphen keys', () => {
    const keys = interestTaxonomy.map((interest) => interest.key);
    expect(keys.length).toBeGreaterThanOrEqual(25);
    expect(keys.length).toBeLessThanOrEqual(40);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(keys).toEqual(expect.arrayContaining(['cooking', 'football', 'board-games', 'art-museums', 'coffee-and-talk']));
  });

  it('leaves out sensitive subjects (interests are shown to the other person)', () => {
    for (const interest of interestTaxonomy) expect(interest.key).not.toMatch(/relig|spirit|politic|health|church|mosque|prayer/);
  });
});

describe('translations', () => {
  it('cover the languages newcomers read first', () => {
    expect([...defaultFormLanguages]).toEqual(['EN', 'NL', 'FR', 'AR', 'UK']);
  });

  it('give every label, help text, option and interest a text in EN, NL, FR, AR and UK', () => {
    const missing = allTexts.flatMap(([where, text]) =>
      defaultFormLanguages.filter((language) => !text[language]?.trim()).map((language) => `${where} ${language}`),
    );
    expect(missing).toEqual([]);
  });

  it('have no stray whitespace, and follow each language’s punctuation', () => {
    const problems = allTexts.flatMap(([where, text]) =>
      Object.entries(text).flatMap(([language, value]) => {
        const found: string[] = [];
        if (value !== value.trim() || /\s{2}/.test(value)) found.push('whitespace');
        // French: a narrow no-break space before ? ; : ! (never a plain space, never none).
        if (language === 'FR' && /(\S|[ \u00A0])[?;:!]/.test(value)) found.push('French spacing');
        // Arabic: the Arabic question mark and comma.
        if (language === 'AR' && /[?,]/.test(value)) found.push('Arabic punctuation');
        // French and Ukrainian write the typographic apostrophe.
        if ((language === 'FR' || language === 'UK') && value.includes("'")) found.push('apostrophe');
        return found.map((problem) => `${where} ${language}: ${problem}`);
      }),
    );
    expect(problems).toEqual([]);
  });

  it('keep labels short', () => {
    const long = allTexts.filter(([where]) => !where.endsWith('.help') && !/consent/i.test(where));
    for (const [where, text] of long) {
      for (const [language, value] of Object.entries(text)) expect(value.length, `${where} ${language}`).toBeLessThanOrEqual(90);
    }
  });
});
