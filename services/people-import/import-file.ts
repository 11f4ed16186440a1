// Reading an uploaded import file: base64 → bytes → UTF-8 text → records, with the errors a
// spreadsheet user can act on ("save it as CSV UTF-8"). Pure: no I/O.
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { ValidationError } from '../shared/errors';

export const maxFileBytes = 5 * 1024 * 1024;
export const maxDataRows = 10_000;

const field = ['input', 'csvBase64'];
const saveAsUtf8 =
  'Save it as "CSV UTF-8" and try again (Excel: File › Save As › CSV UTF-8 (comma delimited); LibreOffice: character set Unicode (UTF-8)).';

export type Delimiter = ',' | ';';

export interface CsvFile {
  delimiter: Delimiter;
  /** Header cells, trimmed. */
  header: string[];
  /** Data records with their row number as a spreadsheet shows it (the header is row 1). Blank rows are left out. */
  records: { row: number; cells: string[] }[];
}

/** Decodes the base64 (a `data:...;base64,` prefix is allowed) and checks the size. */
function decodeBase64(csvBase64: string): Buffer {
  const base64 = csvBase64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (base64.length > Math.ceil(maxFileBytes / 3) * 4 + 4) {
    throw ValidationError.of(field, 'TOO_LONG', 'The file is larger than 5 MB; split it into smaller files.');
  }
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    throw ValidationError.of(field, 'INVALID', 'The file did not arrive as base64; this is a problem of the app that sent it.');
  }
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > maxFileBytes) throw ValidationError.of(field, 'TOO_LONG', 'The file is larger than 5 MB; split it into smaller files.');
  if (bytes.length === 0) throw ValidationError.of(field, 'REQUIRED', 'The file is empty.');
  return bytes;
}

/** UTF-8 text without a byte order mark; anything else (Latin-1, Windows-1252, UTF-16) is refused. */
function decodeUtf8(bytes: Buffer): string {
  // UTF-16 ("Unicode text" in Excel) has a BOM of its own and NUL bytes, which are valid UTF-8 otherwise.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0);
  let text: string | null = null;
  if (!utf16) {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = null;
    }
  }
  if (text === null) throw ValidationError.of(field, 'INVALID', `This file is not UTF-8 text (it may be Latin-1 or Windows-1252). ${saveAsUtf8}`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Comma or semicolon (Excel in Belgium and the Netherlands saves with semicolons): whichever splits the header row into more columns. */
export function detectDelimiter(text: string): Delimiter {
  const columns = (delimiter: Delimiter) => {
    try {
      const [header] = parse(text, { delimiter, to_line: 1, relax_quotes: true, relax_column_count: true }) as string[][];
      return header?.length ?? 0;
    } catch {
      return 0;
    }
  };
  return columns(';') > columns(',') ? ';' : ',';
}

const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');

/** Parses the file with csv-parse; a header row is required; at most 10,000 data rows. */
export function readCsv(csvBase64: string): CsvFile {
  const text = decodeUtf8(decodeBase64(csvBase64));
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    // Blank lines are kept (and skipped below) so that row numbers stay those of the spreadsheet.
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // csv-parse's messages name the line, e.g. "Quote Not Closed: the parsing is finished with an opening quote at line 7".
    throw ValidationError.of(field, 'INVALID', `The file is not valid CSV: ${error.message.replace(/^[A-Za-z ]+: /, '')}.`);
  }
  const header = (records[0] ?? []).map((cell) => cell.trim());
  if (!records.length || isBlank(header)) throw ValidationError.of(field, 'REQUIRED', 'The first row must name the columns (a header row).');
  const data = records
    .slice(1)
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter((record) => !isBlank(record.cells));
  if (!data.length) throw ValidationError.of(field, 'REQUIRED', 'The file has a header row but no data rows.');
  if (data.length > maxDataRows) {
    throw ValidationError.of(field, 'TOO_LONG', `The file has ${data.length.toLocaleString('en')} rows; at most ${maxDataRows.toLocaleString('en')} can be imported at once. Split it into smaller files.`);
  }
  return { delimiter, header, records: data };
}
