// Reads an invitation CSV (email, name, role, team) into rows, numbered as a spreadsheet shows
// them (the header is row 1). Pure: no database; preview-csv-import.ts checks the rows against it.
import Papa from "papaparse";
import { csvLayout, type CsvSeparator } from "@/lib/csv/read-csv";
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from "./csv-limits";
import type { InvitableRole } from "./invitation-limits";

export type CsvRow = {
  /** 1 is the header; the first person is on row 2. */
  rowNumber: number;
  email: string;
  name: string;
  role: string;
  team: string;
};

export type CsvFileProblem =
  | { code: "empty" }
  | { code: "tooLarge"; maxKb: number }
  | { code: "tooManyRows"; count: number; max: number }
  /** What the header row held, split at `separator`, so the message can say what was found. */
  | { code: "noEmailColumn"; headers: string; separator: CsvSeparator }
  | { code: "unreadable"; row: number };

export type CsvParseResult = { ok: true; rows: CsvRow[] } | { ok: false; problem: CsvFileProblem };

type Column = keyof Omit<CsvRow, "rowNumber">;

/** Header names in English, Norwegian and Dutch, compared without case, spaces, dashes or underscores. */
const headerAliases: Record<Column, readonly string[]> = {
  email: ["email", "emailaddress", "mail", "epost", "epostadresse", "emailadres", "mailadres"],
  name: ["name", "fullname", "navn", "naam"],
  role: ["role", "rolle", "rol"],
  team: ["team", "teamname", "teamnavn", "teamnaam"],
};

/** Role names people write, in any of the three languages; empty means employee. */
const roleAliases: Record<InvitableRole, readonly string[]> = {
  admin: ["admin", "hradmin", "administrator", "hradministrator", "hr", "hrbeheerder", "beheerder"],
  manager: ["manager", "leder", "leidinggevende"],
  employee: ["employee", "ansatt", "medewerker", ""],
};

const compact = (value: string) =>
  value
    .normalize("NFKC")
    .toLocaleLowerCase("nb")
    .replace(/[\s_-]+/g, "");

/** The role a cell names, or null when it names none HR can invite with. */
export function parseRole(value: string): InvitableRole | null {
  const key = compact(value);
  for (const [role, aliases] of Object.entries(roleAliases) as [InvitableRole, readonly string[]][]) {
    if (aliases.includes(key)) return role;
  }
  return null;
}

function columnOf(header: string): Column | null {
  const key = compact(header.replace(/^\uFEFF/, ""));
  for (const [column, aliases] of Object.entries(headerAliases) as [Column, readonly string[]][]) {
    if (aliases.includes(key)) return column;
  }
  return null;
}

/** The header row's cells as a person would read them back: a few, each cut short. */
function foundHeaders(record: readonly string[]): string {
  const cells = record.map((cell) => cell.replace(/^\uFEFF/, "").trim()).filter((cell) => cell !== "");
  const shown = cells.slice(0, 8).map((cell) => (cell.length > 40 ? `${cell.slice(0, 39)}…` : cell));
  return cells.length > shown.length ? `${shown.join(", ")}, …` : shown.join(", ");
}

export function csvByteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The file's rows, or the one problem that makes the whole file unusable. */
export function parseInvitationCsv(text: string): CsvParseResult {
  if (csvByteLength(text) > MAX_CSV_BYTES)
    return { ok: false, problem: { code: "tooLarge", maxKb: MAX_CSV_BYTES / 1024 } };
  // Spreadsheets in Norway and the Netherlands save with ";", Excel's "Unicode text" with tabs:
  // the header line (or a `sep=` line) says which, not a guess over the whole file.
  const { separator, body } = csvLayout(text);
  const parsed = Papa.parse<string[]>(body, { delimiter: separator, skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === "Quotes");
  if (quoteError) return { ok: false, problem: { code: "unreadable", row: (quoteError.row ?? 0) + 1 } };

  const records = parsed.data;
  const headerIndex = records.findIndex((record) => record.some((cell) => cell.trim() !== ""));
  if (headerIndex === -1) return { ok: false, problem: { code: "empty" } };
  const headerRecord = records[headerIndex] ?? [];
  const positions = new Map<Column, number>();
  headerRecord.forEach((header, index) => {
    const column = columnOf(header);
    if (column && !positions.has(column)) positions.set(column, index);
  });
  if (!positions.has("email"))
    return { ok: false, problem: { code: "noEmailColumn", headers: foundHeaders(headerRecord), separator } };

  const cell = (record: string[], column: Column) => {
    const index = positions.get(column);
    return index === undefined ? "" : (record[index] ?? "").trim();
  };
  const rows: CsvRow[] = [];
  for (let index = headerIndex + 1; index < records.length; index += 1) {
    const record = records[index] ?? [];
    if (record.every((value) => value.trim() === "")) continue;
    rows.push({
      rowNumber: index + 1,
      email: cell(record, "email"),
      name: cell(record, "name"),
      role: cell(record, "role"),
      team: cell(record, "team"),
    });
  }
  if (rows.length === 0) return { ok: false, problem: { code: "empty" } };
  if (rows.length > MAX_CSV_ROWS)
    return { ok: false, problem: { code: "tooManyRows", count: rows.length, max: MAX_CSV_ROWS } };
  return { ok: true, rows };
}
