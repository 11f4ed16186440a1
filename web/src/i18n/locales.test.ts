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

  test.each(files.filter((file) => file !== 'en.json'))('%s has exactly the keys and placeholders of en.json', (file) => {
    const messages = read(file);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, message] of Object.entries(messages)) {
      expect(placeholders(message), `${file} ${key}`).toEqual(placeholders(english[key]));
      expect(message.trim(), `${file} ${key} is empty`).not.toBe('');
    }
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
