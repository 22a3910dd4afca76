// The copy of a library program into an organization: complete, with provenance, idempotent, and
// "(2)" for a second copy. Against Postgres as the application role (row-level security applies).
import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getSessionUser, requireSessionUser, type SessionUser } from "@/lib/auth/session";
import { copyLibraryProgramAction } from "@/lib/actions/programs/copy-library-program";
import { withTenant } from "@/lib/db/tenant";
import type { LibraryProgram } from "@/lib/library/content/library-content-types";
import {
  buildOrganization,
  createTestUser,
  type TestMember,
  type TestOrganization,
  type TestUser,
} from "@/lib/orgs/testing/build-organization";
import en from "@/locales/en/common.json";
import { setupTestDatabase } from "@/tests/db";
import { copyLibraryProgram, findLibraryCopies } from "./copy-library-program";
import { as, FLAGSHIP, seedTestLibrary } from "./testing/program-fixtures";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const database = setupTestDatabase();

let flagship: LibraryProgram;
let org: TestOrganization;
let other: TestOrganization;

beforeAll(async () => {
  const programs = await seedTestLibrary(database.owner);
  flagship = programs.find((program) => program.slug === FLAGSHIP)!;
});

beforeEach(async () => {
  org = await buildOrganization();
  other = await buildOrganization();
});

const copy = (
  actor: TestMember,
  options: { requestKey?: string; again?: boolean; librarySlug?: string } = {},
) =>
  as(actor, ({ tx, ctx }) =>
    copyLibraryProgram({
      tx,
      ctx,
      librarySlug: options.librarySlug ?? FLAGSHIP,
      requestKey: options.requestKey ?? randomUUID(),
      again: options.again,
    }),
  );

const copied = async (actor: TestMember, options: Parameters<typeof copy>[1] = {}) => {
  const result = await copy(actor, options);
  if (result.status !== "copied") throw new Error(`expected a copy, got ${result.status}`);
  return result;
};

/** Everything stored of a program, read as its organization's owner. */
const readProgram = (within: TestOrganization, programId: string) =>
  as(within.members.owner, ({ tx }) =>
    tx.program.findUnique({
      where: { organizationId_id: { organizationId: within.id, id: programId } },
      include: {
        statements: {
          orderBy: { position: "asc" },
          include: { resources: { orderBy: { position: "asc" } } },
        },
      },
    }),
  );

const programsOf = (within: TestOrganization) =>
  as(within.members.owner, ({ tx }) =>
    tx.program.findMany({ select: { id: true, title: true }, orderBy: { createdAt: "asc" } }),
  );

describe("copying a library program", () => {
  it("copies every text of the current version in every language, as a draft with its provenance", async () => {
    const requestKey = randomUUID();
    const result = await copied(org.members.admin, { requestKey });
    expect(result.created).toBe(true);
    const program = await readProgram(org, result.programId);
    const library = await database.owner.libraryProgram.findUniqueOrThrow({ where: { slug: FLAGSHIP } });

    expect(program).toMatchObject({
      organizationId: org.id,
      status: "draft",
      sourceProgramId: library.id,
      sourceVersion: flagship.version,
      copyRequestKey: requestKey,
      createdById: org.members.admin.id,
      title: flagship.title,
      tagline: flagship.tagline,
      summary: flagship.summary,
      quote: JSON.parse(JSON.stringify(flagship.quote)),
      lockVersion: 0,
    });
    expect(library.currentVersion).toBe(flagship.version);
    expect(program!.statements).toHaveLength(8);
    expect(program!.statements.flatMap((statement) => statement.resources)).toHaveLength(
      flagship.statements.reduce((sum, statement) => sum + statement.resources.length, 0),
    );
    expect(
      program!.statements.map((statement) => ({
        key: statement.key,
        position: statement.position,
        kind: statement.kind,
        text: statement.text,
        reflectionPrompts: statement.reflectionPrompts,
        hidden: statement.hidden,
        resources: statement.resources.map((resource) => ({
          key: resource.key,
          position: resource.position,
          title: resource.title,
          body: resource.body,
          hidden: resource.hidden,
          programId: resource.programId,
        })),
      })),
    ).toEqual(
      flagship.statements.map((statement) => ({
        key: statement.key,
        position: statement.position,
        kind: statement.kind,
        text: statement.text,
        reflectionPrompts: statement.reflectionPrompts,
        hidden: false,
        resources: statement.resources.map((resource) => ({
          key: resource.key,
          position: resource.position,
          title: { nb: resource.text.nb.title, en: resource.text.en.title, nl: resource.text.nl.title },
          body: { nb: resource.text.nb.body, en: resource.text.en.body, nl: resource.text.nl.body },
          hidden: false,
          programId: result.programId,
        })),
      })),
    );
  });

  it("records the copy in the audit log", async () => {
    const { programId } = await copied(org.members.owner);
    const entries = await as(org.members.owner, ({ tx }) =>
      tx.auditEntry.findMany({ where: { action: "program.copy" } }),
    );
    expect(entries).toEqual([
      expect.objectContaining({
        actorId: org.members.owner.id,
        targetType: "program",
        targetId: programId,
        data: { name: "Håndtere avvisning", source: FLAGSHIP, version: flagship.version },
      }),
    ]);
  });

  it("answers a repeated request with the copy the first one made, also when twenty arrive at once", async () => {
    const requestKey = randomUUID();
    const first = await copied(org.members.admin, { requestKey });
    const again = await copied(org.members.admin, { requestKey });
    expect(again).toEqual({ status: "copied", programId: first.programId, created: false });

    const racingKey = randomUUID();
    // Twenty identical submissions at once (a user hammering the button, retries): one copy.
    const racing = await Promise.all(
      Array.from({ length: 20 }, () => copy(org.members.owner, { requestKey: racingKey, again: true })),
    );
    const ids = racing.map((result) => (result.status === "copied" ? result.programId : null));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).not.toBeNull();
    expect(racing.filter((result) => result.status === "copied" && result.created)).toHaveLength(1);
    expect(await programsOf(org)).toHaveLength(2);
    const entries = await as(org.members.owner, ({ tx }) =>
      tx.auditEntry.count({ where: { action: "program.copy" } }),
    );
    expect(entries).toBe(2);
  });

  it("asks before copying a program the organization has, then names the new one (2), (3) in every language", async () => {
    const first = await copied(org.members.admin);
    const asked = await copy(org.members.admin);
    expect(asked).toEqual({
      status: "confirm",
      existing: { id: first.programId, title: flagship.title },
    });
    expect(await programsOf(org)).toHaveLength(1);

    const second = await copied(org.members.admin, { again: true });
    const third = await copied(org.members.admin, { again: true });
    const titles = new Map((await programsOf(org)).map((program) => [program.id, program.title]));
    expect(titles.get(second.programId)).toEqual({
      nb: "Håndtere avvisning (2)",
      en: "Handling rejection (2)",
      nl: "Omgaan met afwijzing (2)",
    });
    expect(titles.get(third.programId)).toMatchObject({
      nb: "Håndtere avvisning (3)",
      en: "Handling rejection (3)",
    });
    // Another organization's copies are its own business: its first copy has the plain title.
    const elsewhere = await copied(other.members.owner);
    expect((await readProgram(other, elsewhere.programId))!.title).toEqual(flagship.title);
  });

  it("lists an organization's copies only to that organization", async () => {
    const { programId } = await copied(org.members.admin);
    const find = (actor: TestMember) =>
      as(actor, ({ tx, ctx }) => findLibraryCopies({ tx, ctx, librarySlug: FLAGSHIP }));
    expect((await find(org.members.owner)).map((copy) => copy.id)).toEqual([programId]);
    expect(await find(other.members.owner)).toEqual([]);
    await expect(find(org.members.employee)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses employees and managers, and an unknown library program", async () => {
    for (const role of ["employee", "manager"] as const)
      await expect(copy(org.members[role])).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(copy(org.members.owner, { librarySlug: "no-such-program" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await programsOf(org)).toEqual([]);
  });
});

describe("the copy page's action", () => {
  function signIn(user: TestUser | null) {
    const sessionUser: SessionUser | null = user ? { ...user, language: "en" } : null;
    vi.mocked(getSessionUser).mockResolvedValue(sessionUser);
    vi.mocked(requireSessionUser).mockImplementation(async () => {
      if (!sessionUser) throw new Error("redirect to sign-in");
      return sessionUser;
    });
  }
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.append(name, value);
    return data;
  };
  const submit = (orgSlug: string, fields: Record<string, string> = {}) =>
    copyLibraryProgramAction(
      { lang: "en" },
      null,
      form({ orgSlug, programSlug: FLAGSHIP, requestKey: randomUUID(), ...fields }),
    ).catch((thrown: unknown) => thrown);
  const digestOf = (value: unknown) => String((value as { digest?: unknown })?.digest ?? "");

  it("copies into the organization picked and opens the copy", async () => {
    signIn(org.members.admin);
    const outcome = await submit(org.slug);
    const [program] = await programsOf(org);
    expect(digestOf(outcome)).toMatch(
      new RegExp(`^NEXT_REDIRECT;\\w+;/en/o/${org.slug}/programs/${program!.id}\\?copied=1;`),
    );
  });

  it("asks first when the organization has the program, and copies once confirmed", async () => {
    signIn(org.members.owner);
    await submit(org.slug);
    expect(await submit(org.slug)).toMatchObject({ ok: true, data: { status: "confirm" } });
    expect(digestOf(await submit(org.slug, { again: "true" }))).toMatch(/^NEXT_REDIRECT;/);
    expect(await programsOf(org)).toHaveLength(2);
  });

  it("refuses employees and managers (FORBIDDEN) and answers NOT_FOUND for an organization one is not in", async () => {
    for (const role of ["employee", "manager"] as const) {
      signIn(org.members[role]);
      expect(await submit(org.slug)).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
        error: en.errors.codes.FORBIDDEN,
      });
    }
    signIn(other.members.owner);
    expect(await submit(org.slug)).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
      error: en.errors.codes.NOT_FOUND,
    });
    signIn(await createTestUser());
    expect(await submit(org.slug)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    signIn(null);
    expect(await submit(org.slug)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await programsOf(org)).toEqual([]);
  });
});

describe("row-level security", () => {
  it("hides a copy from every other organization, whatever the query", async () => {
    const { programId } = await copied(org.members.owner);
    const seen = await withTenant(other.members.owner.ctx, async (tx) => ({
      programs: await tx.program.count({ where: { id: programId } }),
      statements: await tx.programStatement.count({ where: { programId } }),
      resources: await tx.programResource.count({ where: { programId } }),
    }));
    expect(seen).toEqual({ programs: 0, statements: 0, resources: 0 });
  });
});
