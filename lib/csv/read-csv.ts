// Reading a CSV file people saved from a spreadsheet: the bytes in whatever encoding the program
// chose, and the separator its locale uses. Pure (no DOM, no server), so the browser decodes the
// chosen file and the server splits the text with the same rules.

/** The separators spreadsheets write: "," (English), ";" (Norwegian, Dutch), tab ("Unicode text"), "|". */
export const CSV_SEPARATORS = [",", ";", "\t", "|"] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

/**
 * A file's text. A byte order mark names the encoding (Excel's "Unicode text" is UTF-16LE with
 * one); otherwise UTF-8, and a file that is not valid UTF-8 is most likely Excel's "CSV" in
 * Windows-1252, where "ø" would otherwise arrive as "�".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

// Excel writes (and honours) a first line `sep=;` naming the separator; some tools quote it.
const SEP_LINE = /^"?sep=(.)"?[ \t]*(?:\r\n|\n|\r|$)/i;

/**
 * The separator and the text to parse with it. A `sep=` first line decides and is dropped (Excel
 * does not show it as a row); otherwise the header line alone decides, by the separator it holds
 * most often outside quotes: the rows below may hold commas in names of a ";" file.
 */
export function csvLayout(text: string): { separator: CsvSeparator; body: string } {
  const withoutBom = text.replace(/^\uFEFF/, "");
  const declared = SEP_LINE.exec(withoutBom);
  if (declared) {
    const named = CSV_SEPARATORS.find((separator) => separator === declared[1]);
    if (named) return { separator: named, body: withoutBom.slice(declared[0].length) };
  }
  return { separator: headerSeparator(withoutBom), body: withoutBom };
}

const TIE_ORDER: readonly CsvSeparator[] = ["\t", ";", ",", "|"];

function headerSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>();
  let quoted = false;
  let seenText = false;
  for (const char of text) {
    if (char === '"') {
      quoted = !quoted;
      seenText = true;
    } else if (quoted) {
      continue;
    } else if (char === "\n" || char === "\r") {
      if (seenText) break; // the end of the header line
      counts.clear(); // a line of separators only, before the header, says nothing
    } else {
      const separator = CSV_SEPARATORS.find((candidate) => candidate === char);
      if (separator) counts.set(separator, (counts.get(separator) ?? 0) + 1);
      else if (char.trim() !== "") seenText = true;
    }
  }
  // On a tie ("Navn, etternavn;E-post"), a tab or ";" is the separator more likely than a ","
  // inside a column's name: people write commas in names, hardly ever tabs or semicolons.
  // A header of one column holds none: "," then, as for any CSV.
  let best: CsvSeparator = ",";
  let most = 0;
  for (const separator of TIE_ORDER) {
    const count = counts.get(separator) ?? 0;
    if (count > most) [best, most] = [separator, count];
  }
  return best;
}
