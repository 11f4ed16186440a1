import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors';
import type { CsvFile } from './import-file';
import { readRows, resolveMapping, type ColumnMapping } from './import-rows';

const header = ['Voornaam', 'Achternaam', 'E-mail', 'Postcode', 'Talen', 'Interesses', 'Geslacht', 'Geboortejaar', 'Dossier'];
const mapping: ColumnMapping[] = [
  { column: 'Voornaam', field: 'FIRST_NAME' },
  { column: 'Achternaam', field: 'LAST_NAME' },
  { column: 'e-mail', field: 'EMAIL' },
  { column: 'Postcode', field: 'POSTCODE' },
  { column: 'Talen', field: 'LANGUAGES' },
  { column: 'Interesses', field: 'INTERESTS' },
  { column: 'Geslacht', field: 'GENDER' },
  { column: 'Geboortejaar', field: 'BIRTH_YEAR' },
  { column: 'Dossier', field: 'EXTERNAL_ID' },
];
const file = (...rows: string[][]): CsvFile => ({ delimiter: ';', header, records: rows.map((cells, i) => ({ row: i + 2, cells })) });
const columns = resolveMapping(header, mapping, 'NEWCOMER');
const mappingIssues = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => [issue.field.join('.'), issue.code]);
    throw error;
  }
  return [];
};

describe('resolveMapping', () => {
  it('finds columns by name (case-insensitive when not exact)', () => {
    expect(columns.find((column) => column.field === 'EMAIL')).toEqual({ field: 'EMAIL', column: 'E-mail', index: 2 });
  });

  it('reports unknown columns, fields mapped twice, capacity for newcomers and missing required fields', () => {
    expect(mappingIssues(() => resolveMapping(header, [{ column: 'Voornaam', field: 'FIRST_NAME' }, { column: 'Telefoon', field: 'PHONE' }, { column: 'Postcode', field: 'FIRST_NAME' }, { column: 'Dossier', field: 'CAPACITY' }], 'NEWCOMER'))).toEqual([
      ['input.mapping.1.column', 'INVALID'],
      ['input.mapping.2.field', 'INVALID'],
      ['input.mapping.3.field', 'NOT_ALLOWED'],
      ['input.mapping', 'REQUIRED'],
      ['input.mapping', 'REQUIRED'],
    ]);
    expect(mappingIssues(() => resolveMapping(header, [...mapping, { column: 'Dossier', field: 'CAPACITY' }], 'BUDDY'))).toEqual([['input.mapping.9.column', 'INVALID']]);
  });
});

describe('readRows', () => {
  it('turns cells into profile fields as registerPerson stores them; empty cells are left out', () => {
    const { rows, issues } = readRows(file(['  Amina ', 'Haddad', 'Amina@Example.org', '2800', 'AR:native; nl:a2', 'Cooking, hiking; cooking', 'v', '1990', 'D-1'], ['Jan', 'Peeters', '', '', '', '', '', '', 'D-2']), columns, 'BE');
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        fields: {
          firstName: 'Amina', lastName: 'Haddad', email: 'amina@example.org', postcode: '2800', gender: 'FEMALE', birthYear: 1990, externalId: 'D-1',
          languages: [{ code: 'ar', level: 'NATIVE' }, { code: 'nl', level: 'A2' }], interests: ['cooking', 'hiking'],
        },
      },
      { row: 3, fields: { firstName: 'Jan', lastName: 'Peeters', externalId: 'D-2' } },
    ]);
  });

  it('reports every problem with its row, column and code; bad rows are left out', () => {
    const { rows, issues } = readRows(
      file(
        ['Amina', 'Haddad', 'a@example.org', '28000', 'xx:B1', 'x', 'maybe', '19x0', ''],
        ['Jan', '', '', '', 'nl', '', '', '', ''],
        ['Léa', 'Dubois', 'A@example.org', '', '', '', '', '1850', ''],
        ['Ok', 'Row', 'ok@example.org', '3000', '', '', '', '', ''],
      ),
      columns,
      'BE',
    );
    expect(issues.map((issue) => [issue.row, issue.column, issue.code])).toEqual([
      [2, 'Postcode', 'INVALID'],
      [2, 'Talen', 'INVALID'],
      [2, 'Interesses', 'TOO_SHORT'],
      [2, 'Geslacht', 'INVALID'],
      [2, 'Geboortejaar', 'INVALID'],
      [3, 'Achternaam', 'REQUIRED'],
      [3, 'E-mail', 'REQUIRED'],
      [3, 'Talen', 'INVALID'],
      [4, 'E-mail', 'ALREADY_EXISTS'],
      [4, 'Geboortejaar', 'INVALID'],
    ]);
    expect(issues.find((issue) => issue.column === 'Talen' && issue.row === 2)?.message).toMatch(/^"xx:B1": Unknown language code/);
    expect(issues.find((issue) => issue.code === 'ALREADY_EXISTS')?.message).toBe('The same e-mail address is also in row 2.');
    expect(rows.map((row) => row.row)).toEqual([5]);
  });

  it('checks the postcode against the tenant’s country', () => {
    const row = ['Anna', 'Rossi', 'anna@example.org', '00184', '', '', '', '', ''];
    expect(readRows(file(row), columns, 'IT').issues).toEqual([]);
    expect(readRows(file(row), columns, 'BE').issues.map((issue) => [issue.column, issue.message])).toEqual([['Postcode', 'Not a valid postcode for BE.']]);
  });
});
