import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import { auditActions } from "@/lib/orgs/audit-actions";
import { describeAuditEntry } from "@/lib/orgs/describe-audit-entry";

const i18n = createInstance();
void i18n.init({
  lng: "en",
  resources,
  defaultNS: "common",
  initAsync: false,
  interpolation: { escapeValue: false },
});
const en = i18n.getFixedT("en", "common");
const nb = i18n.getFixedT("nb", "common");
const actor = { name: "Kari Nordmann", email: "kari@example.test" };

describe("program entries in the audit log", () => {
  it("has a sentence for every program action in every language", () => {
    for (const lang of ["nb", "en", "nl"] as const) {
      const t = i18n.getFixedT(lang, "common");
      for (const action of auditActions.filter((name) => name.startsWith("program."))) {
        const sentence = describeAuditEntry({ action, actor, data: { name: "Håndtere avvisning" } }, t);
        expect(sentence, `${lang} ${action}`).toContain("Håndtere avvisning");
        expect(sentence, `${lang} ${action}`).not.toContain(action);
      }
    }
  });

  it("names the audience, translating everyone, and says when there is no due date", () => {
    expect(
      describeAuditEntry(
        {
          action: "program.assign",
          actor,
          data: { name: "Håndtere avvisning", team: "Salg", due: "2027-03-31" },
        },
        en,
      ),
    ).toBe("Kari Nordmann assigned “Håndtere avvisning” to Salg (due date: March 31, 2027).");
    expect(
      describeAuditEntry(
        {
          action: "program.assign",
          actor,
          data: { name: "Håndtere avvisning", audience: "everyone", due: "" },
        },
        nb,
      ),
    ).toBe("Kari Nordmann tildelte «Håndtere avvisning» til alle (frist: ingen).");
    expect(
      describeAuditEntry(
        {
          action: "program.assignment.due",
          actor,
          data: { name: "X", audience: "everyone", from: "", to: "2027-06-01" },
        },
        en,
      ),
    ).toBe("Kari Nordmann changed the due date of “X” for everyone from none to June 1, 2027.");
    expect(
      describeAuditEntry(
        { action: "program.resource.edit", actor, data: { name: "X", item: "Hva er avvisning?" } },
        en,
      ),
    ).toBe("Kari Nordmann edited the resource “Hva er avvisning?” in “X”.");
  });

  it("says when an edit was major, and names added, deleted and moved items", () => {
    expect(
      describeAuditEntry(
        { action: "program.statement.edit", actor, data: { name: "X", item: "Jeg vet", major: true } },
        en,
      ),
    ).toBe(
      "Kari Nordmann edited the statement “Jeg vet” in “X” as a major change (learners’ completion reopens).",
    );
    expect(
      describeAuditEntry(
        { action: "program.resource.edit", actor, data: { name: "X", item: "Les", major: true } },
        nb,
      ),
    ).toBe("Kari Nordmann endret ressursen «Les» i «X» som en stor endring (fullføringer åpnes igjen).");
    expect(
      describeAuditEntry({ action: "program.statement.add", actor, data: { name: "X", item: "Ny" } }, en),
    ).toBe("Kari Nordmann added the statement “Ny” to “X”.");
    expect(
      describeAuditEntry(
        { action: "program.resource.delete", actor, data: { name: "X", item: "Gammel" } },
        nb,
      ),
    ).toBe("Kari Nordmann slettet ressursen «Gammel» fra «X».");
    expect(
      describeAuditEntry(
        { action: "program.statement.move", actor, data: { name: "X", item: "Jeg kan" } },
        en,
      ),
    ).toBe("Kari Nordmann moved the statement “Jeg kan” in “X”.");
  });
});
