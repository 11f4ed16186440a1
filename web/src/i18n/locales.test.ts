import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { textDirection, UI_LOCALES } from './locales';

const dir = import.meta.dirname;
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, string>;
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)/g)].map((match) => match[1]).sort();

describe('UI messages', () => {
  const english = read('en.json');
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));

  test('every UI locale has a messages file, and every messages file is offered', () => {
    expect(files.map((file) => file.replace('.json', '')).sort()).toEqual(UI_LOCALES.map((locale) => locale.code).sort());
  });

  const isPartial = (file: string) => UI_LOCALES.some((locale) => `${locale.code}.json` === file && 'partial' in locale && locale.partial);

  test.each(files.filter((file) => file !== 'en.json'))('%s has the keys and placeholders of en.json', (file) => {
    const messages = read(file);
    if (isPartial(file)) expect(Object.keys(messages).filter((key) => !(key in english))).toEqual([]);
    else expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, message] of Object.entries(messages)) {
      expect(placeholders(message), `${file} ${key}`).toEqual(placeholders(english[key]));
      expect(message.trim(), `${file} ${key} is empty`).not.toBe('');
    }
  });

  // Partial languages still cover every screen a newcomer or volunteer sees: the public sign-up
  // page, a newcomer's own intake (intake link), their match proposal, the intake form and what surrounds them (layout,
  // errors, sign-in).
  const newcomerScreens = /^(app|layout|language|common|apiError|cefr|cefrShort|dayPart|intakeForm|intakeInvitation|matchInvitation|declineReason|publicSignup|signIn|newPassword|notFound)\./;
  const newcomerFieldErrors = ['REQUIRED', 'INVALID', 'TOO_LONG', 'TOO_SHORT', 'CONSENT_REQUIRED', 'email.INVALID', 'postcode.INVALID', 'languages.INVALID', 'languages.REQUIRED', 'birthYear.INVALID'];
  test.each(files.filter(isPartial))('%s covers the newcomer and volunteer screens', (file) => {
    const messages = read(file);
    const needed = [...Object.keys(english).filter((key) => newcomerScreens.test(key)), ...newcomerFieldErrors.map((code) => `fieldError.${code}`)];
    expect(needed.filter((key) => !(key in messages))).toEqual([]);
  });
});

describe('text direction', () => {
  test.each([
    ['ar', 'rtl'],
    ['fa', 'rtl'],
    ['he', 'rtl'],
    ['nl', 'ltr'],
    ['fr', 'ltr'],
    ['en', 'ltr'],
  ])('%s is %s', (locale, direction) => {
    expect(textDirection(locale)).toBe(direction);
  });
});
