// Archiving a program (issue 21): its assignments end and learners no longer see it, while what
// they rated stays; it is published or assigned again only after a restore, which makes it a
// draft. Against Postgres as the application role.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rateStatement } from "@/lib/learning/rate-statement";
import { rateStatementInput } from "@/lib/learning/learning-input";
import { buildOrganization, type TestOrganization } from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { assignProgram } from "./assign-program";
import { getProgramEditor } from "./get-program-editor";
import { listAssignedProgramsForMember } from "./list-assigned-programs-for-member";
import { setProgramArchived } from "./set-program-archived";
import { setProgramStatus } from "./set-program-status";
import { as, copyForTest, seedTestLibrary } from "./testing/program-fixtures";

const database = setupTestDatabase();

let org: TestOrganization;
let programId: string;
const hr = () => org.members.admin;
const archive = (archived: boolean, actor = hr(), id = programId) =>
  as(actor, ({ tx, ctx }) => setProgramArchived({ tx, ctx, input: { programId: id, archived } }));
const learnerSees = () =>
  as(org.members.employee, ({ tx, ctx }) => listAssignedProgramsForMember({ tx, ctx }));
const ratingsOfProgram = () =>
  as(org.members.owner, ({ tx }) => tx.rating.count({ where: { statement: { programId } } }));

beforeAll(async () => {
  await seedTestLibrary(database.owner);
});

beforeEach(async () => {
  org = await buildOrganization();
  programId = await copyForTest(hr());
  await as(hr(), async ({ tx, ctx }) => {
    await setProgramStatus({ tx, ctx, input: { programId, status: "published" } });
    await assignProgram({ tx, ctx, input: { programId, audience: "everyone", teamIds: [], dueDate: null } });
  });
  const statementId = (await as(hr(), ({ tx, ctx }) => getProgramEditor({ tx, ctx, programId })))
    .statements[0]!.id;
  await as(org.members.employee, ({ tx, ctx }) =>
    rateStatement({
      tx,
      ctx,
      input: rateStatementInput.parse({ statementId, level: "3", requestKey: randomUUID() }),
    }),
  );
});

describe("archiving a program", () => {
  it("ends its assignments and hides it from learners, and keeps what they rated", async () => {
    expect(await learnerSees()).toHaveLength(1);
    expect(await ratingsOfProgram()).toBe(1);

    expect(await archive(true)).toEqual({ programId, archived: true, changed: true, endedAssignments: 1 });

    expect(await learnerSees()).toEqual([]);
    expect(await ratingsOfProgram()).toBe(1);
    const editor = await as(hr(), ({ tx, ctx }) => getProgramEditor({ tx, ctx, programId }));
    expect(editor).toMatchObject({ status: "archived", assignmentCount: 0 });
    const entries = await as(org.members.owner, ({ tx }) =>
      tx.auditEntry.findMany({
        where: { action: "program.archive" },
        select: { targetId: true, data: true },
      }),
    );
    expect(entries).toEqual([{ targetId: programId, data: expect.objectContaining({ assignments: 1 }) }]);
  });

  it("is the same twice as once", async () => {
    await archive(true);
    expect(await archive(true)).toMatchObject({ changed: false, endedAssignments: 0 });
    const count = await as(org.members.owner, ({ tx }) =>
      tx.auditEntry.count({ where: { action: "program.archive" } }),
    );
    expect(count).toBe(1);
  });

  it("refuses to publish or assign an archived program until it is restored, as a draft", async () => {
    await archive(true);
    await expect(
      as(hr(), ({ tx, ctx }) => setProgramStatus({ tx, ctx, input: { programId, status: "published" } })),
    ).rejects.toMatchObject({ code: "CONFLICT", messageKey: "programs:archive.restoreFirst" });
    await expect(
      as(hr(), ({ tx, ctx }) =>
        assignProgram({ tx, ctx, input: { programId, audience: "everyone", teamIds: [], dueDate: null } }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    expect(await archive(false)).toMatchObject({ archived: false, changed: true });
    const editor = await as(hr(), ({ tx, ctx }) => getProgramEditor({ tx, ctx, programId }));
    expect(editor).toMatchObject({ status: "draft", assignmentCount: 0 });
    // Published and assigned again, learners have it back, with their rating.
    await as(hr(), async ({ tx, ctx }) => {
      await setProgramStatus({ tx, ctx, input: { programId, status: "published" } });
      await assignProgram({
        tx,
        ctx,
        input: { programId, audience: "everyone", teamIds: [], dueDate: null },
      });
    });
    expect(await learnerSees()).toHaveLength(1);
    expect(await ratingsOfProgram()).toBe(1);
  });

  it("is for HR of the program's organization only", async () => {
    for (const role of ["manager", "employee"] as const)
      await expect(archive(true, org.members[role])).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await buildOrganization();
    await expect(archive(true, other.members.admin)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await learnerSees()).toHaveLength(1);
  });
});
