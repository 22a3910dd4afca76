// CSV for spreadsheets: UTF-8 with a byte order mark (so Excel reads æøå right), CRLF lines, fields
// quoted when needed, and cells that would start a formula defused. Pure; shared by the exports.

/** Prepended once to a file: tells spreadsheets the file is UTF-8. */
export const BOM = "\uFEFF";

// A cell starting with one of these is run as a formula by spreadsheets ("CSV injection"); names
// and program titles are typed by people, so such a cell gets a leading apostrophe.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/**
 * A name made safe for a download's file name (ASCII letters, digits and dashes): a team's name is
 * typed by people and goes into a header, where quotes or line breaks must never reach.
 */
export function slugifyFileName(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return ascii || "team";
}
