// The access matrix: every role × every workspace page and action, from the member's own
// organization and from another one, through the real pipeline and Postgres (app role). Only the
// session is stubbed; next/cache's refresh needs a running Next.js.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { randomBytes } from "node:crypto";
import {
  getRequestSession,
  getSessionUser,
  readSession,
  requireSessionUser,
  type SessionUser,
} from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { requireWorkspace } from "@/lib/orgs/require-workspace";
import {
  addTestMember,
  buildOrganization,
  createTestUser,
  type TestMember,
  type TestOrganization,
  type TestUser,
} from "@/lib/orgs/testing/build-organization";
import { workspacePages, workspacePath, type WorkspacePage } from "@/lib/orgs/workspace-pages";
import { can } from "@/lib/permissions/permissions";
import { roles } from "@/lib/permissions/roles";
import enAccount from "@/locales/en/account.json";
import en from "@/locales/en/common.json";
import nb from "@/locales/nb/common.json";
import nl from "@/locales/nl/common.json";
import { setupTestDatabase } from "@/tests/db";
import { digestOf, form } from "@/tests/support/action-session";
import { changeMemberRoleAction } from "./change-member-role";
import { createOrganizationAction } from "./create-organization";
import { setMemberStatusAction } from "./set-member-status";

// Pages read the session with its memberships (getRequestSession): here from a real session row,
// so the page side of the matrix runs the same statement as a request does.
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getSessionUser: vi.fn(),
  requireSessionUser: vi.fn(),
  getRequestSession: vi.fn(),
}));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

setupTestDatabase();

class SignInRedirect extends Error {}

function signIn(user: TestUser | null) {
  const sessionUser: SessionUser | null = user ? { ...user, language: "nb" } : null;
  vi.mocked(getSessionUser).mockResolvedValue(sessionUser);
  vi.mocked(requireSessionUser).mockImplementation(async () => {
    if (!sessionUser) throw new SignInRedirect();
    return sessionUser;
  });
  let token: Promise<string> | null = null;
  vi.mocked(getRequestSession).mockImplementation(async () => {
    if (!user) return null;
    token ??= sessionTokenFor(user);
    return readSession(await token);
  });
}

async function sessionTokenFor(user: TestUser): Promise<string> {
  const sessionToken = randomBytes(16).toString("hex");
  await db.session.create({
    data: { sessionToken, userId: user.id, expires: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000) },
  });
  return sessionToken;
}

async function openPage(lang: "nb" | "en", org: TestOrganization, page: WorkspacePage): Promise<"ok" | 404> {
  try {
    await requireWorkspace({
      lang,
      orgSlug: org.slug,
      permission: workspacePages[page].permission,
      path: workspacePath(lang, org.slug, page),
    });
    return "ok";
  } catch (error) {
    if (digestOf(error).startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return 404;
    throw error;
  }
}

/** Each organization's member the actions are tried on (not one of the actors). */
const targets = new Map<string, TestMember>();
const targetOf = (org: TestOrganization) => targets.get(org.id)!.membershipId;

/** The member actions, each tried on the organization's target member. */
const memberActions = {
  "change role": (org: TestOrganization) =>
    changeMemberRoleAction(
      { lang: "en", orgSlug: org.slug },
      null,
      form({ membershipId: targetOf(org), role: "manager" }),
    ),
  deactivate: (org: TestOrganization) =>
    setMemberStatusAction(
      { lang: "en", orgSlug: org.slug },
      null,
      form({ membershipId: targetOf(org), status: "deactivated" }),
    ),
  reactivate: (org: TestOrganization) =>
    setMemberStatusAction(
      { lang: "en", orgSlug: org.slug },
      null,
      form({ membershipId: targetOf(org), status: "active" }),
    ),
} as const;

describe("workspace pages: role × page × organization", () => {
  let own: TestOrganization;
  let other: TestOrganization;
  beforeAll(async () => {
    own = await buildOrganization();
    other = await buildOrganization();
  });

  for (const role of roles) {
    for (const page of Object.keys(workspacePages) as WorkspacePage[]) {
      const allowed = can(role, workspacePages[page].permission);
      it(`${role} · ${page} · own organization → ${allowed ? "shown" : "404"}`, async () => {
        signIn(own.members[role]);
        expect(await openPage("nb", own, page)).toBe(allowed ? "ok" : 404);
      });
      it(`${role} · ${page} · another organization → 404`, async () => {
        signIn(own.members[role]);
        expect(await openPage("nb", other, page)).toBe(404);
      });
    }
  }

  it("sends someone signed out to sign in", async () => {
    signIn(null);
    const error = await openPage("nb", own, "overview").catch((thrown: unknown) => thrown);
    expect(digestOf(error)).toContain(`/nb/sign-in?callbackUrl=${encodeURIComponent(`/nb/o/${own.slug}`)}`);
  });

  it("answers 404 on every page from the request right after a deactivation", async () => {
    const leaver = await addTestMember(own, "admin");
    signIn(leaver);
    expect(await openPage("en", own, "members")).toBe("ok");
    signIn(own.members.owner);
    const result = await setMemberStatusAction(
      { lang: "en", orgSlug: own.slug },
      null,
      form({ membershipId: leaver.membershipId, status: "deactivated" }),
    );
    expect(result.ok).toBe(true);
    signIn(leaver);
    for (const page of Object.keys(workspacePages) as WorkspacePage[])
      expect(await openPage("en", own, page)).toBe(404);
  });
});

describe("member actions: role × action × organization", () => {
  let own: TestOrganization;
  let other: TestOrganization;
  beforeEach(async () => {
    own = await buildOrganization();
    other = await buildOrganization();
    // Deactivated, so that reactivating has something to do; deactivating works on it all the same.
    for (const org of [own, other])
      targets.set(org.id, await addTestMember(org, "employee", { status: "deactivated" }));
  });

  const targetState = (org: TestOrganization) =>
    withTenant(org.members.owner.ctx, (tx) =>
      tx.membership.findUniqueOrThrow({ where: { id: targetOf(org) }, select: { role: true, status: true } }),
    );

  for (const role of roles) {
    for (const [name, run] of Object.entries(memberActions)) {
      const allowed = can(role, "members.manage");
      it(`${role} · ${name} · own organization → ${allowed ? "ok" : "FORBIDDEN"}`, async () => {
        signIn(own.members[role]);
        const before = await targetState(own);
        const result = await run(own);
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
          expect(await targetState(own)).toEqual(before);
        }
      });
      it(`${role} · ${name} · another organization → NOT_FOUND, nothing changes`, async () => {
        signIn(own.members[role]);
        const before = await targetState(other);
        expect(await run(other)).toMatchObject({
          ok: false,
          code: "NOT_FOUND",
          error: en.errors.codes.NOT_FOUND,
        });
        expect(await targetState(other)).toEqual(before);
      });
    }
  }

  it("answers NOT_FOUND for another organization's member id sent to one's own workspace", async () => {
    signIn(own.members.owner);
    const result = await changeMemberRoleAction(
      { lang: "en", orgSlug: own.slug },
      null,
      form({ membershipId: other.members.admin.membershipId, role: "employee" }),
    );
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND", error: en.members.errors.notFound });
  });

  it("answers invalid input with translated field errors and the values sent", async () => {
    signIn(own.members.owner);
    const result = await changeMemberRoleAction(
      { lang: "nl", orgSlug: own.slug },
      null,
      form({ membershipId: "nope", role: "king" }),
    );
    expect(result).toEqual({
      ok: false,
      code: "INVALID",
      error: nl.errors.codes.INVALID,
      fieldErrors: { membershipId: nl.members.errors.memberRequired, role: nl.members.errors.roleRequired },
      values: { membershipId: "nope", role: "king" },
    });
  });

  it("refuses a FORBIDDEN member before looking at the input", async () => {
    signIn(own.members.employee);
    expect(await changeMemberRoleAction({ lang: "en", orgSlug: own.slug }, null, form({}))).toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("translates the owner rules", async () => {
    signIn(own.members.owner);
    const result = await setMemberStatusAction(
      { lang: "nb", orgSlug: own.slug },
      null,
      form({ membershipId: own.members.owner.membershipId, status: "deactivated" }),
    );
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", error: nb.members.errors.selfDeactivate });
    const demote = await changeMemberRoleAction(
      { lang: "en", orgSlug: own.slug },
      null,
      form({ membershipId: own.members.owner.membershipId, role: "admin" }),
    );
    expect(demote).toMatchObject({ ok: false, code: "CONFLICT", error: en.members.errors.lastOwner });
  });

  it("answers a signed-out request with UNAUTHENTICATED", async () => {
    signIn(null);
    expect(await memberActions.deactivate(own)).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
      error: en.errors.codes.UNAUTHENTICATED,
    });
  });

  it("confirms success in the person's language", async () => {
    signIn(own.members.admin);
    expect(await memberActions.reactivate(own)).toEqual({
      ok: true,
      data: { membershipId: targetOf(own), status: "active", changed: true },
      message: en.members.statusChanged.active,
    });
  });
});

describe("creating an organization through the action", () => {
  const submit = (lang: "nb" | "en", fields: Record<string, string>) =>
    createOrganizationAction({ lang }, null, form(fields));

  it("creates it and redirects into its workspace", async () => {
    const person = await createTestUser();
    signIn(person);
    const error = await submit("en", { name: "Fjord & Fjell", slug: "", defaultLanguage: "en", yourName: "Fjord" }).catch(
      (thrown: unknown) => thrown,
    );
    expect(digestOf(error)).toMatch(/^NEXT_REDIRECT;\w+;\/en\/o\/fjord-fjell;/);
    expect(await requireWorkspaceAs(person, "fjord-fjell")).toMatchObject({
      role: "owner",
      orgName: "Fjord & Fjell",
    });
  });

  it("answers a taken address on the slug field, translated", async () => {
    const first = await createTestUser();
    signIn(first);
    await submit("nb", { name: "Havbris", slug: "havbris", defaultLanguage: "nb", yourName: "Hav" }).catch(() => undefined);
    signIn(await createTestUser());
    const result = await submit("nb", { name: "Havbris", slug: "havbris", defaultLanguage: "nb", yourName: "Hav" });
    expect(result).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { slug: nb.orgs.errors.slugTaken },
      values: { name: "Havbris", slug: "havbris", defaultLanguage: "nb", yourName: "Hav" },
    });
  });

  it("answers invalid input field by field", async () => {
    signIn(await createTestUser());
    expect(await submit("en", { name: "", slug: "Ugly slug!", defaultLanguage: "", yourName: " " })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        name: en.orgs.errors.nameRequired,
        slug: en.orgs.errors.slugInvalid,
        defaultLanguage: en.orgs.errors.languageRequired,
        yourName: enAccount.name.errors.required,
      },
    });
  });

  it("needs someone signed in", async () => {
    signIn(null);
    expect(await submit("en", { name: "Anon", slug: "", defaultLanguage: "en", yourName: "Anon" })).toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });
});

async function requireWorkspaceAs(user: TestUser, orgSlug: string) {
  signIn(user);
  return requireWorkspace({ lang: "en", orgSlug, permission: "workspace.view", path: `/en/o/${orgSlug}` });
}
