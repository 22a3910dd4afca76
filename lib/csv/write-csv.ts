// The one CSV writer of every download (insights, audit log, challenge log): UTF-8 with a byte order
// mark (so Excel reads æøå right), CRLF lines, RFC 4180 quoting by Papa Parse's `unparse`, and
// cells a spreadsheet would run as a formula defused. Pure, so the exports and their tests share it.
import Papa from "papaparse";

/** Prepended once to a file: tells spreadsheets the file is UTF-8. */
export const BOM = "\uFEFF";

export type CsvValue = string | number | null | undefined;

// A cell starting with one of these is run as a formula by spreadsheets ("CSV injection", OWASP);
// names, titles and logs are typed by people, so such a cell gets a leading apostrophe. Papa's own
// `escapeFormulae` is not used: its default pattern (`/^[=+\-@\t\r].*$/`) lets a formula with a line
// break through, and it quotes every defused cell, which changes files the tests pin down cell by cell.
const FORMULA_START = /^[=+\-@\t\r]/;

const defused = (value: CsvValue): CsvValue =>
  typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;

// Papa quotes a cell holding the delimiter, a quote, a line break or edge spaces; a cell with ";"
// is quoted too, because Excel in Norway and the Netherlands splits columns on ";".
const quoteSemicolons = (value: unknown) => typeof value === "string" && value.includes(";");

/** One row, CRLF-terminated: what the streamed exports write a row at a time. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${Papa.unparse([values.map(defused)], { newline: "\r\n", quotes: quoteSemicolons })}\r\n`;
}

/** One cell as it appears in a row. */
export function csvCell(value: CsvValue): string {
  return csvLine([value]).slice(0, -2);
}

/** A whole file: the byte order mark, a header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map(csvLine).join("");
}
