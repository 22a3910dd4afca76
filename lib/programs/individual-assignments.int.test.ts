// Assigning a program to people by name (issue 18): only they see it, a person reached several
// ways is one assignee with one "assigned" mail, and nobody outside the organization can be named.
// Against Postgres as the app role.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listProgress } from "@/lib/insights/learning-progress";
import { getLearnerStatementOrThrow } from "@/lib/learning/learner-item";
import { claimAssigned } from "@/lib/notifications/claim-notifications";
import {
  addTestMember,
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import type { Role } from "@/lib/permissions/roles";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { createTeam } from "@/lib/teams/create-team";
import { setupTestDatabase } from "@/tests/db";
import { assignedPeople } from "./assigned-people";
import { assignProgram } from "./assign-program";
import { getLearnerProgram } from "@/lib/learning/learner-program";
import { listAssignedProgramsForMember } from "./list-assigned-programs-for-member";
import { listProgramAssignments } from "./list-program-assignments";
import { removeAssignment } from "./remove-assignment";
import { setProgramStatus } from "./set-program-status";
import { as, copyForTest, seedTestLibrary } from "./testing/program-fixtures";

const database = setupTestDatabase();

let org: TestOrganization;
let other: TestOrganization;
let programId: string;
let anna: TestMember;
let bo: TestMember;

beforeAll(async () => {
  await seedTestLibrary(database.owner);
});

beforeEach(async () => {
  org = await buildOrganization();
  other = await buildOrganization();
  anna = await addTestMember(org, "employee");
  bo = await addTestMember(org, "employee");
  programId = await copyForTest(org.members.admin);
  await as(org.members.admin, ({ tx, ctx }) =>
    setProgramStatus({ tx, ctx, input: { programId, status: "published" } }),
  );
});

const hr = () => org.members.admin;
const toPeople = (membershipIds: string[], actor = hr()) =>
  as(actor, ({ tx, ctx }) =>
    assignProgram({
      tx,
      ctx,
      input: { programId, audience: "people", teamIds: [], membershipIds, dueDate: null },
    }),
  );
const seesIt = async (member: TestMember) =>
  (await as(member, ({ tx, ctx }) => listAssignedProgramsForMember({ tx, ctx }))).some(
    (row) => row.id === programId,
  );
const assignedMails = (member: TestMember) =>
  as(org.members.owner, ({ tx }) =>
    tx.notification.count({ where: { userId: member.id, kind: "assigned", key: { contains: programId } } }),
  );

describe("assigning a program to people by name", () => {
  it("reaches that learner only, and lists them by name", async () => {
    const result = await toPeople([anna.membershipId]);
    expect(result.created).toBe(1);
    expect(await seesIt(anna)).toBe(true);
    expect(await seesIt(bo)).toBe(false);
    // Rating and marking done check the same rule: anna may rate its statements, bo may not.
    const statement = await as(hr(), ({ tx }) =>
      tx.programStatement.findFirstOrThrow({ where: { programId, hidden: false }, select: { id: true } }),
    );
    await expect(
      as(anna, ({ tx, ctx }) => getLearnerStatementOrThrow(tx, ctx, statement.id)),
    ).resolves.toMatchObject({
      programId,
    });
    await expect(
      as(bo, ({ tx, ctx }) => getLearnerStatementOrThrow(tx, ctx, statement.id)),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The program's own pages (program, resource, statement) read it through getLearnerProgram.
    await expect(as(anna, ({ tx, ctx }) => getLearnerProgram({ tx, ctx, programId }))).resolves.toMatchObject(
      {
        id: programId,
      },
    );
    await expect(as(bo, ({ tx, ctx }) => getLearnerProgram({ tx, ctx, programId }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const listed = await as(hr(), ({ tx, ctx }) => listProgramAssignments({ tx, ctx, programId }));
    expect(listed.assignedPeople).toBe(1);
    expect(listed.assignments.map((row) => row.audience)).toEqual([
      { kind: "person", membershipId: anna.membershipId, name: anna.name, email: anna.email, active: true },
    ]);
  });

  it("counts someone assigned by name, through a team and to everyone once, and mails them once", async () => {
    const team = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Salg" }));
    await as(hr(), ({ tx, ctx }) =>
      addTeamMember({ tx, ctx, teamId: team.teamId, membershipId: anna.membershipId }),
    );
    await as(hr(), ({ tx, ctx }) =>
      assignProgram({
        tx,
        ctx,
        input: { programId, audience: "teams", teamIds: [team.teamId], dueDate: null },
      }),
    );
    await toPeople([anna.membershipId, bo.membershipId]);
    await as(hr(), ({ tx, ctx }) =>
      assignProgram({ tx, ctx, input: { programId, audience: "everyone", teamIds: [], dueDate: null } }),
    );
    const people = await as(hr(), ({ tx, ctx }) => assignedPeople({ tx, orgId: ctx.orgId, programId }));
    // Everyone active: owner, admin, manager, employee, anna, bo; anna three ways, bo two.
    expect(people.size).toBe(6);
    const progress = await as(hr(), ({ tx, ctx }) => listProgress(tx, { orgId: ctx.orgId, teamId: null }));
    expect(
      progress.filter((row) => row.membershipId === anna.membershipId && row.programId === programId),
    ).toHaveLength(1);
    // Each assignment queued the mail in its transaction; a later scan finds nothing new either.
    await as(hr(), ({ tx, ctx }) => claimAssigned(tx, { orgId: ctx.orgId, now: new Date() }));
    expect(await assignedMails(anna)).toBe(1);
    expect(await assignedMails(bo)).toBe(1);
  });

  it("makes one assignment per person however often it is submitted", async () => {
    await toPeople([anna.membershipId, anna.membershipId]);
    const again = await toPeople([anna.membershipId]);
    expect(again).toMatchObject({ created: 0, alreadyAssigned: 1 });
    const listed = await as(hr(), ({ tx, ctx }) => listProgramAssignments({ tx, ctx, programId }));
    expect(listed.assignments).toHaveLength(1);
  });

  it("refuses another organization's membership, and assigns nobody from the same form", async () => {
    await expect(toPeople([anna.membershipId, other.members.employee.membershipId])).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await seesIt(anna)).toBe(false);
  });

  it("refuses someone deactivated", async () => {
    const gone = await addTestMember(org, "employee", { status: "deactivated" });
    await expect(toPeople([gone.membershipId])).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("stops reaching them when the assignment is removed", async () => {
    await toPeople([anna.membershipId]);
    const [assignment] = (await as(hr(), ({ tx, ctx }) => listProgramAssignments({ tx, ctx, programId })))
      .assignments;
    await as(hr(), ({ tx, ctx }) => removeAssignment({ tx, ctx, input: { assignmentId: assignment!.id } }));
    expect(await seesIt(anna)).toBe(false);
  });

  it.each<Role>(["manager", "employee"])("is for HR only: a %s is refused", async (role) => {
    await expect(toPeople([anna.membershipId], org.members[role])).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
