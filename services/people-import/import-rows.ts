// From a parsed import file to validated person fields: the column mapping, cell formats
// ("ar:NATIVE; nl:A2", "cooking; hiking"), the same profile rules as registerPerson
// (profileSchema, the tenant's postcode format) and duplicates inside the file. Pure: no I/O.
import type { PersonRole } from '../people/lifecycle';
import type { Person } from '../people/person.repository';
import { postcodeIssue, profileSchema, type ProfileInput } from '../people/person.validation';
import { ValidationError, type FieldIssue, type FieldIssueCode } from '../shared/errors';
import { parseInput } from '../shared/validation';
import type { CsvFile } from './import-file';

export const importFields = [
  'FIRST_NAME', 'LAST_NAME', 'EMAIL', 'PHONE', 'POSTCODE', 'BIRTH_YEAR', 'GENDER',
  'PREFERRED_LANGUAGE', 'LANGUAGES', 'INTERESTS', 'EXTERNAL_ID', 'CAPACITY',
] as const;
export type ImportField = (typeof importFields)[number];

/** The person fields an import can set. */
export type ImportedFields = Partial<
  Pick<Person, 'firstName' | 'lastName' | 'email' | 'phone' | 'postcode' | 'birthYear' | 'gender' | 'preferredLanguage' | 'languages' | 'interests' | 'externalId' | 'capacity'>
>;
type ProfileKey = keyof ImportedFields;

const profileKeys: Record<ImportField, ProfileKey> = {
  FIRST_NAME: 'firstName', LAST_NAME: 'lastName', EMAIL: 'email', PHONE: 'phone', POSTCODE: 'postcode', BIRTH_YEAR: 'birthYear',
  GENDER: 'gender', PREFERRED_LANGUAGE: 'preferredLanguage', LANGUAGES: 'languages', INTERESTS: 'interests', EXTERNAL_ID: 'externalId', CAPACITY: 'capacity',
};
const fieldOf = Object.fromEntries(Object.entries(profileKeys).map(([field, key]) => [key, field])) as Record<ProfileKey, ImportField>;

export interface ColumnMapping {
  column: string;
  field: ImportField;
}

/** A mapped column: where it is in the file and what it fills in. */
export interface MappedColumn {
  field: ImportField;
  column: string;
  index: number;
}

/** One problem in one cell (or, with column null, in a row as a whole). Rows are numbered as in the spreadsheet. */
export interface RowIssue {
  row: number;
  column: string | null;
  field: ImportField | null;
  code: FieldIssueCode;
  message: string;
}

export interface ImportRow {
  row: number;
  /** Only the mapped columns that have a value in this row: an empty cell leaves what is stored as it is. */
  fields: ImportedFields;
}

const normalize = (name: string) => name.trim().normalize('NFC').toLowerCase();

/** Finds each mapped column in the header; every problem is a field error on the mapping. */
export function resolveMapping(header: string[], mapping: ColumnMapping[], role: PersonRole): MappedColumn[] {
  const issues: FieldIssue[] = [];
  const columns: MappedColumn[] = [];
  const seenFields = new Set<ImportField>();
  const seenColumns = new Set<number>();
  const listed = header.filter(Boolean).slice(0, 30).map((name) => `"${name}"`).join(', ');
  mapping.forEach(({ column, field }, i) => {
    const path = ['input', 'mapping', String(i)];
    const exact = header.flatMap((name, index) => (name === column.trim() ? [index] : []));
    const matches = exact.length ? exact : header.flatMap((name, index) => (normalize(name) === normalize(column) ? [index] : []));
    if (!matches.length) issues.push({ field: [...path, 'column'], code: 'INVALID', message: `The file has no column "${column}". Its columns are: ${listed}.` });
    else if (matches.length > 1) issues.push({ field: [...path, 'column'], code: 'INVALID', message: `The file has ${matches.length} columns named "${column}"; rename one.` });
    else if (seenColumns.has(matches[0])) issues.push({ field: [...path, 'column'], code: 'INVALID', message: `The column "${column}" is mapped twice.` });
    if (seenFields.has(field)) issues.push({ field: [...path, 'field'], code: 'INVALID', message: `${field} is mapped to two columns.` });
    if (field === 'CAPACITY' && role !== 'BUDDY') issues.push({ field: [...path, 'field'], code: 'NOT_ALLOWED', message: 'Capacity is for buddies only.' });
    if (matches.length === 1) seenColumns.add(matches[0]);
    seenFields.add(field);
    if (matches.length === 1) columns.push({ field, column: header[matches[0]], index: matches[0] });
  });
  for (const field of ['FIRST_NAME', 'LAST_NAME'] as const) {
    if (!seenFields.has(field)) issues.push({ field: ['input', 'mapping'], code: 'REQUIRED', message: `Map a column to ${field}.` });
  }
  if (!seenFields.has('EMAIL') && !seenFields.has('EXTERNAL_ID')) {
    issues.push({ field: ['input', 'mapping'], code: 'REQUIRED', message: 'Map a column to EMAIL or EXTERNAL_ID: they recognise people when a file is imported again.' });
  }
  if (issues.length) throw new ValidationError(issues);
  return columns;
}

const genders: Record<string, NonNullable<Person['gender']>> = {
  female: 'FEMALE', f: 'FEMALE', woman: 'FEMALE', vrouw: 'FEMALE', v: 'FEMALE', femme: 'FEMALE',
  male: 'MALE', m: 'MALE', man: 'MALE', homme: 'MALE', h: 'MALE',
  non_binary: 'NON_BINARY', 'non-binary': 'NON_BINARY', nonbinary: 'NON_BINARY', x: 'NON_BINARY', 'non-binair': 'NON_BINARY', 'non-binaire': 'NON_BINARY',
  undisclosed: 'UNDISCLOSED', unknown: 'UNDISCLOSED', onbekend: 'UNDISCLOSED', inconnu: 'UNDISCLOSED',
};

const listEntries = (cell: string) => cell.split(/[;,|\n]/).map((entry) => entry.trim()).filter(Boolean);

type CellResult = { value: unknown } | { problem: string };

/** A cell's text as the profile input expects it (lists split, numbers parsed); schema rules come after. */
function cellValue(field: ImportField, cell: string): CellResult {
  switch (field) {
    case 'BIRTH_YEAR':
      return /^\d{4}$/.test(cell) ? { value: Number(cell) } : { problem: 'Use a four-digit year, e.g. 1990.' };
    case 'CAPACITY':
      return /^\d{1,2}$/.test(cell) ? { value: Number(cell) } : { problem: 'Use a whole number from 1 to 10.' };
    case 'GENDER': {
      const gender = genders[cell.toLowerCase().replace(/\s+/g, '_')] ?? genders[cell.toLowerCase()];
      return gender ? { value: gender } : { problem: 'Use FEMALE, MALE, NON_BINARY or UNDISCLOSED (or F, M, X).' };
    }
    case 'PREFERRED_LANGUAGE':
      return { value: cell.toUpperCase() };
    case 'LANGUAGES': {
      const languages: { code: string; level: string }[] = [];
      for (const entry of listEntries(cell)) {
        const match = /^([^\s:=]+)\s*[:=\s]\s*(\S+)$/.exec(entry);
        if (!match) return { problem: `Write each language as code:level, e.g. "ar:NATIVE; nl:A2" (found "${entry}").` };
        languages.push({ code: match[1], level: match[2].toUpperCase() });
      }
      return { value: languages };
    }
    case 'INTERESTS':
      return { value: listEntries(cell) };
    default:
      return { value: cell };
  }
}

export const rowIssue = (row: number, column: MappedColumn | undefined, code: FieldIssueCode, message: string): RowIssue => ({
  row, column: column?.column ?? null, field: column?.field ?? null, code, message,
});

/** Validates one data row: cell formats, profileSchema, the postcode of the tenant's country, a match key. */
function readRow(row: number, cells: string[], columns: MappedColumn[], country: string): { fields: ImportedFields | null; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const input: Record<string, unknown> = {};
  const byField = new Map(columns.map((column) => [column.field, column]));
  for (const column of columns) {
    const cell = (cells[column.index] ?? '').trim();
    if (!cell) continue;
    const result = cellValue(column.field, cell);
    if ('problem' in result) issues.push(rowIssue(row, column, 'INVALID', result.problem));
    else input[profileKeys[column.field]] = result.value;
  }
  let profile: ProfileInput | null = null;
  try {
    profile = parseInput(profileSchema, input, []);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    for (const issue of error.issues) {
      const column = byField.get(fieldOf[issue.field[0] as ProfileKey]);
      // e.g. languages.1.code: say which entry of the list is wrong.
      const entry = issue.field.length > 1 && Array.isArray(input[issue.field[0]]) ? (input[issue.field[0]] as unknown[])[Number(issue.field[1])] : undefined;
      const shown = entry === undefined ? '' : typeof entry === 'string' ? `"${entry}": ` : `"${Object.values(entry as object).join(':')}": `;
      issues.push(rowIssue(row, column, issue.code, issue.code === 'REQUIRED' ? 'This field is required.' : `${shown}${issue.message}`));
    }
  }
  // Also when another cell failed, so that a row shows all its problems at once.
  const postcode = typeof input.postcode === 'string' && !issues.some((issue) => issue.field === 'POSTCODE') ? input.postcode : null;
  const postcodeProblem = postcode ? postcodeIssue(postcode, country) : null;
  if (postcodeProblem) issues.push(rowIssue(row, byField.get('POSTCODE'), 'INVALID', postcodeProblem));
  if (!input.email && !input.externalId) {
    issues.push(rowIssue(row, byField.get('EMAIL') ?? byField.get('EXTERNAL_ID'), 'REQUIRED', 'Each row needs an e-mail address or an external id, to recognise the person when a file is imported again.'));
  }
  if (issues.length || !profile) return { fields: null, issues };
  const fields: ImportedFields = {};
  for (const key of Object.keys(input) as ProfileKey[]) {
    const value = profile[key];
    if (key === 'postcode') fields.postcode = (value as string).toUpperCase();
    else if (key === 'interests') fields.interests = [...new Set(value as string[])];
    else (fields as Record<string, unknown>)[key] = value;
  }
  return { fields, issues };
}

/** Reports a value of `field` seen in an earlier row (e-mail addresses compare without case). */
function duplicates(records: CsvFile['records'], column: MappedColumn | undefined, fold: (cell: string) => string, what: string): RowIssue[] {
  if (!column) return [];
  const firstRow = new Map<string, number>();
  const issues: RowIssue[] = [];
  for (const { row, cells } of records) {
    const value = fold((cells[column.index] ?? '').trim());
    if (!value) continue;
    const first = firstRow.get(value);
    if (first === undefined) firstRow.set(value, row);
    else issues.push(rowIssue(row, column, 'ALREADY_EXISTS', `The same ${what} is also in row ${first}.`));
  }
  return issues;
}

/** Validates every row; issues are in row order, then in the order of the file's columns. */
export function readRows(file: CsvFile, columns: MappedColumn[], country: string): { rows: ImportRow[]; issues: RowIssue[] } {
  const rows: ImportRow[] = [];
  const issues: RowIssue[] = [];
  for (const { row, cells } of file.records) {
    const result = readRow(row, cells, columns, country);
    if (result.fields) rows.push({ row, fields: result.fields });
    issues.push(...result.issues);
  }
  const byField = new Map(columns.map((column) => [column.field, column]));
  const duplicated = [
    ...duplicates(file.records, byField.get('EMAIL'), (cell) => cell.toLowerCase(), 'e-mail address'),
    ...duplicates(file.records, byField.get('EXTERNAL_ID'), (cell) => cell, 'external id'),
  ];
  const duplicatedRows = new Set(duplicated.map((issue) => issue.row));
  issues.push(...duplicated);
  return { rows: rows.filter((row) => !duplicatedRows.has(row.row)), issues: sortIssues(issues, file.header) };
}

export function sortIssues(issues: RowIssue[], header: string[]): RowIssue[] {
  const position = (column: string | null) => (column === null ? -1 : header.indexOf(column));
  return issues.sort((a, b) => a.row - b.row || position(a.column) - position(b.column));
}
