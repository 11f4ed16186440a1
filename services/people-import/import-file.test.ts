import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/errors';
import { maxDataRows, readCsv } from './import-file';

const encode = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding).toString('base64');
const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => [issue.field.join('.'), issue.code, issue.message]);
    throw error;
  }
  throw new Error('expected a ValidationError');
};

describe('readCsv', () => {
  it('reads Excel’s semicolon CSV with a byte order mark; cells with the delimiter are quoted', () => {
    const file = readCsv(encode('\uFEFFVoornaam;Achternaam;Talen\r\nAmina;Haddad;"ar:NATIVE; nl:A2"\r\nJan;"Peeters; Sr.";nl:NATIVE\r\n'));
    expect(file).toEqual({
      delimiter: ';',
      header: ['Voornaam', 'Achternaam', 'Talen'],
      records: [
        { row: 2, cells: ['Amina', 'Haddad', 'ar:NATIVE; nl:A2'] },
        { row: 3, cells: ['Jan', 'Peeters; Sr.', 'nl:NATIVE'] },
      ],
    });
  });

  it('detects commas, accepts a data: URL, and keeps spreadsheet row numbers across blank rows and multi-line cells', () => {
    const file = readCsv(`data:text/csv;base64,${encode('first,last,note\nÖzlem,Yılmaz,"two\nlines"\n,,\n\nLéa,Dubois,"a; b"\n')}`);
    expect(file.delimiter).toBe(',');
    expect(file.records).toEqual([
      { row: 2, cells: ['Özlem', 'Yılmaz', 'two\nlines'] },
      { row: 5, cells: ['Léa', 'Dubois', 'a; b'] },
    ]);
  });

  it('refuses Latin-1 and UTF-16 files with a hint to save as CSV UTF-8', () => {
    const text = 'Voornaam;Achternaam\nLéa;Müller\n';
    for (const csvBase64 of [encode(text, 'latin1'), encode(`\uFEFF${text}`, 'utf16le')]) {
      expect(issuesOf(() => readCsv(csvBase64))).toEqual([['input.csvBase64', 'INVALID', expect.stringContaining('Save it as "CSV UTF-8"')]]);
    }
  });

  it('needs a header and data rows, valid CSV and base64, at most 10,000 rows', () => {
    expect(issuesOf(() => readCsv(encode('\n\n')))).toEqual([['input.csvBase64', 'REQUIRED', expect.stringContaining('header row')]]);
    expect(issuesOf(() => readCsv(encode('a;b\n')))).toEqual([['input.csvBase64', 'REQUIRED', expect.stringContaining('no data rows')]]);
    expect(issuesOf(() => readCsv(encode('a;b\n"x;y\n')))).toEqual([['input.csvBase64', 'INVALID', expect.stringContaining('line 2')]]);
    expect(issuesOf(() => readCsv('not base64!'))).toEqual([['input.csvBase64', 'INVALID', expect.any(String)]]);
    expect(issuesOf(() => readCsv(''))).toEqual([['input.csvBase64', 'REQUIRED', 'The file is empty.']]);
    const tooMany = `a;b\n${'x;y\n'.repeat(maxDataRows + 1)}`;
    expect(issuesOf(() => readCsv(encode(tooMany)))).toEqual([['input.csvBase64', 'TOO_LONG', expect.stringContaining('10,001 rows')]]);
    expect(readCsv(encode(`a;b\n${'x;y\n'.repeat(maxDataRows)}`)).records).toHaveLength(maxDataRows);
  });

  it('refuses files over 5 MB before decoding them', () => {
    expect(issuesOf(() => readCsv('A'.repeat(7_100_000)))).toEqual([['input.csvBase64', 'TOO_LONG', expect.stringContaining('5 MB')]]);
  });
});
