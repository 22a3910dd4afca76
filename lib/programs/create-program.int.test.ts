// The organization's own programs (issue 21): empty or duplicated, as drafts without a library
// source, whole or absent, once per request key, and never from another organization's program.
// Against Postgres as the application role.
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { buildOrganization, type TestOrganization } from "@/lib/orgs/testing/build-organization";
import { setupTestDatabase } from "@/tests/db";
import { addStatement } from "./add-statement";
import { assignProgram } from "./assign-program";
import { createProgram } from "./create-program";
import { getProgramEditor } from "./get-program-editor";
import { listAssignedProgramsForMember } from "./list-assigned-programs-for-member";
import { createProgramInput } from "./program-input";
import { setProgramStatus } from "./set-program-status";
import { as, copyForTest, seedTestLibrary } from "./testing/program-fixtures";

const database = setupTestDatabase();

let org: TestOrganization;
const hr = () => org.members.admin;
const create = (input: Record<string, string>, actor = hr()) =>
  as(actor, ({ tx, ctx }) =>
    createProgram({ tx, ctx, input: createProgramInput.parse({ requestKey: randomUUID(), ...input }) }),
  );
const editorOf = (programId: string) => as(hr(), ({ tx, ctx }) => getProgramEditor({ tx, ctx, programId }));
const audit = (action: string) =>
  as(org.members.owner, ({ tx }) =>
    tx.auditEntry.findMany({ where: { action }, select: { targetId: true, data: true } }),
  );

beforeAll(async () => {
  await seedTestLibrary(database.owner);
});

beforeEach(async () => {
  org = await buildOrganization();
});

describe("a new, empty program", () => {
  it("is a draft of this organization with its Bokmål texts and no library source, recorded in the audit log", async () => {
    const { programId, created } = await create({
      title: "Håndtere konflikter",
      tagline: "Uenighet uten drama",
      summary: "",
    });
    expect(created).toBe(true);
    const program = await editorOf(programId);
    expect(program).toMatchObject({
      status: "draft",
      source: null,
      title: { nb: "Håndtere konflikter" },
      tagline: { nb: "Uenighet uten drama" },
      statements: [],
    });
    expect(await audit("program.create")).toEqual([
      { targetId: programId, data: expect.objectContaining({ name: "Håndtere konflikter" }) },
    ]);
  });

  it("is made once for a repeated request, however often the form is sent", async () => {
    const requestKey = randomUUID();
    const first = await create({ title: "Ett program", requestKey });
    const again = await create({ title: "Ett program", requestKey });
    expect(again).toEqual({ programId: first.programId, created: false });
    const count = await as(hr(), ({ tx }) => tx.program.count({ where: { organizationId: org.id } }));
    expect(count).toBe(1);
  });

  it("needs a title in Bokmål; an empty program without one is refused with the field named", () => {
    const parsed = createProgramInput.safeParse({ requestKey: randomUUID(), title: "  " });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ["title"], message: "programs:errors.requiredInBokmal" }),
    ]);
  });

  it("is for HR only: a manager or an employee is refused", async () => {
    for (const role of ["manager", "employee"] as const)
      await expect(create({ title: "Ikke mitt" }, org.members[role])).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
  });

  it("is written, published and assigned, and the organization's people then see it", async () => {
    const { programId } = await create({ title: "Håndtere konflikter" });
    await as(hr(), async ({ tx, ctx }) => {
      await addStatement({
        tx,
        ctx,
        input: { programId, language: "nb", kind: "know", text: "Jeg vet hva en konflikt er", textNb: "" },
      });
      await setProgramStatus({ tx, ctx, input: { programId, status: "published" } });
      await assignProgram({
        tx,
        ctx,
        input: { programId, audience: "everyone", teamIds: [], dueDate: null },
      });
    });
    const seen = await as(org.members.employee, ({ tx, ctx }) => listAssignedProgramsForMember({ tx, ctx }));
    expect(seen.map((program) => program.id)).toEqual([programId]);
  });
});

describe("a duplicate", () => {
  it("has every statement and resource of the original in every language, as an own draft named “(2)”", async () => {
    const originalId = await copyForTest(hr());
    const original = await editorOf(originalId);
    const { programId } = await create({ duplicateOf: originalId });
    const duplicate = await editorOf(programId);

    expect(duplicate.source).toBeNull();
    expect(duplicate.status).toBe("draft");
    expect(duplicate.title.nb).toBe(`${original.title.nb} (2)`);
    expect(duplicate.title.en).toBe(`${original.title.en} (2)`);
    const shape = (program: typeof original) =>
      program.statements.map((statement) => ({
        kind: statement.kind,
        text: statement.text,
        hidden: statement.hidden,
        resources: statement.resources.map((resource) => ({ title: resource.title, body: resource.body })),
      }));
    expect(shape(duplicate)).toEqual(shape(original));
    expect(duplicate.statements.length).toBeGreaterThan(0);
    // New rows, not shared ones: editing the duplicate leaves the original alone.
    expect(duplicate.statements.map((s) => s.id)).not.toContain(original.statements[0]!.id);
    expect(await audit("program.duplicate")).toEqual([
      {
        targetId: programId,
        data: expect.objectContaining({ item: original.title.nb, name: duplicate.title.nb }),
      },
    ]);
  });

  it("takes a new name in Bokmål when one is given", async () => {
    const originalId = await copyForTest(hr());
    const { programId } = await create({ duplicateOf: originalId, title: "Avvisning for selgere" });
    expect((await editorOf(programId)).title).toEqual({ nb: "Avvisning for selgere" });
  });

  it("cannot start from another organization's program: it is not found, and nothing is made", async () => {
    const other = await buildOrganization();
    const theirs = await copyForTest(other.members.admin);
    await expect(create({ duplicateOf: theirs })).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "NOT_FOUND",
    );
    const count = await as(hr(), ({ tx }) => tx.program.count({ where: { organizationId: org.id } }));
    expect(count).toBe(0);
  });
});
