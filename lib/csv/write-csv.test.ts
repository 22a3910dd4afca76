// The assertions of the two writers this one replaced (lib/insights/csv.test.ts and
// lib/challenge/challenge-csv.test.ts), unchanged, plus the cases Papa's own guard would miss.
import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvLine, toCsv } from "./write-csv";

describe("csvCell", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvCell("Håndtere avvisning")).toBe("Håndtere avvisning");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
    expect(csvCell("Asked for a raise")).toBe("Asked for a raise");
    expect(csvCell(4)).toBe("4");
    expect(csvCell("Spurte om lønnsøkning – æøå")).toBe("Spurte om lønnsøkning – æøå");
  });

  it("quotes separators, quotes and line breaks and doubles inner quotes", () => {
    expect(csvCell("Berg, Kari")).toBe('"Berg, Kari"');
    expect(csvCell('Si "nei"')).toBe('"Si ""nei"""');
    expect(csvCell("to\nlinjer")).toBe('"to\nlinjer"');
    expect(csvCell('She said "no", kindly')).toBe('"She said ""no"", kindly"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a;b")).toBe('"a;b"');
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+47 123")).toBe("'+47 123");
    expect(csvCell("@sum")).toBe("'@sum");
  });

  it.each(['=HYPERLINK("http://x")', "+47 99", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd", "=1+1\n=2+2"])(
    "neutralises a cell a spreadsheet would run as a formula: %j",
    (value) => {
      const cell = csvCell(value);
      const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
      expect(unquoted).toBe(`'${value}`);
    },
  );

  it("does not touch a negative number given as a number", () => {
    expect(csvCell(-1)).toBe("-1");
  });
});

describe("csvLine and toCsv", () => {
  it("ends lines with CRLF and starts files with a BOM", () => {
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
    expect(BOM.charCodeAt(0)).toBe(0xfeff);
  });

  it("starts a whole file with a byte order mark and ends every row with CRLF", () => {
    const csv = toCsv(["Dato", "Spørsmål"], [["2026-11-22", "=1+1, eller?"]]);
    expect(csv).toBe('\uFEFFDato,Spørsmål\r\n2026-11-22,"\'=1+1, eller?"\r\n');
  });
});
