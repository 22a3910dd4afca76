import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { resources } from "@/lib/i18n/resources";
import { describeAuditEntry } from "@/lib/orgs/describe-audit-entry";

const i18n = createInstance();
void i18n.init({
  lng: "en",
  resources,
  defaultNS: "common",
  initAsync: false,
  interpolation: { escapeValue: false },
});
const actor = { name: "Hanne HR", email: "hanne@example.test" };
const person = { name: "Ola", email: "ola@example.test", team: "Salg" };

describe("audit sentences for team and invitation changes", () => {
  it("names the person and the team in every language", () => {
    const t = i18n.getFixedT("en", "common");
    expect(describeAuditEntry({ action: "team.member.add", actor, data: person }, t)).toBe(
      "Hanne HR added Ola to the team “Salg”.",
    );
    expect(describeAuditEntry({ action: "team.manager.unset", actor, data: person }, t)).toBe(
      "Hanne HR made Ola no longer a manager of the team “Salg”.",
    );
    expect(
      describeAuditEntry(
        { action: "team.member.remove", actor, data: person },
        i18n.getFixedT("nb", "common"),
      ),
    ).toBe("Hanne HR tok Ola ut av teamet «Salg».");
    expect(
      describeAuditEntry({ action: "team.manager.set", actor, data: person }, i18n.getFixedT("nl", "common")),
    ).toBe("Hanne HR heeft Ola leidinggevende van het team ‘Salg’ gemaakt.");
  });

  it("reads a resent invitation by address", () => {
    const t = i18n.getFixedT("en", "common");
    expect(
      describeAuditEntry(
        { action: "invitation.resend", actor, data: { email: "ida@example.test", name: null } },
        t,
      ),
    ).toBe("Hanne HR sent the invitation to ida@example.test again.");
  });
});
