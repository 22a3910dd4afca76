import { describe, expect, it } from "vitest";
import { csvLayout, decodeCsvBytes } from "./read-csv";

/** The bytes Excel's "Unicode text" writes: UTF-16LE with a byte order mark. */
const utf16le = (text: string) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
    bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

describe("decodeCsvBytes", () => {
  it("reads UTF-8, with or without a byte order mark", () => {
    expect(decodeCsvBytes(new TextEncoder().encode("navn\nÅse Ødegård"))).toBe("navn\nÅse Ødegård");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe("a");
  });

  it("reads UTF-16 little and big endian by their byte order mark", () => {
    expect(decodeCsvBytes(utf16le("e-post\tnavn\r\nåse@example.no\tÅse"))).toBe(
      "e-post\tnavn\r\nåse@example.no\tÅse",
    );
    expect(decodeCsvBytes(new Uint8Array([0xfe, 0xff, 0x00, 0xe6, 0x00, 0x3b]))).toBe("æ;");
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", () => {
    // "Bjørn Ærlig;Såve" as Excel's "CSV" writes it on a Norwegian Windows.
    const bytes = new Uint8Array([
      0x42, 0x6a, 0xf8, 0x72, 0x6e, 0x20, 0xc6, 0x72, 0x6c, 0x69, 0x67, 0x3b, 0x53, 0xe5, 0x76, 0x65,
    ]);
    expect(decodeCsvBytes(bytes)).toBe("Bjørn Ærlig;Såve");
  });
});

describe("csvLayout", () => {
  it("takes the separator from the header line only, not from the rows below it", () => {
    expect(csvLayout("E-post;Navn\nkari@example.no;Berg, Kari, Anne, Lise\n").separator).toBe(";");
    expect(csvLayout("email,name\na@example.no,Bo;Bi;Ba\n").separator).toBe(",");
    expect(csvLayout("e-mail\tnaam\n").separator).toBe("\t");
    expect(csvLayout("email\nkari@example.no\n").separator).toBe(",");
  });

  it("does not count separators inside quotes or on blank lines before the header", () => {
    expect(csvLayout('"E-post, jobb";Navn\n').separator).toBe(";");
    expect(csvLayout(",,,\n\nemail;name\n").separator).toBe(";");
  });

  it("takes a tab or ';' over ',' when the header holds as many of each", () => {
    expect(csvLayout("Navn, etternavn;E-post\n").separator).toBe(";");
    expect(csvLayout("Navn, etternavn\tE-post\n").separator).toBe("\t");
  });

  it("honours and drops a first line sep=, quoted or not, after a byte order mark", () => {
    expect(csvLayout("sep=;\r\nemail,name;team\r\n")).toEqual({
      separator: ";",
      body: "email,name;team\r\n",
    });
    expect(csvLayout('\uFEFF"sep=|"\nemail|name\n')).toEqual({ separator: "|", body: "email|name\n" });
  });
});
