import { describe, expect, it } from "vitest";
import {
  assignProgramInput,
  changeAssignmentDueDateInput,
  copyLibraryProgramInput,
  updateResourceInput,
  updateStatementInput,
} from "./program-input";

const id = "0190f5c2-8a7b-7c3d-9e4f-0a1b2c3d4e5f";
const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("program inputs", () => {
  it("reads the copy form, with 'again' only when confirmed", () => {
    expect(copyLibraryProgramInput.parse({ programSlug: "handtere-avvisning", requestKey: id })).toEqual({
      programSlug: "handtere-avvisning",
      requestKey: id,
      again: false,
    });
    expect(copyLibraryProgramInput.parse({ programSlug: "a-b", requestKey: id, again: "true" }).again).toBe(
      true,
    );
    expect(copyLibraryProgramInput.safeParse({ programSlug: "../etc", requestKey: id }).success).toBe(false);
    expect(copyLibraryProgramInput.safeParse({ programSlug: "a", requestKey: "click" }).success).toBe(false);
  });

  it("refuses to empty a Bokmål text, but lets a translation be emptied", () => {
    const statement = { statementId: id, lockVersion: "3", text: "  ", kind: "know" };
    expect(issues(updateStatementInput.safeParse({ ...statement, language: "nb" }))).toEqual({
      text: "programs:errors.requiredInBokmal",
    });
    expect(updateStatementInput.parse({ ...statement, language: "en" })).toMatchObject({
      text: "",
      lockVersion: 3,
    });
    expect(
      issues(
        updateResourceInput.safeParse({
          resourceId: id,
          language: "nb",
          lockVersion: "0",
          title: "T",
          body: "",
        }),
      ),
    ).toEqual({ body: "programs:errors.requiredInBokmal" });
  });

  it("keeps Markdown as written, with Windows line ends made plain", () => {
    const parsed = updateResourceInput.parse({
      resourceId: id,
      language: "en",
      lockVersion: "1",
      title: "Title",
      body: "<script>alert(1)</script>\r\n\r\n[x](javascript:alert(1))",
    });
    expect(parsed.body).toBe("<script>alert(1)</script>\n\n[x](javascript:alert(1))");
  });

  it("reads teams as a list however many are ticked, and wants one for a team assignment", () => {
    const base = { programId: id, audience: "teams" };
    expect(assignProgramInput.parse({ ...base, teamIds: id }).teamIds).toEqual([id]);
    expect(assignProgramInput.parse({ ...base, teamIds: [id, id] }).teamIds).toEqual([id, id]);
    expect(issues(assignProgramInput.safeParse(base))).toEqual({
      teamIds: "programs:assign.errors.teamsRequired",
    });
    expect(assignProgramInput.parse({ programId: id, audience: "everyone" })).toMatchObject({
      teamIds: [],
      dueDate: null,
    });
  });

  it("reads a due date as a calendar day, or none", () => {
    const due = (dueDate: string) => changeAssignmentDueDateInput.safeParse({ assignmentId: id, dueDate });
    expect(due("2027-03-31").data?.dueDate?.toISOString()).toBe("2027-03-31T00:00:00.000Z");
    expect(due("").data?.dueDate).toBeNull();
    for (const bad of ["2027-02-30", "31.03.2027", "1999-12-31", "2027-3-1"])
      expect(issues(due(bad)), bad).toEqual({ dueDate: "programs:assign.errors.dueDateInvalid" });
  });
});
