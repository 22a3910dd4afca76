import { describe, expect, it } from "vitest";
import { assessCsvRows, type CsvOrganizationFacts } from "./assess-csv-rows";
import { parseInvitationCsv } from "./parse-invitation-csv";

const facts: CsvOrganizationFacts = {
  teams: [
    { id: "team-sales", name: "Salg" },
    { id: "team-care", name: "Kundeservice" },
  ],
  members: new Map([
    ["member@example.com", "active"],
    ["gone@example.com", "deactivated"],
  ]),
  openInvitations: new Set(["invited@example.com"]),
};

function assess(lines: string[]) {
  const parsed = parseInvitationCsv(["email,name,role,team", ...lines].join("\n"));
  if (!parsed.ok) throw new Error(parsed.problem.code);
  return assessCsvRows(parsed.rows, facts);
}

describe("assessCsvRows", () => {
  it("names every problem of every row by its row number", () => {
    const { rows, counts } = assess([
      "Kari@Example.com,Kari,manager,salg", // 2: ready; address normalised, team matched in any case
      "not-an-address,Ola,employee,", // 3: bad email
      ",No Address,,", // 4: missing email
      "ingrid@example.com,Ingrid,chief,", // 5: unknown role
      "per@example.com,Per,,Marketing", // 6: unknown team
      "kari@example.com,Kari again,,", // 7: duplicate of row 2
      "member@example.com,,,", // 8: already a member
      "gone@example.com,,,", // 9: deactivated member
      "invited@example.com,,admin,", // 10: already invited: skipped, not a problem
      "bad,,boss,Nowhere", // 11: three problems at once
    ]);
    expect(
      rows.map((row) => [row.rowNumber, row.outcome, row.problems.map((problem) => problem.code)]),
    ).toEqual([
      [2, "ready", []],
      [3, "problem", ["emailInvalid"]],
      [4, "problem", ["emailMissing"]],
      [5, "problem", ["roleUnknown"]],
      [6, "problem", ["teamUnknown"]],
      [7, "problem", ["duplicate"]],
      [8, "problem", ["alreadyMember"]],
      [9, "problem", ["deactivatedMember"]],
      [10, "alreadyInvited", []],
      [11, "problem", ["emailInvalid", "roleUnknown", "teamUnknown"]],
    ]);
    expect(counts).toEqual({ ready: 1, alreadyInvited: 1, problem: 8 });
    expect(rows[0]).toMatchObject({
      email: "kari@example.com",
      role: "manager",
      team: "Salg",
      teamId: "team-sales",
    });
    expect(rows[3]?.problems).toEqual([{ code: "roleUnknown", value: "chief" }]);
    expect(rows[4]?.problems).toEqual([{ code: "teamUnknown", value: "Marketing" }]);
    expect(rows[5]?.problems).toEqual([{ code: "duplicate", firstRow: 2 }]);
  });

  it("defaults an empty role to employee and an empty team to none", () => {
    const { rows } = assess(["new@example.com,,,"]);
    expect(rows[0]).toMatchObject({ outcome: "ready", role: "employee", teamId: null, team: "" });
  });

  it("refuses a name that is too long", () => {
    const { rows } = assess([`long@example.com,${"x".repeat(101)},,`]);
    expect(rows[0]?.problems).toEqual([{ code: "nameTooLong", max: 100 }]);
  });
});
