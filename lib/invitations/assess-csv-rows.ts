// Decides, row by row, what importing a parsed CSV would do. Pure, so it is tested without a
// database; preview-csv-import.ts gathers what it needs to know about the organization.
import { emailAddressSchema } from "@/lib/auth/email-address";
import { INVITEE_NAME_MAX_LENGTH, type InvitableRole } from "./invitation-limits";
import { parseRole, type CsvRow } from "./parse-invitation-csv";

export type CsvRowProblem =
  | { code: "emailMissing" }
  | { code: "emailInvalid"; value: string }
  | { code: "roleUnknown"; value: string }
  | { code: "teamUnknown"; value: string }
  | { code: "duplicate"; firstRow: number }
  | { code: "alreadyMember" }
  | { code: "deactivatedMember" }
  | { code: "nameTooLong"; max: number };

/** ready: will be invited; alreadyInvited: has an open invitation, skipped; problem: see problems. */
export type CsvRowOutcome = "ready" | "alreadyInvited" | "problem";

export type AssessedCsvRow = {
  rowNumber: number;
  /** Normalised when valid, as written otherwise. */
  email: string;
  name: string;
  role: InvitableRole | null;
  /** The team as the organization spells it when found, as written otherwise; "" for none. */
  team: string;
  teamId: string | null;
  outcome: CsvRowOutcome;
  problems: CsvRowProblem[];
};

export type CsvOrganizationFacts = {
  teams: { id: string; name: string }[];
  /** Addresses of members, with their status. */
  members: Map<string, "active" | "deactivated">;
  /** Addresses with an open (pending, unexpired) invitation. */
  openInvitations: Set<string>;
};

export type CsvAssessment = {
  rows: AssessedCsvRow[];
  counts: Record<CsvRowOutcome, number>;
};

const teamKey = (name: string) => name.normalize("NFKC").trim().toLocaleLowerCase("nb");

export function assessCsvRows(rows: CsvRow[], facts: CsvOrganizationFacts): CsvAssessment {
  const teams = new Map(facts.teams.map((team) => [teamKey(team.name), team]));
  const firstRowOf = new Map<string, number>();
  const counts: Record<CsvRowOutcome, number> = { ready: 0, alreadyInvited: 0, problem: 0 };
  const assessed = rows.map((row): AssessedCsvRow => {
    const problems: CsvRowProblem[] = [];
    let email = row.email;
    if (row.email === "") problems.push({ code: "emailMissing" });
    else {
      const parsed = emailAddressSchema.safeParse(row.email);
      if (parsed.success) email = parsed.data;
      else problems.push({ code: "emailInvalid", value: row.email });
    }
    if (row.name.length > INVITEE_NAME_MAX_LENGTH)
      problems.push({ code: "nameTooLong", max: INVITEE_NAME_MAX_LENGTH });
    const role = parseRole(row.role);
    if (!role) problems.push({ code: "roleUnknown", value: row.role });
    const team = row.team === "" ? null : (teams.get(teamKey(row.team)) ?? null);
    if (row.team !== "" && !team) problems.push({ code: "teamUnknown", value: row.team });

    const valid = problems.every(
      (problem) => problem.code !== "emailMissing" && problem.code !== "emailInvalid",
    );
    let alreadyInvited = false;
    if (valid) {
      const first = firstRowOf.get(email);
      if (first !== undefined) problems.push({ code: "duplicate", firstRow: first });
      else firstRowOf.set(email, row.rowNumber);
      const member = facts.members.get(email);
      if (member === "active") problems.push({ code: "alreadyMember" });
      if (member === "deactivated") problems.push({ code: "deactivatedMember" });
      alreadyInvited = facts.openInvitations.has(email);
    }
    const outcome: CsvRowOutcome =
      problems.length > 0 ? "problem" : alreadyInvited ? "alreadyInvited" : "ready";
    counts[outcome] += 1;
    return {
      rowNumber: row.rowNumber,
      email,
      name: row.name,
      role,
      team: team?.name ?? row.team,
      teamId: team?.id ?? null,
      outcome,
      problems,
    };
  });
  return { rows: assessed, counts };
}
