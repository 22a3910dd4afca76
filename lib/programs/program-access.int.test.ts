// The access matrix for the program actions: every role × every action, in the member's own
// organization and in another one, through the real action pipeline and Postgres (app role). Only
// the session is stubbed; next/cache's refresh needs a running Next.js.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getSessionUser, requireSessionUser, type SessionUser } from "@/lib/auth/session";
import { assignProgramAction } from "@/lib/actions/programs/assign-program";
import { changeAssignmentDueDateAction } from "@/lib/actions/programs/change-assignment-due-date";
import { removeAssignmentAction } from "@/lib/actions/programs/remove-assignment";
import { setItemHiddenAction } from "@/lib/actions/programs/set-item-hidden";
import { setProgramStatusAction } from "@/lib/actions/programs/set-program-status";
import { updateProgramDetailsAction } from "@/lib/actions/programs/update-program-details";
import { updateResourceAction } from "@/lib/actions/programs/update-resource";
import { updateStatementAction } from "@/lib/actions/programs/update-statement";
import {
  buildOrganization,
  type TestOrganization,
  type TestUser,
} from "@/lib/orgs/testing/build-organization";
import { can } from "@/lib/permissions/permissions";
import { roles } from "@/lib/permissions/roles";
import en from "@/locales/en/common.json";
import enPrograms from "@/locales/en/programs.json";
import { setupTestDatabase } from "@/tests/db";
import { assignProgram } from "./assign-program";
import { as, copyForTest, seedTestLibrary } from "./testing/program-fixtures";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const database = setupTestDatabase();

function signIn(user: TestUser) {
  const sessionUser: SessionUser = { ...user, language: "en" };
  vi.mocked(getSessionUser).mockResolvedValue(sessionUser);
  vi.mocked(requireSessionUser).mockResolvedValue(sessionUser);
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

type Target = {
  org: TestOrganization;
  programId: string;
  programVersion: number;
  statement: { id: string; lockVersion: number };
  resource: { id: string; lockVersion: number; title: string };
  assignmentId: string;
};

const programs = new Map<string, string>();

/** The organization's program as it is now (versions move as the allowed roles edit it). */
async function target(org: TestOrganization): Promise<Target> {
  const programId = programs.get(org.id)!;
  return as(org.members.owner, async ({ tx, ctx }) => {
    const program = await tx.program.findUniqueOrThrow({
      where: { organizationId_id: { organizationId: org.id, id: programId } },
      select: { lockVersion: true },
    });
    const statement = await tx.programStatement.findFirstOrThrow({
      where: { programId },
      orderBy: { position: "asc" },
      select: { id: true, lockVersion: true },
    });
    const resource = await tx.programResource.findFirstOrThrow({
      where: { programId },
      orderBy: [{ statementId: "asc" }, { position: "asc" }],
      select: { id: true, lockVersion: true, title: true },
    });
    // An assignment to act on: the "remove" action takes it away for the roles allowed to.
    await assignProgram({ tx, ctx, input: { programId, audience: "everyone", teamIds: [], dueDate: null } });
    const assignment = await tx.assignment.findFirstOrThrow({
      where: { programId, audienceKey: "everyone" },
      select: { id: true },
    });
    return {
      org,
      programId,
      programVersion: program.lockVersion,
      statement,
      resource: { ...resource, title: (resource.title as { nb: string }).nb },
      assignmentId: assignment.id,
    };
  });
}

const scope = (org: TestOrganization) => ({ lang: "en", orgSlug: org.slug });

/** Each action as the editor would send it, aimed at `into`'s program, through `via`'s workspace URL. */
const actions = {
  "edit title": (via: TestOrganization, into: Target) =>
    updateProgramDetailsAction(
      scope(via),
      null,
      form({
        programId: into.programId,
        language: "en",
        lockVersion: String(into.programVersion),
        title: `Handling rejection ${into.programVersion}`,
        tagline: "",
        summary: "",
        quoteText: "",
        quoteAuthor: "",
        quoteSource: "",
      }),
    ),
  "edit statement": (via: TestOrganization, into: Target) =>
    updateStatementAction(
      scope(via),
      null,
      form({
        statementId: into.statement.id,
        language: "en",
        lockVersion: String(into.statement.lockVersion),
        text: `I know ${into.statement.lockVersion}`,
        kind: "know",
      }),
    ),
  "edit resource": (via: TestOrganization, into: Target) =>
    updateResourceAction(
      scope(via),
      null,
      form({
        resourceId: into.resource.id,
        language: "nb",
        lockVersion: String(into.resource.lockVersion),
        title: into.resource.title,
        body: `Tekst ${into.resource.lockVersion}`,
      }),
    ),
  "hide statement": (via: TestOrganization, into: Target) =>
    setItemHiddenAction(
      scope(via),
      null,
      form({ itemType: "statement", itemId: into.statement.id, hidden: "true" }),
    ),
  publish: (via: TestOrganization, into: Target) =>
    setProgramStatusAction(scope(via), null, form({ programId: into.programId, status: "published" })),
  assign: (via: TestOrganization, into: Target) =>
    assignProgramAction(
      scope(via),
      null,
      form({ programId: into.programId, audience: "everyone", dueDate: "2027-01-31" }),
    ),
  "change due date": (via: TestOrganization, into: Target) =>
    changeAssignmentDueDateAction(
      scope(via),
      null,
      form({ assignmentId: into.assignmentId, dueDate: "2027-02-28" }),
    ),
  "remove assignment": (via: TestOrganization, into: Target) =>
    removeAssignmentAction(scope(via), null, form({ assignmentId: into.assignmentId })),
} as const;

/** What an outsider must never be able to change: every program row of the organization. */
const snapshot = (org: TestOrganization) =>
  as(org.members.owner, async ({ tx }) => ({
    programs: await tx.program.findMany({ orderBy: { id: "asc" } }),
    statements: await tx.programStatement.findMany({ orderBy: { id: "asc" } }),
    resources: await tx.programResource.findMany({ orderBy: { id: "asc" } }),
    assignments: await tx.assignment.findMany({ orderBy: { id: "asc" } }),
  }));

describe("program actions: role × action × organization", () => {
  let own: TestOrganization;
  let other: TestOrganization;
  beforeAll(async () => {
    await seedTestLibrary(database.owner);
    own = await buildOrganization();
    other = await buildOrganization();
    for (const org of [own, other]) programs.set(org.id, await copyForTest(org.members.owner));
  });

  for (const role of roles) {
    for (const [name, run] of Object.entries(actions)) {
      const allowed = can(role, "programs.manage");
      it(`${role} · ${name} · own organization → ${allowed ? "ok" : "FORBIDDEN"}`, async () => {
        const into = await target(own);
        const before = await snapshot(own);
        signIn(own.members[role]);
        const result = await run(own, into);
        if (allowed) {
          expect(result).toMatchObject({ ok: true });
        } else {
          expect(result).toEqual({
            ok: false,
            code: "FORBIDDEN",
            error: en.errors.codes.FORBIDDEN,
            fieldErrors: {},
            values: expect.any(Object),
          });
          expect(await snapshot(own)).toEqual(before);
        }
      });
      it(`${role} · ${name} · another organization → NOT_FOUND, nothing changes`, async () => {
        const into = await target(other);
        const before = await snapshot(other);
        signIn(own.members[role]);
        expect(await run(other, into)).toMatchObject({
          ok: false,
          code: "NOT_FOUND",
          error: en.errors.codes.NOT_FOUND,
        });
        expect(await snapshot(other)).toEqual(before);
      });
    }
  }

  for (const [name, run] of Object.entries(actions)) {
    it(`HR · ${name} · another organization's ids sent to one's own workspace → NOT_FOUND, nothing changes`, async () => {
      const into = await target(other);
      const before = await snapshot(other);
      signIn(own.members.admin);
      const result = await run(own, into);
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await snapshot(other)).toEqual(before);
    });
  }

  it("tells the second of two editors that someone else saved, in their language, with their text echoed", async () => {
    const into = await target(own);
    signIn(own.members.owner);
    expect(await actions["edit resource"](own, into)).toMatchObject({ ok: true });
    const late = await updateResourceAction(
      scope(own),
      null,
      form({
        resourceId: into.resource.id,
        language: "nb",
        lockVersion: String(into.resource.lockVersion),
        title: into.resource.title,
        body: "Min tekst, som ikke må gå tapt",
      }),
    );
    expect(late).toMatchObject({
      ok: false,
      code: "CONFLICT",
      error: enPrograms.errors.stale,
      values: { body: "Min tekst, som ikke må gå tapt" },
    });
  });
});
