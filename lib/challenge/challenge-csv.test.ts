import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./challenge-csv";

describe("csvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Asked for a raise")).toBe("Asked for a raise");
    expect(csvCell(4)).toBe("4");
    expect(csvCell("Spurte om lønnsøkning – æøå")).toBe("Spurte om lønnsøkning – æøå");
  });

  it("quotes cells with separators, quotes or line breaks and doubles inner quotes", () => {
    expect(csvCell('She said "no", kindly')).toBe('"She said ""no"", kindly"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a;b")).toBe('"a;b"');
  });

  it.each(['=HYPERLINK("http://x")', "+47 99", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd"])(
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

describe("toCsv", () => {
  it("starts with a byte order mark and ends every row with CRLF", () => {
    const csv = toCsv(["Dato", "Spørsmål"], [["2026-11-22", "=1+1, eller?"]]);
    expect(csv).toBe('\uFEFFDato,Spørsmål\r\n2026-11-22,"\'=1+1, eller?"\r\n');
  });
});
