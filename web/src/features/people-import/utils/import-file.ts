import type { ParseConfig, ParseResult } from 'papaparse';
import { MAX_FILE_BYTES } from '../api/people-import';

// Reading the chosen file in the browser: its bytes as base64 for the API, and its header row (with
// an example row) to offer the column mapping. The API reads the whole file again and has the last
// word; this only catches what would make the mapping impossible to offer.

export type Delimiter = ',' | ';';

export interface FileColumn {
  /** The header cell, trimmed (what the mapping sends back as `column`). */
  name: string;
  /** The cell of the first data row, to recognise the column by. */
  example: string;
}

export interface ImportFile {
  name: string;
  size: number;
  /** The file's bytes, base64-encoded (no data: prefix). */
  base64: string;
  delimiter: Delimiter;
  columns: FileColumn[];
}

/** Why a file cannot be offered for mapping; the codes are fieldError.csvBase64.<code> messages. */
export type FileProblem = 'TOO_LONG' | 'NOT_UTF8' | 'NO_HEADER';

export type ReadResult = { file: ImportFile } | { problem: FileProblem };

type Papa = { parse: (text: string, config: ParseConfig) => ParseResult<string[]> };

// papaparse is needed only on this screen, so it loads with the first file. It is a UMD bundle:
// depending on the bundler its functions come as the default export or as named ones.
async function loadPapa(): Promise<Papa> {
  const module = (await import('papaparse')) as unknown as Papa & { default?: Papa };
  return module.default ?? module;
}

/** The header row and first data row of a CSV text, with the delimiter the API will also find. */
export async function readHeader(text: string): Promise<{ delimiter: Delimiter; columns: FileColumn[] } | null> {
  const papa = await loadPapa();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows = (delimiter: Delimiter, preview: number) =>
    papa.parse(body, { delimiter, preview, skipEmptyLines: 'greedy' }).data.filter((row) => Array.isArray(row));
  // As the API does: whichever of comma and semicolon splits the header row into more columns.
  const delimiter: Delimiter = (rows(';', 1)[0]?.length ?? 0) > (rows(',', 1)[0]?.length ?? 0) ? ';' : ',';
  const [header, example = []] = rows(delimiter, 2);
  if (!header || header.every((cell) => cell.trim() === '')) return null;
  return { delimiter, columns: header.map((cell, index) => ({ name: cell.trim(), example: (example[index] ?? '').trim() })) };
}

function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsDataURL(file);
  });
}

/** Reads a chosen file; rejects only when the browser cannot read it at all (e.g. it was moved). */
export async function readImportFile(file: File): Promise<ReadResult> {
  if (file.size > MAX_FILE_BYTES) return { problem: 'TOO_LONG' };
  let text: string;
  try {
    // Fatal: a Latin-1 or Windows-1252 file (Excel's plain "CSV") would show garbled column names.
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch (error) {
    if (error instanceof TypeError) return { problem: 'NOT_UTF8' };
    throw error;
  }
  const header = await readHeader(text);
  if (!header) return { problem: 'NO_HEADER' };
  return { file: { name: file.name, size: file.size, base64: await readAsBase64(file), ...header } };
}
