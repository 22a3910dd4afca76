import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import { describeAuditEntry } from "./describe-audit-entry";

const i18n = createInstance();
void i18n.init({
  lng: "en",
  resources,
  defaultNS: "common",
  initAsync: false,
  interpolation: { escapeValue: false },
});
const t = i18n.getFixedT("en", "common");
const nbT = i18n.getFixedT("nb", "common");
const actor = { name: "Kari Nordmann", email: "kari@example.test" };

describe("describeAuditEntry", () => {
  it("writes a role change with translated roles", () => {
    const entry = {
      action: "membership.role",
      actor,
      data: { name: "Ola", email: "ola@example.test", from: "employee", to: "manager" },
    };
    expect(describeAuditEntry(entry, t)).toBe(
      "Kari Nordmann changed the role of Ola from Employee to Manager.",
    );
    expect(describeAuditEntry(entry, nbT)).toBe("Kari Nordmann endret rollen til Ola fra Ansatt til Leder.");
  });

  it("names a person by email when they have no name, and an unknown actor as someone", () => {
    expect(
      describeAuditEntry(
        { action: "membership.deactivate", actor: null, data: { email: "ola@example.test" } },
        t,
      ),
    ).toBe("Someone deactivated ola@example.test.");
    expect(
      describeAuditEntry(
        {
          action: "membership.reactivate",
          actor: { name: null, email: "hr@example.test" },
          data: { name: "Ola" },
        },
        t,
      ),
    ).toBe("hr@example.test reactivated Ola.");
  });

  it("still says something for an action it has no sentence for", () => {
    expect(describeAuditEntry({ action: "rating.export", actor, data: {} }, t)).toBe(
      "Kari Nordmann: rating.export",
    );
  });
});

describe("describeAuditEntry for a library update", () => {
  it("says how many changes were accepted and kept, in the reader's language", () => {
    const entry = {
      action: "program.update",
      actor,
      data: {
        name: "Håndtere avvisning",
        fromVersion: "aaaaaaa",
        toVersion: "bbbbbbb",
        accepted: 3,
        kept: 1,
      },
    };
    expect(describeAuditEntry(entry, t)).toBe(
      "Kari Nordmann took the library update of “Håndtere avvisning”: 3 accepted, 1 kept.",
    );
    expect(describeAuditEntry(entry, nbT)).toBe(
      "Kari Nordmann tok inn bibliotekoppdateringen av «Håndtere avvisning»: 3 godtatt, 1 beholdt.",
    );
  });
});

describe("describeAuditEntry writes values for the reader", () => {
  it("writes due dates as the reader writes a date, not as stored", () => {
    const entry = {
      action: "program.assign",
      actor,
      data: { name: "Håndtere avvisning", team: "Salg", due: "2026-12-28" },
    };
    expect(describeAuditEntry(entry, nbT)).toBe(
      "Kari Nordmann tildelte «Håndtere avvisning» til Salg (frist: 28. desember 2026).",
    );
    expect(describeAuditEntry(entry, t)).toContain("(due date: December 28, 2026)");
    expect(describeAuditEntry(entry, t, "nl")).toContain("28 december 2026");
  });

  it("names the role someone was invited as, translated", () => {
    expect(
      describeAuditEntry(
        {
          action: "invitation.create",
          actor,
          data: { name: "Ola", email: "ola@example.test", role: "admin" },
        },
        nbT,
      ),
    ).toBe("Kari Nordmann inviterte Ola som HR-administrator.");
  });
});
