// Updates from the library: a copy made from version A, the library moved to version B (a
// statement text changed, a resource body changed, a resource added, one removed), HR's own edits
// in the copy. Against Postgres as the application role; the access matrix through the action.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getSessionUser, requireSessionUser, type SessionUser } from "@/lib/auth/session";
import { applyLibraryUpdateAction } from "@/lib/actions/programs/apply-library-update";
import type { LibraryProgram } from "@/lib/library/content/library-content-types";
import { computeProgramVersion } from "@/lib/library/content/program-version";
import { seedLibrary } from "@/lib/library/seed-library";
import {
  buildOrganization,
  type TestMember,
  type TestOrganization,
  type TestUser,
} from "@/lib/orgs/testing/build-organization";
import { can } from "@/lib/permissions/permissions";
import { roles } from "@/lib/permissions/roles";
import en from "@/locales/en/common.json";
import enUpdates from "@/locales/en/updates.json";
import { setupTestDatabase } from "@/tests/db";
import { readText } from "../program-texts";
import { as, copyForTest, FLAGSHIP, seedTestLibrary } from "../testing/program-fixtures";
import { updateResource } from "../update-resource";
import { updateStatement } from "../update-statement";
import { applyLibraryUpdate } from "./apply-library-update";
import { getLibraryUpdate, listAvailableUpdates } from "./get-library-update";
import type { ApplyLibraryUpdateInput } from "./update-input";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));
// The action ends with a redirect to the outcome, which needs a running Next.js.
vi.mock("next/navigation", () => ({ redirect: vi.fn(), notFound: vi.fn() }));

const database = setupTestDatabase();

let versionA: LibraryProgram;
let versionB: LibraryProgram;

/** Version B of the flagship: what the library's authors changed after version A. */
function nextVersion(program: LibraryProgram): LibraryProgram {
  const b = structuredClone(program);
  const statement = (key: string) => b.statements.find((row) => row.key === key)!;
  statement("hva-er-avvisning").text = {
    nb: "Jeg vet hva avvisning er og hva den ikke er",
    en: "I know what rejection is and what it is not",
    nl: "Ik weet wat afwijzing is en wat het niet is",
  };
  const dimensions = statement("dimensjoner").resources[0]!;
  dimensions.text.nb.body = `${dimensions.text.nb.body}\n\nEn ny avslutning fra biblioteket.`;
  const bremse = statement("ikke-bremse");
  bremse.resources = bremse.resources.filter((resource) => resource.key !== "neste");
  bremse.resources.push({
    key: "ny-ressurs",
    position: bremse.resources.length,
    text: {
      nb: { title: "Et nei er informasjon", body: "Spør hva du kan lære av neiet." },
      en: { title: "A no is information", body: "Ask what the no can teach you." },
      nl: { title: "Een nee is informatie", body: "Vraag wat het nee je kan leren." },
    },
  });
  const { version: _version, position: _position, ...content } = b;
  return { ...b, version: computeProgramVersion(content) };
}

const seed = (program: LibraryProgram) => seedLibrary(database.owner, [program], { warn: () => undefined });

let org: TestOrganization;
let other: TestOrganization;
let programId: string;
const hr = () => org.members.admin;

beforeAll(async () => {
  const programs = await seedTestLibrary(database.owner);
  versionA = programs.find((program) => program.slug === FLAGSHIP)!;
  versionB = nextVersion(versionA);
  expect(versionB.version).not.toBe(versionA.version);
  other = await buildOrganization();
});

// Every test: a fresh copy of version A, then the library moves on to version B.
beforeEach(async () => {
  await seed(versionA);
  org = await buildOrganization();
  programId = await copyForTest(org.members.owner);
  await seed(versionB);
});

const copyRows = () =>
  as(org.members.owner, async ({ tx }) => ({
    program: await tx.program.findUniqueOrThrow({
      where: { organizationId_id: { organizationId: org.id, id: programId } },
    }),
    statements: await tx.programStatement.findMany({ where: { programId }, orderBy: { id: "asc" } }),
    resources: await tx.programResource.findMany({ where: { programId }, orderBy: { id: "asc" } }),
  }));
const byKey = async (key: string) => {
  const rows = await copyRows();
  return rows.statements.find((row) => row.key === key) ?? rows.resources.find((row) => row.key === key);
};

/** HR's own edits in the copy: one on an item the update changes, one elsewhere. */
async function editLocally(actor: TestMember = hr()) {
  const dimensions = (await copyRows()).resources.find((row) => row.key === "sju-dimensjoner")!;
  await as(actor, ({ tx, ctx }) =>
    updateResource({
      tx,
      ctx,
      input: {
        resourceId: dimensions.id,
        language: "nb",
        lockVersion: 0,
        title: readText(dimensions.title).nb!,
        body: "Vår egen tekst om dimensjonene.",
      },
    }),
  );
  const opplevelse = (await byKey("opplevelse"))!;
  await as(actor, ({ tx, ctx }) =>
    updateStatement({
      tx,
      ctx,
      input: {
        statementId: opplevelse.id,
        language: "en",
        lockVersion: 0,
        text: "I know how people experience a no",
        kind: "know",
      },
    }),
  );
}

const apply = (decisions: Record<string, "accept" | "keep">, actor: TestMember = hr()) =>
  as(actor, ({ tx, ctx }) => {
    const input: ApplyLibraryUpdateInput = {
      programId,
      fromVersion: versionA.version,
      toVersion: versionB.version,
      decisions,
    };
    return applyLibraryUpdate({ tx, ctx, input });
  });

describe("detecting an update", () => {
  it("lists new, changed and removed items, and flags the one HR edited locally", async () => {
    await editLocally();
    expect(await as(hr(), ({ tx, ctx }) => listAvailableUpdates({ tx, ctx }))).toEqual([
      { programId, title: expect.objectContaining({ nb: "Håndtere avvisning" }) },
    ]);
    const update = await as(hr(), ({ tx, ctx }) => getLibraryUpdate({ tx, ctx, programId }));
    expect(update).toMatchObject({ programId, fromVersion: versionA.version, toVersion: versionB.version });
    // People see when the library published each version, not its hash (ADR 033).
    expect(update?.fromDate).toBeInstanceOf(Date);
    expect(update?.toDate).toBeInstanceOf(Date);
    expect(update!.items.map((item) => [item.id, item.change, item.localEdit])).toEqual([
      ["statement:hva-er-avvisning", "changed", false],
      ["resource:sju-dimensjoner", "changed", true],
      ["resource:ny-ressurs", "new", false],
      ["resource:neste", "removed", false],
    ]);
    const statement = update!.items[0]!;
    expect(statement.texts).toEqual([
      {
        field: "text",
        before: versionA.statements[0]!.text,
        after: versionB.statements[0]!.text,
      },
    ]);
    // Only Bokmål changed in the resource body; the diff keeps every language.
    const body = update!.items[1]!.texts.find((text) => text.field === "body")!;
    expect(body.after.nb).toContain("En ny avslutning fra biblioteket.");
    expect(body.after.en).toBe(body.before.en);
  });

  it("has nothing to offer a copy that is up to date", async () => {
    await seed(versionA);
    expect(await as(hr(), ({ tx, ctx }) => getLibraryUpdate({ tx, ctx, programId }))).toBeNull();
    expect(await as(hr(), ({ tx, ctx }) => listAvailableUpdates({ tx, ctx }))).toEqual([]);
  });
});

describe("taking an update", () => {
  it("applies accepted items, leaves kept ones and local edits elsewhere, and records the new version", async () => {
    await editLocally();
    const before = await copyRows();
    const statementBefore = before.statements.find((row) => row.key === "hva-er-avvisning")!;
    const bremse = before.statements.find((row) => row.key === "ikke-bremse")!;
    const now = new Date();

    const result = await apply({
      "statement:hva-er-avvisning": "accept",
      "resource:ny-ressurs": "accept",
      "resource:neste": "keep",
      // resource:sju-dimensjoner: no decision, so its default (keep: HR edited it).
    });
    expect(result).toEqual({ programId, accepted: 2, kept: 2, version: versionB.version });

    const after = await copyRows();
    expect(after.program.sourceVersion).toBe(versionB.version);
    const statement = after.statements.find((row) => row.key === "hva-er-avvisning")!;
    expect(statement.text).toEqual(versionB.statements[0]!.text);
    expect(statement.lockVersion).toBe(statementBefore.lockVersion + 1);
    for (const time of Object.values(statement.textUpdatedAt as Record<string, string>))
      expect(Date.parse(time)).toBeGreaterThanOrEqual(now.getTime() - 1000);

    const added = after.resources.find((row) => row.key === "ny-ressurs")!;
    expect(added).toMatchObject({
      statementId: bremse.id,
      // After the statement's two resources (positions 0 and 1).
      position: 2,
      title: { nb: "Et nei er informasjon", en: "A no is information", nl: "Een nee is informatie" },
    });
    // Kept: the removed resource stays, the locally edited one keeps HR's text.
    expect(after.resources.find((row) => row.key === "neste")).toEqual(
      before.resources.find((row) => row.key === "neste"),
    );
    expect((after.resources.find((row) => row.key === "sju-dimensjoner")!.body as { nb: string }).nb).toBe(
      "Vår egen tekst om dimensjonene.",
    );
    // A local edit the update does not touch stays as it was.
    expect(after.statements.find((row) => row.key === "opplevelse")).toEqual(
      before.statements.find((row) => row.key === "opplevelse"),
    );
    expect(after.resources).toHaveLength(before.resources.length + 1);

    const audit = await as(org.members.owner, ({ tx }) =>
      tx.auditEntry.findMany({ where: { action: "program.update" }, select: { targetId: true, data: true } }),
    );
    expect(audit).toEqual([
      {
        targetId: programId,
        data: {
          name: "Håndtere avvisning",
          fromVersion: versionA.version.slice(0, 7),
          toVersion: versionB.version.slice(0, 7),
          accepted: 2,
          kept: 2,
        },
      },
    ]);
    expect(await as(hr(), ({ tx, ctx }) => getLibraryUpdate({ tx, ctx, programId }))).toBeNull();
  });

  it("accepting a removal and a local-edited change replaces HR's text and deletes the item", async () => {
    await editLocally();
    const result = await apply({ "resource:neste": "accept", "resource:sju-dimensjoner": "accept" });
    // The other two have no decision: their default is accept (no local edit).
    expect(result).toMatchObject({ accepted: 4, kept: 0 });
    expect(await byKey("neste")).toBeUndefined();
    const dimensions = (await byKey("sju-dimensjoner")) as { body: Record<string, string> };
    expect(dimensions.body.nb).toContain("En ny avslutning fra biblioteket.");
    expect(dimensions.body.nb).not.toContain("Vår egen tekst");
  });

  it("does nothing the second time the same update is submitted", async () => {
    await apply({});
    const once = await copyRows();
    await expect(apply({})).rejects.toMatchObject({ code: "CONFLICT", messageKey: "updates:errors.moved" });
    expect(await copyRows()).toEqual(once);
  });

  it("refuses an update the library has since moved past", async () => {
    const before = await copyRows();
    const versionC = nextVersion(versionB);
    versionC.title = { ...versionC.title, en: "Handling rejection, again" };
    const { version: _v, position: _p, ...content } = versionC;
    await seed({ ...versionC, version: computeProgramVersion(content) });
    await expect(apply({})).rejects.toMatchObject({ code: "CONFLICT", messageKey: "updates:errors.newer" });
    expect(await copyRows()).toEqual(before);
  });

  it("answers another organization's program as not found", async () => {
    await expect(
      as(other.members.admin, ({ tx, ctx }) => getLibraryUpdate({ tx, ctx, programId })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(apply({}, other.members.admin)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the update action: role × organization", () => {
  function signIn(user: TestUser) {
    const sessionUser: SessionUser = { ...user, language: "en" };
    vi.mocked(getSessionUser).mockResolvedValue(sessionUser);
    vi.mocked(requireSessionUser).mockResolvedValue(sessionUser);
  }
  const submit = (via: TestOrganization) => {
    const data = new FormData();
    data.append("programId", programId);
    data.append("fromVersion", versionA.version);
    data.append("toVersion", versionB.version);
    data.append("decision:resource:neste", "keep");
    return applyLibraryUpdateAction({ lang: "en", orgSlug: via.slug }, null, data);
  };

  for (const role of roles) {
    const allowed = can(role, "programs.manage");
    it(`${role} · own organization → ${allowed ? "applied" : "FORBIDDEN, nothing changes"}`, async () => {
      const before = await copyRows();
      signIn(org.members[role]);
      const result = await submit(org);
      if (allowed) {
        expect(result).toMatchObject({ ok: true, data: { programId, accepted: 3, kept: 1 } });
        expect((await copyRows()).program.sourceVersion).toBe(versionB.version);
        expect(await byKey("neste")).toBeDefined();
        // The same form again: the conflict message, and nothing more happens.
        const again = await submit(org);
        expect(again).toMatchObject({ ok: false, code: "CONFLICT", error: enUpdates.errors.moved });
      } else {
        expect(result).toMatchObject({ ok: false, code: "FORBIDDEN", error: en.errors.codes.FORBIDDEN });
        expect(await copyRows()).toEqual(before);
      }
    });

    it(`${role} of another organization → ${allowed ? "NOT_FOUND" : "FORBIDDEN"}, nothing changes`, async () => {
      const before = await copyRows();
      signIn(other.members[role]);
      // Through their own workspace URL, aimed at this organization's program.
      const result = await submit(other);
      expect(result).toMatchObject({ ok: false, code: allowed ? "NOT_FOUND" : "FORBIDDEN" });
      expect(await copyRows()).toEqual(before);
    });
  }
});
