// The invitation actions through the real pipeline: who may, from which organization, and that no
// token ever travels back in an action's answer. Only the session is stubbed.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { acceptInvitationAction } from "@/lib/actions/invitations/accept-invitation";
import { createInvitationAction } from "@/lib/actions/invitations/create-invitation";
import { importCsvAction } from "@/lib/actions/invitations/import-csv";
import { previewCsvImportAction } from "@/lib/actions/invitations/preview-csv-import";
import { resendInvitationAction } from "@/lib/actions/invitations/resend-invitation";
import { revokeInvitationAction } from "@/lib/actions/invitations/revoke-invitation";
import { db } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import {
  buildOrganization,
  createTestUser,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { can } from "@/lib/permissions/permissions";
import { roles } from "@/lib/permissions/roles";
import enCommon from "@/locales/en/common.json";
import en from "@/locales/en/people.json";
import { runDueJobs } from "@/lib/jobs/job-worker";
import { setupTestDatabase } from "@/tests/db";
import { digestOf, form, signIn } from "@/tests/support/action-session";
import { MAX_CSV_ROWS } from "./csv-limits";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

setupTestDatabase();

let counter = 0;
const newEmail = () => `guest-${Date.now()}-${(counter += 1)}@example.test`;

/** The accept link's token in the newest mail to `email`. */
async function tokenMailedTo(email: string): Promise<string> {
  await runDueJobs();
  const mail = await db.outboxMessage.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1];
  if (!token) throw new Error("no link in the mail");
  return token;
}

let own: TestOrganization;
let other: TestOrganization;

beforeEach(async () => {
  own = await buildOrganization();
  other = await buildOrganization();
});

const invitationCount = (org: TestOrganization) =>
  withTenant(org.members.owner.ctx, (tx) => tx.invitation.count());

describe("invitation actions: role × organization", () => {
  for (const role of roles) {
    const allowed = can(role, "invitations.manage");
    it(`${role} · invite · own organization → ${allowed ? "sent" : "FORBIDDEN"}`, async () => {
      signIn(own.members[role]);
      const email = newEmail();
      const result = await createInvitationAction(
        { lang: "en", orgSlug: own.slug },
        null,
        form({ email, role: "employee" }),
      );
      if (!allowed) {
        expect(result).toMatchObject({
          ok: false,
          code: "FORBIDDEN",
          error: enCommon.errors.codes.FORBIDDEN,
        });
        expect(await invitationCount(own)).toBe(0);
        return;
      }
      expect(result).toMatchObject({ ok: true, data: { email, outgoing: [] } });
      // The token is in the mail, and nowhere in what went back to the browser.
      const token = await tokenMailedTo(email);
      expect(JSON.stringify(result)).not.toContain(token);
    });

    it(`${role} · every invitation action · another organization → NOT_FOUND`, async () => {
      signIn(other.members.owner);
      const theirs = await createInvitationAction(
        { lang: "en", orgSlug: other.slug },
        null,
        form({ email: newEmail(), role: "employee" }),
      );
      if (!theirs.ok) throw new Error("setup failed");
      signIn(own.members[role]);
      const scope = { lang: "en", orgSlug: other.slug };
      const results = [
        await createInvitationAction(scope, null, form({ email: newEmail(), role: "employee" })),
        await resendInvitationAction(scope, null, form({ invitationId: theirs.data.invitationId })),
        await revokeInvitationAction(scope, null, form({ invitationId: theirs.data.invitationId })),
        await previewCsvImportAction(scope, null, { csv: "email\na@example.com" }),
        await importCsvAction(scope, null, { csv: "email\na@example.com" }),
      ];
      for (const result of results)
        expect(result).toMatchObject({
          ok: false,
          code: "NOT_FOUND",
          error: enCommon.errors.codes.NOT_FOUND,
        });
      expect(await invitationCount(other)).toBe(1);
    });
  }

  it("answers another organization's invitation id in one's own workspace with NOT_FOUND, translated", async () => {
    signIn(other.members.owner);
    const theirs = await createInvitationAction(
      { lang: "en", orgSlug: other.slug },
      null,
      form({ email: newEmail(), role: "admin" }),
    );
    if (!theirs.ok) throw new Error("setup failed");
    signIn(own.members.admin);
    const result = await revokeInvitationAction(
      { lang: "en", orgSlug: own.slug },
      null,
      form({ invitationId: theirs.data.invitationId }),
    );
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND", error: en.invitations.errors.notFound });
  });

  it("refuses an owner invitation and a bad address on their fields", async () => {
    signIn(own.members.owner);
    const result = await createInvitationAction(
      { lang: "en", orgSlug: own.slug },
      null,
      form({ email: "nope", role: "owner" }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { email: en.invitations.errors.emailInvalid, role: en.invitations.errors.roleRequired },
    });
  });

  it("imports a CSV without returning tokens, and refuses more than the maximum rows with a clear message", async () => {
    signIn(own.members.admin);
    const scope = { lang: "en", orgSlug: own.slug };
    const email = newEmail();
    const imported = await importCsvAction(scope, null, { csv: `email,name\n${email},Guest` });
    expect(imported).toMatchObject({ ok: true, data: { imported: 1, outgoing: [] } });
    expect(JSON.stringify(imported)).not.toContain(await tokenMailedTo(email));

    const tooMany = [
      "email",
      ...Array.from({ length: MAX_CSV_ROWS + 1 }, (_, index) => `p${index}@x.example`),
    ].join("\n");
    expect(await previewCsvImportAction(scope, null, { csv: tooMany })).toMatchObject({
      ok: false,
      code: "INVALID",
      error: en.import.fileErrors.tooManyRows
        .replace("{{count}}", String(MAX_CSV_ROWS + 1))
        .replace("{{max}}", String(MAX_CSV_ROWS)),
    });
  });
});

describe("accepting through the action", () => {
  it("joins as the invited address and opens the workspace; another address and a signed-out request are refused", async () => {
    signIn(own.members.admin);
    const email = newEmail();
    await createInvitationAction({ lang: "en", orgSlug: own.slug }, null, form({ email, role: "manager" }));
    const token = await tokenMailedTo(email);

    signIn(null);
    expect(await acceptInvitationAction({ lang: "en" }, null, form({ token }))).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });

    signIn(await createTestUser());
    expect(await acceptInvitationAction({ lang: "en" }, null, form({ token }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
      error: en.accept.errors.wrongAddress.replace("{{email}}", email),
    });

    signIn(await createTestUser({ email }));
    const accepted = await acceptInvitationAction({ lang: "en" }, null, form({ token })).catch(
      (thrown: unknown) => thrown,
    );
    expect(digestOf(accepted)).toMatch(new RegExp(`^NEXT_REDIRECT;\\w+;/en/o/${own.slug};`));
    // A second submit lands in the same place and changes nothing.
    const again = await acceptInvitationAction({ lang: "en" }, null, form({ token })).catch(
      (thrown: unknown) => thrown,
    );
    expect(digestOf(again)).toMatch(new RegExp(`^NEXT_REDIRECT;\\w+;/en/o/${own.slug};`));
    const memberships = await withTenant(own.members.owner.ctx, (tx) =>
      tx.membership.count({ where: { user: { email } } }),
    );
    expect(memberships).toBe(1);
  });
});
