import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { UI_LOCALES } from '../../../i18n/locales';
import { parseMatchInvitationPath } from './match-invitation';

describe('parseMatchInvitationPath', () => {
  test('reads the slug and token of the path the API hands out (/#/match/<slug>/<token>)', () => {
    expect(parseMatchInvitationPath('/match/mechelen/AbC-12_x')).toEqual({ tenantSlug: 'mechelen', token: 'AbC-12_x' });
    expect(parseMatchInvitationPath('/matches/abc')).toBeNull();
    expect(parseMatchInvitationPath('/match/mechelen')).toBeNull();
  });
});

// The proposal page is for buddies and newcomers: languages that translate only their screens
// (partial ones, such as Arabic) still cover all of it, with every reason and criterion name.
describe('the proposal page in partial languages', () => {
  const dir = path.join(import.meta.dirname, '../../../i18n');
  const read = (code: string) => JSON.parse(readFileSync(path.join(dir, `${code}.json`), 'utf8')) as Record<string, string>;
  const english = read('en');
  const needed = Object.keys(english).filter(
    (key) => /^(matchInvitation|declineReason)\./.test(key) || /^matchCriterion\.[A-Z_]+$/.test(key) || key === 'fieldError.declineReason.REQUIRED' || key === 'fieldError.matchInvitation.NOT_ALLOWED',
  );
  const partial = UI_LOCALES.filter((locale) => 'partial' in locale && locale.partial).map((locale) => locale.code);

  test.each(partial)('%s has every message of the page', (code) => {
    const messages = read(code);
    expect(needed.length).toBeGreaterThan(30);
    expect(needed.filter((key) => !(key in messages))).toEqual([]);
  });
});
