import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "@/lib/csv/read-csv";
import { MAX_CSV_BYTES, MAX_CSV_ROWS } from "./csv-limits";
import { parseInvitationCsv, parseRole } from "./parse-invitation-csv";

const rowsOf = (text: string) => {
  const parsed = parseInvitationCsv(text);
  if (!parsed.ok) throw new Error(`unexpected ${parsed.problem.code}`);
  return parsed.rows;
};

describe("parseInvitationCsv", () => {
  it("reads email, name, role and team, numbering rows as a spreadsheet does (header = 1)", () => {
    expect(
      rowsOf("email,name,role,team\nkari@example.com,Kari Nordmann,manager,Salg\nola@example.com,,,\n"),
    ).toEqual([
      { rowNumber: 2, email: "kari@example.com", name: "Kari Nordmann", role: "manager", team: "Salg" },
      { rowNumber: 3, email: "ola@example.com", name: "", role: "", team: "" },
    ]);
  });

  it("takes headers in any case and order, in Norwegian or Dutch, with a BOM, semicolons and CRLF", () => {
    const text = "\uFEFFRolle;E-post;Navn;Team\r\nansatt;åse@example.no;Åse Ødegård;Kundeservice\r\n";
    expect(rowsOf(text)).toEqual([
      { rowNumber: 2, email: "åse@example.no", name: "Åse Ødegård", role: "ansatt", team: "Kundeservice" },
    ]);
    expect(rowsOf("E-mail,Naam,Rol\npiet@example.nl,Piet,medewerker")[0]).toMatchObject({
      email: "piet@example.nl",
      role: "medewerker",
      team: "",
    });
  });

  it("keeps row numbers across blank lines and handles quoted commas", () => {
    const rows = rowsOf('email,name\n\na@example.com,"Berg, Ingrid"\n,\nb@example.com,Bo\n');
    expect(rows.map((row) => [row.rowNumber, row.name])).toEqual([
      [3, "Berg, Ingrid"],
      [5, "Bo"],
    ]);
  });

  it("refuses a file without people, without an email column, or with a broken quote", () => {
    expect(parseInvitationCsv("")).toEqual({ ok: false, problem: { code: "empty" } });
    expect(parseInvitationCsv("email,name,role,team\n\n")).toEqual({ ok: false, problem: { code: "empty" } });
    expect(parseInvitationCsv("name,role\nKari,admin")).toEqual({
      ok: false,
      problem: { code: "noEmailColumn", headers: "name, role", separator: "," },
    });
    const broken = parseInvitationCsv('email,name\na@example.com,"Kari\nb@example.com,Bo');
    expect(broken).toMatchObject({ ok: false, problem: { code: "unreadable" } });
  });

  it("reads a ';' file whose names hold commas, which a guess over the whole file took for ','", () => {
    // Papa Parse's own guess reads this file as ","-separated, with one column "E-post;Navn".
    expect(rowsOf("E-post;Navn\r\nkari@example.no;Berg, Kari\r\nola@example.no;Nordmann, Ola\r\n")).toEqual([
      { rowNumber: 2, email: "kari@example.no", name: "Berg, Kari", role: "", team: "" },
      { rowNumber: 3, email: "ola@example.no", name: "Nordmann, Ola", role: "", team: "" },
    ]);
    const text = [
      "E-post;Navn;Rolle",
      "kari@example.no;Berg, Kari;leder",
      "ola@example.no;Nordmann, Ola, jr.;ansatt",
      "per@example.no;Hansen, Per;",
    ].join("\r\n");
    expect(rowsOf(text)).toEqual([
      { rowNumber: 2, email: "kari@example.no", name: "Berg, Kari", role: "leder", team: "" },
      { rowNumber: 3, email: "ola@example.no", name: "Nordmann, Ola, jr.", role: "ansatt", team: "" },
      { rowNumber: 4, email: "per@example.no", name: "Hansen, Per", role: "", team: "" },
    ]);
  });

  it("honours a first line sep=; and numbers rows as the spreadsheet shows them (without that line)", () => {
    expect(rowsOf("sep=;\r\nemail;name\r\nkari@example.no;Berg, Kari\r\n")).toEqual([
      { rowNumber: 2, email: "kari@example.no", name: "Berg, Kari", role: "", team: "" },
    ]);
  });

  it('reads Excel\'s "Unicode text" (UTF-16LE with a byte order mark, tab-separated)', () => {
    const text = "E-post\tNavn\tTeam\r\nåse@example.no\tØdegård, Åse\tKundeservice\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(rowsOf(decodeCsvBytes(bytes))).toEqual([
      { rowNumber: 2, email: "åse@example.no", name: "Ødegård, Åse", role: "", team: "Kundeservice" },
    ]);
  });

  it("reads a Windows-1252 file with æøå", () => {
    // "e-post;navn;team\r\nbjorn@example.no;Bjørn Ærlig;Sørøst-Åsen" in Windows-1252.
    const bytes = Uint8Array.from(
      "e-post;navn;team\r\nbjorn@example.no;Bjørn Ærlig;Sørøst-Åsen\r\n",
      (char) => char.charCodeAt(0), // æøåÆØÅ are single bytes below 256 in Windows-1252 and Latin-1 alike
    );
    expect(rowsOf(decodeCsvBytes(bytes))).toEqual([
      { rowNumber: 2, email: "bjorn@example.no", name: "Bjørn Ærlig", role: "", team: "Sørøst-Åsen" },
    ]);
  });

  it("says what the header row held and how it was split when no column is the e-mail", () => {
    expect(parseInvitationCsv("Fornavn\tEtternavn\tAvdeling\nKari\tBerg\tSalg")).toEqual({
      ok: false,
      problem: { code: "noEmailColumn", headers: "Fornavn, Etternavn, Avdeling", separator: "\t" },
    });
  });

  it(`takes ${MAX_CSV_ROWS} people and refuses ${MAX_CSV_ROWS + 1}, saying how many there were`, () => {
    const file = (count: number) =>
      [
        "email,name,role,team",
        ...Array.from({ length: count }, (_, index) => `p${index}@example.com,,,`),
      ].join("\n");
    expect(rowsOf(file(MAX_CSV_ROWS))).toHaveLength(MAX_CSV_ROWS);
    expect(parseInvitationCsv(file(MAX_CSV_ROWS + 1))).toEqual({
      ok: false,
      problem: { code: "tooManyRows", count: MAX_CSV_ROWS + 1, max: MAX_CSV_ROWS },
    });
  });

  it("refuses a file over the size limit before reading it", () => {
    const text = `email\n${"a".repeat(MAX_CSV_BYTES)}@example.com`;
    expect(parseInvitationCsv(text)).toEqual({
      ok: false,
      problem: { code: "tooLarge", maxKb: MAX_CSV_BYTES / 1024 },
    });
  });
});

describe("parseRole", () => {
  it("knows the three invitable roles in English, Norwegian and Dutch, and empty as employee", () => {
    expect(["admin", "HR admin", "HR-administrator", "hr-beheerder"].map(parseRole)).toEqual([
      "admin",
      "admin",
      "admin",
      "admin",
    ]);
    expect(["Manager", "leder", "Leidinggevende"].map(parseRole)).toEqual(["manager", "manager", "manager"]);
    expect(["employee", "Ansatt", "medewerker", "", "  "].map(parseRole)).toEqual([
      "employee",
      "employee",
      "employee",
      "employee",
      "employee",
    ]);
  });

  it("refuses owner and anything else", () => {
    expect(["owner", "eier", "ceo", "adm"].map(parseRole)).toEqual([null, null, null, null]);
  });
});
