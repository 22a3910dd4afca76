// Assignments: to everyone or to teams, unique per audience, due dates, and the distinct people a
// program reaches (someone in two assigned teams counts once). Against Postgres as the app role.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  addTestMember,
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { createTeam } from "@/lib/teams/create-team";
import { setupTestDatabase } from "@/tests/db";
import { assignedPeople, assignedPeopleByProgram } from "./assigned-people";
import { assignProgram } from "./assign-program";
import { changeAssignmentDueDate } from "./change-assignment-due-date";
import { listProgramAssignments } from "./list-program-assignments";
import { listPrograms } from "./list-programs";
import { removeAssignment } from "./remove-assignment";
import { as, copyForTest, seedTestLibrary } from "./testing/program-fixtures";

const database = setupTestDatabase();

let org: TestOrganization;
let programId: string;

beforeAll(async () => {
  await seedTestLibrary(database.owner);
});

beforeEach(async () => {
  org = await buildOrganization();
  programId = await copyForTest(org.members.admin);
});

const hr = () => org.members.admin;
const team = async (name: string, members: TestMember[]) => {
  const created = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name }));
  for (const member of members)
    await as(hr(), ({ tx, ctx }) =>
      addTeamMember({ tx, ctx, teamId: created.teamId, membershipId: member.membershipId }),
    );
  return created.teamId;
};
const assign = (
  input: { audience: "everyone" | "teams"; teamIds?: string[]; dueDate?: Date | null },
  id = programId,
) =>
  as(hr(), ({ tx, ctx }) =>
    assignProgram({
      tx,
      ctx,
      input: {
        programId: id,
        audience: input.audience,
        teamIds: input.teamIds ?? [],
        dueDate: input.dueDate ?? null,
      },
    }),
  );
const people = (id = programId) =>
  as(hr(), ({ tx, ctx }) => assignedPeople({ tx, orgId: ctx.orgId, programId: id }));
const assignments = () => as(hr(), ({ tx, ctx }) => listProgramAssignments({ tx, ctx, programId }));

describe("the people a program is assigned to", () => {
  it("counts someone in two assigned teams once", async () => {
    const anna = await addTestMember(org, "employee");
    const bo = await addTestMember(org, "employee");
    const cato = await addTestMember(org, "employee");
    const sales = await team("Salg", [anna, bo]);
    const support = await team("Kundeservice", [bo, cato]);
    await assign({ audience: "teams", teamIds: [sales, support] });
    expect(await people()).toEqual(new Set([anna.membershipId, bo.membershipId, cato.membershipId]));
    const listed = await assignments();
    expect(listed.assignedPeople).toBe(3);
    expect(listed.assignments.map((row) => row.audience)).toEqual([
      { kind: "team", teamId: support, name: "Kundeservice", memberCount: 2 },
      { kind: "team", teamId: sales, name: "Salg", memberCount: 2 },
    ]);
    const [summary] = await as(hr(), ({ tx, ctx }) => listPrograms({ tx, ctx }));
    expect(summary).toMatchObject({ id: programId, assignedPeople: 3, startedPeople: 0 });
  });

  it("counts every active member for 'everyone', once even when they are also in an assigned team", async () => {
    const anna = await addTestMember(org, "employee");
    await addTestMember(org, "employee", { status: "deactivated" });
    const sales = await team("Salg", [anna]);
    await assign({ audience: "everyone" });
    await assign({ audience: "teams", teamIds: [sales] });
    // The four members buildOrganization made, plus Anna; the deactivated one does not count.
    expect((await people()).size).toBe(5);
  });

  it("leaves out deactivated team members, and keeps programs apart", async () => {
    const anna = await addTestMember(org, "employee");
    const gone = await addTestMember(org, "employee");
    const sales = await team("Salg", [anna, gone]);
    await as(org.members.owner, ({ tx }) =>
      tx.membership.update({
        where: { organizationId_id: { organizationId: org.id, id: gone.membershipId } },
        data: { status: "deactivated" },
      }),
    );
    await assign({ audience: "teams", teamIds: [sales] });
    const unassigned = await copyForTest(hr());
    const byProgram = await as(hr(), ({ tx, ctx }) =>
      assignedPeopleByProgram({ tx, orgId: ctx.orgId, programIds: [programId, unassigned] }),
    );
    expect(byProgram.get(programId)).toEqual(new Set([anna.membershipId]));
    expect(byProgram.get(unassigned)).toEqual(new Set());
  });
});

describe("assigning", () => {
  it("makes one assignment per audience however often it is submitted, and audits each once", async () => {
    const sales = await team("Salg", []);
    const due = new Date("2027-03-31T00:00:00Z");
    expect(await assign({ audience: "teams", teamIds: [sales, sales], dueDate: due })).toEqual({
      programId,
      created: 1,
      alreadyAssigned: 0,
    });
    const twice = await Promise.all([
      assign({ audience: "everyone", dueDate: due }),
      assign({ audience: "everyone", dueDate: due }),
    ]);
    expect(twice.map((result) => result.created).sort()).toEqual([0, 1]);
    expect(await assign({ audience: "teams", teamIds: [sales] })).toEqual({
      programId,
      created: 0,
      alreadyAssigned: 1,
    });
    const rows = (await assignments()).assignments;
    expect(rows.map((row) => [row.audience.kind, row.dueDate])).toEqual([
      ["everyone", due],
      ["team", due],
    ]);
    const audit = await as(org.members.owner, ({ tx }) =>
      tx.auditEntry.findMany({
        where: { action: "program.assign" },
        orderBy: { createdAt: "asc" },
        select: { data: true },
      }),
    );
    expect(audit.map((entry) => entry.data)).toEqual([
      { name: "Håndtere avvisning", team: "Salg", teamId: sales, due: "2027-03-31" },
      { name: "Håndtere avvisning", audience: "everyone", due: "2027-03-31" },
    ]);
  });

  it("changes and clears a due date, and removes an assignment", async () => {
    await assign({ audience: "everyone" });
    const [row] = (await assignments()).assignments;
    const newDue = new Date("2027-06-01T00:00:00Z");
    expect(
      await as(hr(), ({ tx, ctx }) =>
        changeAssignmentDueDate({ tx, ctx, input: { assignmentId: row!.id, dueDate: newDue } }),
      ),
    ).toEqual({ assignmentId: row!.id, dueDate: "2027-06-01", changed: true });
    expect((await assignments()).assignments[0]!.dueDate).toEqual(newDue);
    await as(hr(), ({ tx, ctx }) =>
      changeAssignmentDueDate({ tx, ctx, input: { assignmentId: row!.id, dueDate: null } }),
    );
    expect((await assignments()).assignments[0]!.dueDate).toBeNull();
    await as(hr(), ({ tx, ctx }) => removeAssignment({ tx, ctx, input: { assignmentId: row!.id } }));
    expect(await assignments()).toMatchObject({ assignments: [], assignedPeople: 0 });
    const actions = await as(org.members.owner, ({ tx }) =>
      tx.auditEntry.findMany({
        where: { action: { startsWith: "program.a" } },
        orderBy: { createdAt: "asc" },
        select: { action: true, data: true },
      }),
    );
    expect(actions).toEqual([
      { action: "program.assign", data: { name: "Håndtere avvisning", audience: "everyone", due: "" } },
      {
        action: "program.assignment.due",
        data: { name: "Håndtere avvisning", audience: "everyone", from: "", to: "2027-06-01" },
      },
      {
        action: "program.assignment.due",
        data: { name: "Håndtere avvisning", audience: "everyone", from: "2027-06-01", to: "" },
      },
    ]);
  });

  it("refuses another organization's team, program and assignment (NOT_FOUND), and employees and managers (FORBIDDEN)", async () => {
    const other = await buildOrganization();
    const theirTeam = await as(other.members.admin, ({ tx, ctx }) => createTeam({ tx, ctx, name: "Deres" }));
    await expect(assign({ audience: "teams", teamIds: [theirTeam.teamId] })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await assign({ audience: "everyone" });
    const [row] = (await assignments()).assignments;
    const outsider = other.members.owner;
    await expect(
      as(outsider, ({ tx, ctx }) =>
        changeAssignmentDueDate({ tx, ctx, input: { assignmentId: row!.id, dueDate: null } }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      as(outsider, ({ tx, ctx }) => removeAssignment({ tx, ctx, input: { assignmentId: row!.id } })),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      as(outsider, ({ tx, ctx }) => listProgramAssignments({ tx, ctx, programId })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    for (const role of ["employee", "manager"] as const) {
      const member = org.members[role];
      await expect(
        as(member, ({ tx, ctx }) =>
          assignProgram({ tx, ctx, input: { programId, audience: "everyone", teamIds: [], dueDate: null } }),
        ),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        as(member, ({ tx, ctx }) => removeAssignment({ tx, ctx, input: { assignmentId: row!.id } })),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(as(member, ({ tx, ctx }) => listPrograms({ tx, ctx }))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect((await assignments()).assignments).toHaveLength(1);
  });
});
