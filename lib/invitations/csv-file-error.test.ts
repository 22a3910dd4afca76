// The sentence a person reads for a file without an e-mail column: what the header row held and
// what it was split at, in words, in each language.
import { describe, expect, it } from "vitest";
import { getT } from "@/lib/i18n/server";
import { namespaces } from "@/lib/i18n/settings";
import { parseInvitationCsv } from "./parse-invitation-csv";
import { csvFileError } from "./preview-csv-import";

const messageFor = (lang: "nb" | "en" | "nl", csv: string) => {
  const parsed = parseInvitationCsv(csv);
  if (parsed.ok) throw new Error("expected a file problem");
  const error = csvFileError(parsed.problem);
  return getT(lang, namespaces)(error.messageKey, error.messageValues);
};

describe("csvFileError for a file without an e-mail column", () => {
  it("names the header cells found and the separator in the reader's language", () => {
    expect(messageFor("nb", "Navn;Avdeling\nKari;Salg")).toBe(
      "Vi fant ingen kolonne for e-post. Den første raden, delt ved semikolon, inneholder: Navn, Avdeling. Den skal gi kolonnene navn: email, name, role, team.",
    );
    expect(messageFor("en", "Name\tTeam\nKari\tSales")).toBe(
      "We couldn’t find an email column. The first row, split at tabs, holds: Name, Team. It should name the columns: email, name, role, team.",
    );
    expect(messageFor("nl", "Naam,Afdeling\nPiet,Verkoop")).toContain("gesplitst op komma’s, bevat: Naam, Afdeling.");
  });

  it("shows a few header cells, each cut short, when a file was split wrongly or is very wide", () => {
    const wide = Array.from({ length: 10 }, (_, index) => `Kolonne ${index + 1}`).join(",");
    expect(messageFor("en", `${wide}\n1`)).toContain(
      "holds: Kolonne 1, Kolonne 2, Kolonne 3, Kolonne 4, Kolonne 5, Kolonne 6, Kolonne 7, Kolonne 8, …. It",
    );
    expect(messageFor("en", `${"x".repeat(60)}\n1`)).toContain(`holds: ${"x".repeat(39)}…. It`);
  });
});
