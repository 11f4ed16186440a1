import { describe, expect, test } from 'vitest';
import { guessField, guessMapping } from './guess-field';

describe('guessField', () => {
  test.each([
    ['Voornaam', 'FIRST_NAME'],
    ['Prénom', 'FIRST_NAME'],
    ['First name', 'FIRST_NAME'],
    ['Achternaam', 'LAST_NAME'],
    ['Nom', 'LAST_NAME'],
    ['last_name', 'LAST_NAME'],
    ['E-mail', 'EMAIL'],
    ['Courriel', 'EMAIL'],
    ['Téléphone', 'PHONE'],
    ['Code postal', 'POSTCODE'],
    ['Année de naissance', 'BIRTH_YEAR'],
    ['Geslacht', 'GENDER'],
    ['Langue', 'PREFERRED_LANGUAGE'],
    ['Talen', 'LANGUAGES'],
    ["Centres d'intérêt", 'INTERESTS'],
    ['Extern ID', 'EXTERNAL_ID'],
    ['Capacité', 'CAPACITY'],
  ])('%s fills in %s', (header, field) => {
    expect(guessField(header)).toBe(field);
  });

  test('an unknown header is no guess', () => {
    expect(guessField('Opmerkingen')).toBeNull();
    expect(guessField('')).toBeNull();
  });
});

describe('guessMapping', () => {
  test('each field goes to the first column that names it; capacity only for buddies', () => {
    const headers = ['Voornaam', 'Naam', 'Achternaam', 'Capaciteit', 'Opmerking'];
    expect(guessMapping(headers, 'NEWCOMER')).toEqual(['FIRST_NAME', 'LAST_NAME', '', '', '']);
    expect(guessMapping(headers, 'BUDDY')).toEqual(['FIRST_NAME', 'LAST_NAME', '', 'CAPACITY', '']);
  });
});
