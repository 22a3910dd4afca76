import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvLine, slugifyFileName } from "./csv";

describe("CSV cells", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvCell("Håndtere avvisning")).toBe("Håndtere avvisning");
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
  });

  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell("Berg, Kari")).toBe('"Berg, Kari"');
    expect(csvCell('Si "nei"')).toBe('"Si ""nei"""');
    expect(csvCell("to\nlinjer")).toBe('"to\nlinjer"');
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+47 123")).toBe("'+47 123");
    expect(csvCell("@sum")).toBe("'@sum");
  });

  it("ends lines with CRLF and starts files with a BOM", () => {
    expect(csvLine(["a", 1, null])).toBe("a,1,\r\n");
    expect(BOM.charCodeAt(0)).toBe(0xfeff);
  });
});

describe("slugifyFileName", () => {
  it("keeps letters and digits, spells out æøå and drops anything a header could be broken with", () => {
    expect(slugifyFileName("Kundeservice Sør")).toBe("kundeservice-sor");
    expect(slugifyFileName("Lærere og små lag")).toBe("laerere-og-sma-lag");
    expect(slugifyFileName('a"b\r\nc')).toBe("a-b-c");
    expect(slugifyFileName("«»")).toBe("team");
  });
});
