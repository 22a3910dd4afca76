// Changing a copy's structure: adding, deleting and reordering statements and resources, and major
// edits that raise an item's revision. Against Postgres as the application role; the access matrix
// goes through the real action pipeline with only the session stubbed.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getSessionUser, requireSessionUser, type SessionUser } from "@/lib/auth/session";
import { addResourceAction } from "@/lib/actions/programs/add-resource";
import { addStatementAction } from "@/lib/actions/programs/add-statement";
import { deleteProgramItemAction } from "@/lib/actions/programs/delete-program-item";
import { moveProgramItemAction } from "@/lib/actions/programs/move-program-item";
import { withTenant } from "@/lib/db/tenant";
import {
  buildOrganization,
  type TestOrganization,
  type TestUser,
} from "@/lib/orgs/testing/build-organization";
import { can } from "@/lib/permissions/permissions";
import { roles } from "@/lib/permissions/roles";
import en from "@/locales/en/common.json";
import { setupTestDatabase } from "@/tests/db";
import { addResource } from "./add-resource";
import { addStatement } from "./add-statement";
import { deleteProgramItem } from "./delete-program-item";
import { getProgramEditor } from "./get-program-editor";
import { moveProgramItem } from "./move-program-item";
import { addStatementInput } from "./program-input";
import { as, copyForTest, seedTestLibrary } from "./testing/program-fixtures";
import { updateResource } from "./update-resource";
import { updateStatement } from "./update-statement";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const database = setupTestDatabase();

let org: TestOrganization;
let programId: string;

beforeAll(async () => {
  await seedTestLibrary(database.owner);
});

/** A fresh organization with a copy of the flagship, for the tests that change one program. */
function withFreshCopy() {
  beforeEach(async () => {
    org = await buildOrganization();
    programId = await copyForTest(org.members.admin);
  });
}

const hr = () => org.members.admin;
const editor = () => as(hr(), ({ tx, ctx }) => getProgramEditor({ tx, ctx, programId }));
const positions = (items: { position: number }[]) => items.map((item) => item.position);
const dense = (count: number) => Array.from({ length: count }, (_, index) => index);
const auditEntries = () =>
  as(org.members.owner, ({ tx }) =>
    tx.auditEntry.findMany({
      where: { action: { startsWith: "program." }, NOT: { action: "program.copy" } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, targetId: true, data: true },
    }),
  );
/** Revisions as stored (the editor does not show them: learners' progress reads them). */
const revisions = (where: { statementId?: string; resourceId?: string }) =>
  as(org.members.owner, async ({ tx }) => ({
    statement: where.statementId
      ? (await tx.programStatement.findFirstOrThrow({ where: { id: where.statementId } })).revision
      : null,
    resource: where.resourceId
      ? (await tx.programResource.findFirstOrThrow({ where: { id: where.resourceId } })).revision
      : null,
  }));

describe("adding", () => {
  withFreshCopy();

  it("adds a statement after the last one, with a new local key and its text stamped", async () => {
    const before = await editor();
    const now = new Date("2026-11-01T10:00:00.000Z");
    const added = await as(hr(), ({ tx, ctx }) =>
      addStatement({
        tx,
        ctx,
        now,
        input: { programId, language: "nb", kind: "know", text: "Jeg kjenner rutinene våre", textNb: "" },
      }),
    );
    const after = await editor();
    expect(after.statements).toHaveLength(before.statements.length + 1);
    expect(positions(after.statements)).toEqual(dense(after.statements.length));
    const statement = after.statements.at(-1)!;
    expect(statement).toMatchObject({
      id: added.statementId,
      position: before.statements.length,
      kind: "know",
      text: { nb: "Jeg kjenner rutinene våre" },
      textUpdatedAt: { nb: now.toISOString() },
      resources: [],
    });
    expect(statement.key).toBe(`local-${added.statementId}`);
    // It ends the "know" group as the editor shows it.
    expect(after.statements.filter((s) => s.kind === "know").at(-1)!.id).toBe(added.statementId);
    expect(await auditEntries()).toEqual([
      {
        action: "program.statement.add",
        targetId: programId,
        data: {
          name: "Håndtere avvisning",
          item: "Jeg kjenner rutinene våre",
          statementId: added.statementId,
        },
      },
    ]);
  });

  it("needs the Bokmål text when a statement is added in another language, and keeps both", async () => {
    const missing = addStatementInput.safeParse({
      programId,
      language: "en",
      kind: "can",
      text: "I can ask",
    });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["textNb"], "programs:errors.requiredInBokmal"],
    ]);
    const input = addStatementInput.parse({
      programId,
      language: "en",
      kind: "can",
      text: "I can ask for feedback",
      textNb: "Jeg kan be om tilbakemelding",
    });
    const { statementId } = await as(hr(), ({ tx, ctx }) => addStatement({ tx, ctx, input }));
    const statement = (await editor()).statements.find((s) => s.id === statementId)!;
    expect(statement.text).toEqual({ nb: "Jeg kan be om tilbakemelding", en: "I can ask for feedback" });
    expect(Object.keys(statement.textUpdatedAt).sort()).toEqual(["en", "nb"]);
  });

  it("adds a resource after the statement's last one", async () => {
    const statement = (await editor()).statements.find((s) => s.resources.length > 0)!;
    const added = await as(hr(), ({ tx, ctx }) =>
      addResource({
        tx,
        ctx,
        input: {
          statementId: statement.id,
          language: "nb",
          title: "Vår rutine",
          body: "Les **rutinen** på intranettet.",
          titleNb: "",
          bodyNb: "",
        },
      }),
    );
    const resources = (await editor()).statements.find((s) => s.id === statement.id)!.resources;
    expect(resources).toHaveLength(statement.resources.length + 1);
    expect(positions(resources)).toEqual(dense(resources.length));
    expect(resources.at(-1)).toMatchObject({
      id: added.resourceId,
      key: `local-${added.resourceId}`,
      title: { nb: "Vår rutine" },
      body: { nb: "Les **rutinen** på intranettet." },
    });
    expect(await auditEntries()).toContainEqual({
      action: "program.resource.add",
      targetId: programId,
      data: { name: "Håndtere avvisning", item: "Vår rutine", resourceId: added.resourceId },
    });
  });
});

describe("deleting", () => {
  withFreshCopy();

  it("deletes a statement with its resources and learners' data on them, and closes the gap", async () => {
    const before = await editor();
    const victim = before.statements.find((s) => s.position > 0 && s.resources.length > 0)!;
    const employee = org.members.employee;
    // A learner's rating of the statement and completion of one of its resources.
    await as(employee, async ({ tx }) => {
      await tx.rating.create({
        data: {
          organizationId: org.id,
          membershipId: employee.membershipId,
          programId,
          statementId: victim.id,
          statementRevision: 1,
          level: 2,
          requestKey: crypto.randomUUID(),
        },
      });
      await tx.resourceCompletion.create({
        data: {
          organizationId: org.id,
          membershipId: employee.membershipId,
          programId,
          resourceId: victim.resources[0]!.id,
          resourceRevision: 1,
        },
      });
    });
    const learnerRows = () =>
      as(org.members.owner, async ({ tx }) => [
        await tx.programResource.count({ where: { statementId: victim.id } }),
        await tx.rating.count({ where: { statementId: victim.id } }),
        await tx.resourceCompletion.count({ where: { resourceId: victim.resources[0]!.id } }),
      ]);
    expect(await learnerRows()).toEqual([victim.resources.length, 1, 1]);

    await as(hr(), ({ tx, ctx }) =>
      deleteProgramItem({ tx, ctx, input: { itemType: "statement", itemId: victim.id } }),
    );
    const after = await editor();
    expect(after.statements.map((s) => s.id)).toEqual(
      before.statements.filter((s) => s.id !== victim.id).map((s) => s.id),
    );
    expect(positions(after.statements)).toEqual(dense(before.statements.length - 1));
    expect(await learnerRows()).toEqual([0, 0, 0]);
    expect(await auditEntries()).toContainEqual({
      action: "program.statement.delete",
      targetId: programId,
      data: { name: "Håndtere avvisning", item: victim.text.nb!, itemType: "statement", itemId: victim.id },
    });
  });

  it("deletes a resource and renumbers the statement's others; a second delete is NOT_FOUND", async () => {
    const statement = (await editor()).statements.find((s) => s.resources.length > 1)!;
    const victim = statement.resources[0]!;
    const remove = () =>
      as(hr(), ({ tx, ctx }) =>
        deleteProgramItem({ tx, ctx, input: { itemType: "resource", itemId: victim.id } }),
      );
    await remove();
    const resources = (await editor()).statements.find((s) => s.id === statement.id)!.resources;
    expect(resources.map((r) => r.id)).toEqual(statement.resources.slice(1).map((r) => r.id));
    expect(positions(resources)).toEqual(dense(resources.length));
    await expect(remove()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("reordering", () => {
  withFreshCopy();

  it("moves a statement within its kind's group, over the other kind, and keeps positions dense", async () => {
    const before = await editor();
    const can = before.statements.filter((s) => s.kind === "can");
    const second = can[1]!;
    const moved = await as(hr(), ({ tx, ctx }) =>
      moveProgramItem({ tx, ctx, input: { itemType: "statement", itemId: second.id, direction: "up" } }),
    );
    expect(moved).toEqual({ itemType: "statement", itemId: second.id, moved: true });
    const after = await editor();
    expect(positions(after.statements)).toEqual(dense(before.statements.length));
    expect(after.statements.filter((s) => s.kind === "can").map((s) => s.id)).toEqual([
      second.id,
      can[0]!.id,
      ...can.slice(2).map((s) => s.id),
    ]);
    // The other group is untouched.
    expect(after.statements.filter((s) => s.kind === "know").map((s) => s.id)).toEqual(
      before.statements.filter((s) => s.kind === "know").map((s) => s.id),
    );
    expect(await auditEntries()).toContainEqual({
      action: "program.statement.move",
      targetId: programId,
      data: {
        name: "Håndtere avvisning",
        item: second.text.nb!,
        itemType: "statement",
        itemId: second.id,
        direction: "up",
      },
    });
  });

  it("leaves the first of a group where it is, and moves resources within their statement", async () => {
    const before = await editor();
    const firstKnow = before.statements.find((s) => s.kind === "know")!;
    expect(
      await as(hr(), ({ tx, ctx }) =>
        moveProgramItem({ tx, ctx, input: { itemType: "statement", itemId: firstKnow.id, direction: "up" } }),
      ),
    ).toMatchObject({ moved: false });
    expect((await editor()).statements.map((s) => s.id)).toEqual(before.statements.map((s) => s.id));

    const statement = before.statements.find((s) => s.resources.length > 1)!;
    const [first, second] = statement.resources;
    await as(hr(), ({ tx, ctx }) =>
      moveProgramItem({ tx, ctx, input: { itemType: "resource", itemId: first!.id, direction: "down" } }),
    );
    const resources = (await editor()).statements.find((s) => s.id === statement.id)!.resources;
    expect(resources.slice(0, 2).map((r) => r.id)).toEqual([second!.id, first!.id]);
    expect(positions(resources)).toEqual(dense(statement.resources.length));
  });

  it("keeps positions dense and unique when moves, adds and deletes run at the same time", async () => {
    const before = await editor();
    const ids = before.statements.map((s) => s.id);
    await Promise.all([
      ...ids
        .slice(1, 5)
        .map((itemId) =>
          as(hr(), ({ tx, ctx }) =>
            moveProgramItem({ tx, ctx, input: { itemType: "statement", itemId, direction: "up" } }),
          ),
        ),
      as(hr(), ({ tx, ctx }) =>
        deleteProgramItem({ tx, ctx, input: { itemType: "statement", itemId: ids[6]! } }),
      ),
      as(hr(), ({ tx, ctx }) =>
        addStatement({ tx, ctx, input: { programId, language: "nb", kind: "can", text: "Ny", textNb: "" } }),
      ),
    ]);
    const after = await editor();
    expect(after.statements).toHaveLength(before.statements.length);
    expect(positions(after.statements)).toEqual(dense(after.statements.length));
  });
});

describe("major edits", () => {
  withFreshCopy();

  it("raise a statement's revision only when marked major and the text changed", async () => {
    const statement = (await editor()).statements[0]!;
    const save = (text: string, major: boolean, lockVersion: number) =>
      as(hr(), ({ tx, ctx }) =>
        updateStatement({
          tx,
          ctx,
          input: {
            statementId: statement.id,
            language: "nb",
            lockVersion,
            text,
            kind: statement.kind,
            major,
          },
        }),
      );
    const minor = await save(`${statement.text.nb} (presisert)`, false, statement.lockVersion);
    expect(minor).toMatchObject({ changed: true, major: false });
    expect((await revisions({ statementId: statement.id })).statement).toBe(1);

    const major = await save("Jeg vet hva en avvisning sier om meg", true, minor.lockVersion);
    expect(major).toMatchObject({ changed: true, major: true });
    expect((await revisions({ statementId: statement.id })).statement).toBe(2);

    // Marked major but nothing changed: nothing to reopen.
    const same = await save("Jeg vet hva en avvisning sier om meg", true, major.lockVersion);
    expect(same).toMatchObject({ changed: false, major: false });
    expect((await revisions({ statementId: statement.id })).statement).toBe(2);

    const entries = (await auditEntries()).filter((entry) => entry.action === "program.statement.edit");
    expect(entries.map((entry) => (entry.data as { major?: boolean }).major)).toEqual([undefined, true]);
  });

  it("raise a resource's revision when marked major", async () => {
    const resource = (await editor()).statements.find((s) => s.resources.length > 0)!.resources[0]!;
    const saved = await as(hr(), ({ tx, ctx }) =>
      updateResource({
        tx,
        ctx,
        input: {
          resourceId: resource.id,
          language: "nb",
          lockVersion: resource.lockVersion,
          title: resource.title.nb!,
          body: "Helt ny tekst.",
          major: true,
        },
      }),
    );
    expect(saved).toMatchObject({ changed: true, major: true });
    expect((await revisions({ resourceId: resource.id })).resource).toBe(2);
    expect(await auditEntries()).toContainEqual({
      action: "program.resource.edit",
      targetId: programId,
      data: {
        name: "Håndtere avvisning",
        item: resource.title.nb!,
        resourceId: resource.id,
        language: "nb",
        major: true,
      },
    });
  });
});

// ——— Access: every role × every structure action, own organization and another one ———

function signIn(user: TestUser) {
  const sessionUser: SessionUser = { ...user, language: "en" };
  vi.mocked(getSessionUser).mockResolvedValue(sessionUser);
  vi.mocked(requireSessionUser).mockResolvedValue(sessionUser);
}

type Target = { programId: string; statementId: string; resourceId: string };

/** Fresh items to act on (the allowed roles delete them as they go). */
async function target(owner: TestOrganization["members"]["owner"], id: string): Promise<Target> {
  return withTenant(owner.ctx, async (tx) => {
    const ctx = owner.ctx;
    const { statementId } = await addStatement({
      tx,
      ctx,
      input: { programId: id, language: "nb", kind: "can", text: "Mål", textNb: "" },
    });
    const { resourceId } = await addResource({
      tx,
      ctx,
      input: { statementId, language: "nb", title: "A", body: "a", titleNb: "", bodyNb: "" },
    });
    await addResource({
      tx,
      ctx,
      input: { statementId, language: "nb", title: "B", body: "b", titleNb: "", bodyNb: "" },
    });
    return { programId: id, statementId, resourceId };
  });
}

const scope = (o: TestOrganization) => ({ lang: "en", orgSlug: o.slug });
const actions = {
  "add statement": (via: TestOrganization, into: Target) =>
    addStatementAction(scope(via), null, {
      programId: into.programId,
      language: "nb",
      kind: "know",
      text: "Ny",
    }),
  "add resource": (via: TestOrganization, into: Target) =>
    addResourceAction(scope(via), null, {
      statementId: into.statementId,
      language: "nb",
      title: "T",
      body: "b",
    }),
  "move statement": (via: TestOrganization, into: Target) =>
    moveProgramItemAction(scope(via), null, {
      itemType: "statement",
      itemId: into.statementId,
      direction: "up",
    }),
  "move resource": (via: TestOrganization, into: Target) =>
    moveProgramItemAction(scope(via), null, {
      itemType: "resource",
      itemId: into.resourceId,
      direction: "down",
    }),
  "delete resource": (via: TestOrganization, into: Target) =>
    deleteProgramItemAction(scope(via), null, { itemType: "resource", itemId: into.resourceId }),
  "delete statement": (via: TestOrganization, into: Target) =>
    deleteProgramItemAction(scope(via), null, { itemType: "statement", itemId: into.statementId }),
} as const;

const snapshot = (o: TestOrganization) =>
  as(o.members.owner, async ({ tx }) => ({
    statements: await tx.programStatement.findMany({ orderBy: { id: "asc" } }),
    resources: await tx.programResource.findMany({ orderBy: { id: "asc" } }),
  }));

describe("structure actions: role × action × organization", () => {
  let own: TestOrganization;
  let other: TestOrganization;
  const programs = new Map<string, string>();
  beforeAll(async () => {
    own = await buildOrganization();
    other = await buildOrganization();
    for (const o of [own, other]) programs.set(o.id, await copyForTest(o.members.owner));
  });

  for (const role of roles) {
    const allowed = can(role, "programs.manage");
    for (const [name, run] of Object.entries(actions)) {
      it(`${role} · ${name} · own organization → ${allowed ? "ok" : "FORBIDDEN"}`, async () => {
        const into = await target(own.members.owner, programs.get(own.id)!);
        const before = await snapshot(own);
        signIn(own.members[role]);
        const result = await run(own, into);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
          expect(await snapshot(own)).not.toEqual(before);
        } else {
          expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", error: en.errors.codes.FORBIDDEN });
          expect(await snapshot(own)).toEqual(before);
        }
      });
      it(`${role} · ${name} · another organization's ids → NOT_FOUND, nothing changes`, async () => {
        const into = await target(other.members.owner, programs.get(other.id)!);
        const before = await snapshot(other);
        signIn(own.members[role]);
        // Through their own workspace (where HR may act) and through the other's URL.
        for (const via of [own, other]) {
          const result = await run(via, into);
          expect(result).toMatchObject({ ok: false });
          expect(["NOT_FOUND", "FORBIDDEN"]).toContain((result as { code: string }).code);
          if (allowed || via === other) expect(result).toMatchObject({ code: "NOT_FOUND" });
        }
        expect(await snapshot(other)).toEqual(before);
      });
    }
  }

  it("answers an invalid Bokmål-less add with a field error, in English", async () => {
    signIn(own.members.owner);
    const result = await addStatementAction(scope(own), null, {
      programId: programs.get(own.id)!,
      language: "en",
      kind: "know",
      text: "Only English",
    });
    expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { textNb: expect.any(String) } });
  });
});
