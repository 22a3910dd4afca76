// Editing a copy: texts per language with optimistic concurrency, hide/show, publish, and what
// learners see. Against Postgres as the application role.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { updateStatementAction } from "@/lib/actions/programs/update-statement";
import {
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import nbPrograms from "@/locales/nb/programs.json";
import { setupTestDatabase } from "@/tests/db";
import { form, signIn } from "@/tests/support/action-session";
import { assignProgram } from "./assign-program";
import { getProgramEditor } from "./get-program-editor";
import { listAssignedProgramsForMember } from "./list-assigned-programs-for-member";
import { setItemHidden } from "./set-item-hidden";
import { setProgramStatus } from "./set-program-status";
import { as, copyForTest, seedTestLibrary } from "./testing/program-fixtures";
import { updateProgramDetails } from "./update-program-details";
import { updateResource } from "./update-resource";
import { updateStatement } from "./update-statement";

// The editor's server action runs through the real pipeline with only the session stubbed.
vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

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
const editor = (actor: TestMember = hr()) =>
  as(actor, ({ tx, ctx }) => getProgramEditor({ tx, ctx, programId }));
const firstStatement = async () => (await editor()).statements[0]!;
const firstResource = async () =>
  (await editor()).statements.find((statement) => statement.resources.length > 0)!.resources[0]!;
const auditActions = () =>
  as(org.members.owner, ({ tx }) =>
    tx.auditEntry.findMany({
      where: { action: { startsWith: "program." } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, targetId: true, data: true },
    }),
  );

describe("editing texts", () => {
  it("saves one language of the title, tagline and quote, and leaves the others as they were", async () => {
    const before = await editor();
    const saved = await as(hr(), ({ tx, ctx }) =>
      updateProgramDetails({
        tx,
        ctx,
        input: {
          programId,
          language: "en",
          lockVersion: before.lockVersion,
          title: "Dealing with rejection",
          tagline: before.tagline.en!,
          summary: before.summary.en!,
          quoteText: "A no is information.",
          quoteAuthor: "HR",
          quoteSource: "Onboarding talk, 2026",
        },
      }),
    );
    expect(saved).toEqual({ programId, lockVersion: before.lockVersion + 1, changed: true });
    const after = await editor();
    expect(after.title).toEqual({ ...before.title, en: "Dealing with rejection" });
    expect(after.quote).toEqual({
      text: { ...before.quote!.text, en: "A no is information." },
      author: "HR",
      source: "Onboarding talk, 2026",
    });
    // The Norwegian quote is the flagship's own, in Norwegian, untouched by the English edit.
    expect(after.quote?.text.nb).toBe("Avvisning er ikke et nederlag. Det er en ny retning.");
    expect(after.tagline).toEqual(before.tagline);
    expect(await auditActions()).toContainEqual({
      action: "program.edit",
      targetId: programId,
      data: { name: "Håndtere avvisning", language: "en" },
    });
  });

  it("marks a language missing when its text is emptied, and translations outdated when Bokmål changes", async () => {
    const statement = await firstStatement();
    expect((await editor()).translation).toEqual([
      expect.objectContaining({ lang: "nb", missing: 0, outdated: 0 }),
      expect.objectContaining({ lang: "en", missing: 0, outdated: 0 }),
      expect.objectContaining({ lang: "nl", missing: 0, outdated: 0 }),
    ]);
    await as(hr(), ({ tx, ctx }) =>
      updateStatement({
        tx,
        ctx,
        input: { statementId: statement.id, language: "nl", lockVersion: 0, text: "", kind: statement.kind },
      }),
    );
    await as(hr(), ({ tx, ctx }) =>
      updateStatement({
        tx,
        ctx,
        input: {
          statementId: statement.id,
          language: "nb",
          lockVersion: 1,
          text: "Jeg vet hva avvisning er",
          kind: statement.kind,
        },
      }),
    );
    const after = await editor();
    expect(after.statements[0]!.text).toEqual({ nb: "Jeg vet hva avvisning er", en: statement.text.en });
    expect(after.translation).toEqual([
      expect.objectContaining({ lang: "nb", missing: 0, outdated: 0 }),
      expect.objectContaining({ lang: "en", missing: 0, outdated: 1 }),
      expect.objectContaining({ lang: "nl", missing: 1, outdated: 0 }),
    ]);
    // Saving the English text unchanged marks it as checked against the new original.
    const checked = await as(hr(), ({ tx, ctx }) =>
      updateStatement({
        tx,
        ctx,
        input: {
          statementId: statement.id,
          language: "en",
          lockVersion: 2,
          text: statement.text.en!,
          kind: statement.kind,
        },
      }),
    );
    expect(checked.changed).toBe(false);
    expect((await editor()).translation[1]).toMatchObject({ lang: "en", outdated: 0 });
  });

  it("answers a stale save with CONFLICT and changes nothing", async () => {
    const resource = await firstResource();
    const save = (lockVersion: number, body: string) =>
      as(hr(), ({ tx, ctx }) =>
        updateResource({
          tx,
          ctx,
          input: { resourceId: resource.id, language: "nb", lockVersion, title: resource.title.nb!, body },
        }),
      );
    // Two editors opened the same version; the first one saves.
    await save(resource.lockVersion, "Første redaktør vant.");
    await expect(save(resource.lockVersion, "Andre redaktør kom for sent.")).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "programs:errors.stale",
    });
    const after = await firstResource();
    expect(after.body.nb).toBe("Første redaktør vant.");
    expect(after.lockVersion).toBe(resource.lockVersion + 1);
    expect((await auditActions()).filter((entry) => entry.action === "program.resource.edit")).toHaveLength(
      1,
    );

    const program = await editor();
    await expect(
      as(hr(), ({ tx, ctx }) =>
        updateProgramDetails({
          tx,
          ctx,
          input: {
            programId,
            language: "nb",
            lockVersion: program.lockVersion + 7,
            title: "Ny",
            tagline: "",
            summary: "",
            quoteText: "",
            quoteAuthor: "",
            quoteSource: "",
          },
        }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await editor()).title).toEqual(program.title);

    const statement = await firstStatement();
    await expect(
      as(hr(), ({ tx, ctx }) =>
        updateStatement({
          tx,
          ctx,
          input: { statementId: statement.id, language: "nb", lockVersion: 5, text: "Ny", kind: "can" },
        }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await firstStatement()).toEqual(statement);
  });

  it("lets the loser of two simultaneous saves get CONFLICT, never both win", async () => {
    const statement = await firstStatement();
    const save = (text: string) =>
      as(hr(), ({ tx, ctx }) =>
        updateStatement({
          tx,
          ctx,
          input: {
            statementId: statement.id,
            language: "nb",
            lockVersion: statement.lockVersion,
            text,
            kind: "know",
          },
        }),
      );
    const results = await Promise.allSettled([save("Versjon A"), save("Versjon B")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT" },
    });
    expect((await firstStatement()).lockVersion).toBe(statement.lockVersion + 1);
  });

  it("answers the loser of two simultaneous saves from the editor with one translated conflict", async () => {
    const statement = await firstStatement();
    signIn(hr(), "nb");
    const save = (text: string) =>
      updateStatementAction(
        { lang: "nb", orgSlug: org.slug },
        null,
        form({
          statementId: statement.id,
          language: "nb",
          lockVersion: String(statement.lockVersion),
          text,
          kind: "know",
        }),
      );
    const results = await Promise.all([save("Versjon A"), save("Versjon B")]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([
      expect.objectContaining({ ok: false, code: "CONFLICT", error: nbPrograms.errors.stale }),
    ]);
    const [winner, loser] = results[0]!.ok ? ["Versjon A", "Versjon B"] : ["Versjon B", "Versjon A"];
    const saved = JSON.stringify(await firstStatement());
    expect(saved).toContain(`"${winner}"`);
    expect(saved).not.toContain(`"${loser}"`);
  });

  it("hides and shows statements and resources, recorded in the audit log", async () => {
    const statement = await firstStatement();
    const resource = await firstResource();
    const hide = (itemType: "statement" | "resource", itemId: string, hidden: boolean) =>
      as(hr(), ({ tx, ctx }) => setItemHidden({ tx, ctx, input: { itemType, itemId, hidden } }));
    expect(await hide("statement", statement.id, true)).toMatchObject({ changed: true, hidden: true });
    expect(await hide("statement", statement.id, true)).toMatchObject({ changed: false });
    await hide("resource", resource.id, true);
    let after = await editor();
    expect(after.statements[0]!.hidden).toBe(true);
    expect(after.statements.flatMap((s) => s.resources).find((r) => r.id === resource.id)!.hidden).toBe(true);
    // Hiding is not a text edit: a form opened before it still saves.
    expect(after.statements[0]!.lockVersion).toBe(statement.lockVersion);
    await hide("statement", statement.id, false);
    after = await editor();
    expect(after.statements[0]!.hidden).toBe(false);
    expect((await auditActions()).map((entry) => entry.action)).toEqual([
      "program.copy",
      "program.item.hide",
      "program.item.hide",
      "program.item.show",
    ]);
  });
});

describe("draft and published", () => {
  it("publishes and takes back, and learners see only published programs assigned to them", async () => {
    await as(hr(), ({ tx, ctx }) =>
      assignProgram({
        tx,
        ctx,
        input: { programId, audience: "everyone", teamIds: [], dueDate: new Date("2027-03-31T00:00:00Z") },
      }),
    );
    const learnerSees = (member: TestMember) =>
      as(member, ({ tx, ctx }) => listAssignedProgramsForMember({ tx, ctx }));
    expect(await learnerSees(org.members.employee)).toEqual([]);

    expect(
      await as(hr(), ({ tx, ctx }) =>
        setProgramStatus({ tx, ctx, input: { programId, status: "published" } }),
      ),
    ).toEqual({
      programId,
      status: "published",
      changed: true,
    });
    expect(await learnerSees(org.members.employee)).toEqual([
      expect.objectContaining({ id: programId, dueDate: new Date("2027-03-31T00:00:00Z") }),
    ]);
    expect(await learnerSees(org.members.manager)).toHaveLength(1);

    // A published program assigned to nobody, and a draft assigned to everyone, stay out of sight.
    const unassigned = await copyForTest(hr());
    await as(hr(), ({ tx, ctx }) =>
      setProgramStatus({ tx, ctx, input: { programId: unassigned, status: "published" } }),
    );
    const draft = await copyForTest(hr());
    await as(hr(), ({ tx, ctx }) =>
      assignProgram({
        tx,
        ctx,
        input: { programId: draft, audience: "everyone", teamIds: [], dueDate: null },
      }),
    );
    expect((await learnerSees(org.members.employee)).map((program) => program.id)).toEqual([programId]);

    await as(hr(), ({ tx, ctx }) => setProgramStatus({ tx, ctx, input: { programId, status: "draft" } }));
    expect(await learnerSees(org.members.employee)).toEqual([]);
    const actions = (await auditActions()).map((entry) => entry.action);
    expect(actions.filter((action) => action === "program.publish")).toHaveLength(2);
    expect(actions.filter((action) => action === "program.unpublish")).toHaveLength(1);
  });
});

describe("who may edit", () => {
  let other: TestOrganization;
  beforeEach(async () => {
    other = await buildOrganization();
  });

  it("answers NOT_FOUND to another organization's HR, whatever they try, and changes nothing", async () => {
    const before = await editor();
    const statement = before.statements[0]!;
    const resource = before.statements[0]!.resources[0]!;
    const outsider = other.members.owner;
    const attempts = [
      () => as(outsider, ({ tx, ctx }) => getProgramEditor({ tx, ctx, programId })),
      () =>
        as(outsider, ({ tx, ctx }) =>
          updateProgramDetails({
            tx,
            ctx,
            input: {
              programId,
              language: "nb",
              lockVersion: 0,
              title: "Kapret",
              tagline: "",
              summary: "",
              quoteText: "",
              quoteAuthor: "",
              quoteSource: "",
            },
          }),
        ),
      () =>
        as(outsider, ({ tx, ctx }) =>
          updateStatement({
            tx,
            ctx,
            input: {
              statementId: statement.id,
              language: "nb",
              lockVersion: 0,
              text: "Kapret",
              kind: "know",
            },
          }),
        ),
      () =>
        as(outsider, ({ tx, ctx }) =>
          updateResource({
            tx,
            ctx,
            input: {
              resourceId: resource.id,
              language: "nb",
              lockVersion: 0,
              title: "Kapret",
              body: "Kapret",
            },
          }),
        ),
      () =>
        as(outsider, ({ tx, ctx }) =>
          setItemHidden({ tx, ctx, input: { itemType: "statement", itemId: statement.id, hidden: true } }),
        ),
      () =>
        as(outsider, ({ tx, ctx }) =>
          setProgramStatus({ tx, ctx, input: { programId, status: "published" } }),
        ),
      () =>
        as(outsider, ({ tx, ctx }) =>
          assignProgram({ tx, ctx, input: { programId, audience: "everyone", teamIds: [], dueDate: null } }),
        ),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await editor()).toEqual(before);
  });

  it("refuses employees and managers of the same organization with FORBIDDEN", async () => {
    const before = await editor();
    for (const role of ["employee", "manager"] as const) {
      const member = org.members[role];
      await expect(editor(member)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        as(member, ({ tx, ctx }) => setProgramStatus({ tx, ctx, input: { programId, status: "published" } })),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        as(member, ({ tx, ctx }) =>
          updateStatement({
            tx,
            ctx,
            input: {
              statementId: before.statements[0]!.id,
              language: "nb",
              lockVersion: 0,
              text: "Nei",
              kind: "know",
            },
          }),
        ),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await editor()).toEqual(before);
  });
});
