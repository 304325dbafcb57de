import {
  IMPORT_COLUMNS,
  IMPORT_MAX_LINES,
  type ExportedAccount,
  type ImportColumn,
  type ImportRecord,
} from '@sesame/core';
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/**
 * The CSV files of the admin console's import and export (issue 14 point 2, docs/adr/0035,
 * docs/administrators/import-export.md). csv-parse reads them (RFC 4180 quoting, a UTF-8 BOM
 * dropped); the separator is the header line's: French Excel writes ";", most tools ",".
 */

/** The column names accepted in a header, besides the documented ones (lower-case, accents dropped). */
const ALIASES: Record<string, ImportColumn> = {
  e_mail: 'email',
  mail: 'email',
  courriel: 'email',
  adresse_electronique: 'email',
  firstname: 'first_name',
  prenom: 'first_name',
  lastname: 'last_name',
  nom: 'last_name',
  organisation: 'organisation_id',
  organization_id: 'organisation_id',
  externalid: 'external_id',
  identifiant_externe: 'external_id',
  matricule: 'external_id',
  langue: 'language',
  locale: 'language',
};

/** The columns a file must have; the others are optional. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['email', 'first_name', 'last_name'];

export type CsvProblem =
  | { kind: 'unreadable'; line: number }
  | { kind: 'header'; column: ImportColumn }
  | { kind: 'too_many_lines' }
  | { kind: 'empty' };

export class CsvImportError extends Error {
  constructor(readonly problem: CsvProblem) {
    super(`CSV: ${problem.kind}`);
  }
}

function headerName(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

function columnOf(raw: string): ImportColumn | null {
  const name = headerName(raw);
  if ((IMPORT_COLUMNS as readonly string[]).includes(name)) return name as ImportColumn;
  return ALIASES[name] ?? null;
}

/** ";" when the header line has more of them than ",", outside quotes; else ",". */
export function separatorOf(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** A spreadsheet formula guard written by the export ("'" before = + - @), taken off on import. */
function unguard(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

/**
 * The file's agent lines as records of named columns, with their line numbers (the header is
 * line 1). Throws CsvImportError for a file that cannot be read, lacks a required column, has
 * no agent line or more than IMPORT_MAX_LINES.
 */
export function parseAccountsCsv(file: Buffer): ImportRecord[] {
  const text = file.toString('utf8').replace(/^\uFEFF/, '');
  let rows: Array<{ record: string[]; info: { lines: number } }>;
  try {
    rows = parse(text, {
      delimiter: separatorOf(text),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      // A file far past the limit is refused without reading it all.
      to: IMPORT_MAX_LINES + 2,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    if (error instanceof CsvError) {
      throw new CsvImportError({ kind: 'unreadable', line: (error as CsvError & { lines?: number }).lines ?? 1 });
    }
    throw error;
  }
  const [header, ...lines] = rows;
  if (!header) throw new CsvImportError({ kind: 'empty' });
  const columns = header.record.map(columnOf);
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.includes(required)) throw new CsvImportError({ kind: 'header', column: required });
  }
  const records = lines
    .filter(({ record }) => record.some((value) => value !== ''))
    .map(({ record, info }) => {
      const values: Partial<Record<ImportColumn, string>> = {};
      columns.forEach((column, index) => {
        const value = record[index];
        if (column !== null && value !== undefined && values[column] === undefined) values[column] = unguard(value);
      });
      return { line: info.lines, values };
    });
  if (records.length === 0) throw new CsvImportError({ kind: 'empty' });
  if (records.length > IMPORT_MAX_LINES) throw new CsvImportError({ kind: 'too_many_lines' });
  return records;
}

/** The export's header: the import's columns, then the account's state (ignored on import). */
export const EXPORT_COLUMNS = [...IMPORT_COLUMNS, 'status'] as const;

/** A cell opening with = + - @ would run as a formula in a spreadsheet (CSV injection): quoted with "'". */
function guard(value: string): string {
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

/** The header line, with a BOM so that spreadsheets read UTF-8, and `separator` between cells. */
export function exportHeader(separator: ';' | ','): string {
  return `\uFEFF${stringify([[...EXPORT_COLUMNS]], { delimiter: separator, record_delimiter: 'windows' })}`;
}

/** Rows of the export, in EXPORT_COLUMNS order: re-importable as they are. */
export function exportLines(rows: readonly ExportedAccount[], separator: ';' | ','): string {
  if (rows.length === 0) return '';
  return stringify(
    rows.map((row) =>
      [
        row.email,
        row.firstName,
        row.lastName,
        row.organisationId,
        row.externalId ?? '',
        row.emailLocale,
        // active, invited, invitation-expired or deactivated (core exportedState; docs/adr/0054 §6).
        row.state,
      ].map(guard),
    ),
    { delimiter: separator, record_delimiter: 'windows' },
  );
}
