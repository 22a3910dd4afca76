// Invitations: create, mail, accept, resend, revoke and who may, against Postgres as the application role.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import {
  addTestMember,
  buildOrganization,
  createTestUser,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import type { Role } from "@/lib/permissions/roles";
import { createTeam } from "@/lib/teams/create-team";
import { setupTestDatabase } from "@/tests/db";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation, type CreatedInvitation } from "./create-invitation";
import { findInvitationByToken } from "./find-invitation-by-token";
import { createInvitationInput, type CreateInvitationInput } from "./invitation-input";
import { listInvitations } from "./list-invitations";
import { resendInvitation } from "./resend-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { runDueJobs } from "@/lib/jobs/job-worker";
import { hashInvitationToken } from "./invitation-token";

const database = setupTestDatabase();

let org: TestOrganization;
let other: TestOrganization;

beforeEach(async () => {
  org = await buildOrganization();
  other = await buildOrganization();
});

const as = <T>(actor: TestMember, work: (args: { tx: TenantTx; ctx: WorkspaceContext }) => Promise<T>) =>
  withTenant(actor.ctx, (tx) => work({ tx, ctx: actor.ctx }));

const hr = () => org.members.admin;

let counter = 0;
const uniqueEmail = () => `invitee-${Date.now()}-${(counter += 1)}@example.test`;

const input = (overrides: Partial<CreateInvitationInput> = {}): CreateInvitationInput => ({
  email: uniqueEmail(),
  name: "Ida Invitert",
  role: "employee",
  teamIds: [],
  ...overrides,
});

/** Through the form's schema, as the action does (it normalises the address). */
const invite = (overrides: Partial<CreateInvitationInput> = {}, actor: TestMember = hr()) =>
  as(actor, ({ tx, ctx }) =>
    createInvitation({ tx, ctx, input: createInvitationInput.parse(input(overrides)) }),
  );

const tokenOf = (created: { outgoing: { token: string }[] }) => {
  const token = created.outgoing[0]?.token;
  if (!token) throw new Error("no outgoing mail");
  return token;
};

const stored = (invitationId: string) =>
  as(org.members.owner, ({ tx }) =>
    tx.invitation.findUniqueOrThrow({
      where: { organizationId_id: { organizationId: org.id, id: invitationId } },
    }),
  );

const auditActions = (within: TestOrganization) =>
  as(within.members.owner, ({ tx }) =>
    tx.auditEntry.findMany({
      where: { action: { startsWith: "invitation." } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, targetId: true, actorId: true, data: true },
    }),
  );

describe("createInvitation", () => {
  it("stores only the token's hash, expires in 7 days, records an audit entry, and mails the link", async () => {
    const team = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Kundeservice" }));
    const created = await invite({
      email: "  Ida.Invitert@Example.TEST ",
      teamIds: [team.teamId],
      role: "manager",
    });
    const token = tokenOf(created);
    expect(created.email).toBe("ida.invitert@example.test");

    const row = await stored(created.invitationId);
    expect(row).toMatchObject({
      email: "ida.invitert@example.test",
      role: "manager",
      teamIds: [team.teamId],
      acceptedAt: null,
      revokedAt: null,
    });
    expect(row.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row.expiresAt.getTime() - Date.now()) / (24 * 60 * 60 * 1000);
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    // The token is nowhere in the database, as the owner sees it either.
    const everywhere = await database.owner.$queryRawUnsafe<{ found: number }[]>(
      `select count(*)::int as found from "Invitation" i, "AuditEntry" a where i."tokenHash" = $1 or a.data::text like $2`,
      token,
      `%${token}%`,
    );
    expect(everywhere[0]?.found).toBe(0);

    expect(await auditActions(org)).toEqual([
      {
        action: "invitation.create",
        targetId: created.invitationId,
        actorId: hr().id,
        data: {
          email: "ida.invitert@example.test",
          name: "Ida Invitert",
          role: "manager",
          teams: ["Kundeservice"],
        },
      },
    ]);

    // Queued with the invitation; the worker sends it and notes that on the invitation.
    expect(await db.outboxMessage.count({ where: { to: "ida.invitert@example.test" } })).toBe(0);
    await runDueJobs();
    expect((await stored(created.invitationId)).mailSentAt).not.toBeNull();
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: "ida.invitert@example.test" } });
    expect(mail.text).toContain(`/nb/invitations/${token}`);
    expect(mail.text).toContain(org.name);
    expect(mail.subject).toContain(org.name);
  });

  it("refuses an address that is already a member, or already has an open invitation (CONFLICT on email)", async () => {
    await expect(invite({ email: org.members.employee.email })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: "people:invitations.errors.alreadyMember" },
    });
    const first = await invite();
    await expect(invite({ email: first.email })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: "people:invitations.errors.alreadyInvited" },
    });
    // The same address may be invited by another organization.
    await invite({ email: first.email }, other.members.owner);
  });

  it("makes one invitation of a double submit", async () => {
    const email = uniqueEmail();
    const results = await Promise.allSettled([invite({ email }), invite({ email }), invite({ email })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const count = await as(hr(), ({ tx }) => tx.invitation.count({ where: { email } }));
    expect(count).toBe(1);
  });

  it("refuses teams of another organization (NOT_FOUND on teamIds)", async () => {
    const theirs = await as(other.members.owner, ({ tx, ctx }) => createTeam({ tx, ctx, name: "Deres" }));
    await expect(invite({ teamIds: [theirs.teamId] })).rejects.toMatchObject({
      code: "NOT_FOUND",
      fieldErrors: { teamIds: "people:invitations.errors.teamUnknown" },
    });
  });
});

describe("acceptInvitation", () => {
  it("makes the membership with the role and teams, marks it accepted, audits, and works once", async () => {
    const teamA = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "A-laget" }));
    const teamB = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "B-laget" }));
    const created = await invite({ role: "manager", teamIds: [teamA.teamId, teamB.teamId] });
    const token = tokenOf(created);
    const person = await createTestUser({ email: created.email, name: null });

    const view = await findInvitationByToken({ token, userId: person.id });
    expect(view).toMatchObject({
      status: "pending",
      email: created.email,
      role: "manager",
      orgName: org.name,
      orgSlug: org.slug,
      teamNames: ["A-laget", "B-laget"],
      alreadyMember: false,
    });

    // Twenty submits at once (double clicks, two tabs, retries): one membership, all answered with it.
    const accepts = await Promise.all(
      Array.from({ length: 20 }, () => acceptInvitation({ user: person, token })),
    );
    const first = accepts[0]!;
    expect(new Set(accepts.map((accept) => accept.membershipId)).size).toBe(1);
    expect(accepts.filter((accept) => accept.created)).toHaveLength(1);
    expect(first.orgSlug).toBe(org.slug);

    const membership = await as(org.members.owner, ({ tx }) =>
      tx.membership.findFirstOrThrow({
        where: { userId: person.id },
        include: { teamMembers: { select: { teamId: true, isManager: true } } },
      }),
    );
    expect(membership).toMatchObject({ role: "manager", status: "active" });
    expect(membership.teamMembers.map((place) => place.teamId).sort()).toEqual(
      [teamA.teamId, teamB.teamId].sort(),
    );
    // Invited as a manager into these teams: they lead them from the start (issue 18).
    expect(membership.teamMembers.every((place) => place.isManager)).toBe(true);
    expect((await stored(created.invitationId)).acceptedAt).not.toBeNull();
    const accepted = (await auditActions(org)).filter((entry) => entry.action === "invitation.accept");
    expect(accepted).toEqual([
      {
        action: "invitation.accept",
        targetId: created.invitationId,
        actorId: person.id,
        data: { email: created.email, name: "Ida Invitert", role: "manager", membershipId: membership.id },
      },
    ]);
    // The invitation's name became the person's, as they had none.
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).name).toBe("Ida Invitert");
    expect(await findInvitationByToken({ token, userId: person.id })).toMatchObject({
      status: "accepted",
      alreadyMember: true,
    });

    // Used: someone else with the same address on another account cannot reuse it; the list says accepted.
    const list = await as(hr(), ({ tx, ctx }) => listInvitations({ tx, ctx }));
    expect(list.invitations.find((row) => row.id === created.invitationId)?.status).toBe("accepted");
  });

  it("refuses another address, with the invited one in the message, and changes nothing", async () => {
    const created = await invite();
    const stranger = await createTestUser();
    await expect(acceptInvitation({ user: stranger, token: tokenOf(created) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "people:accept.errors.wrongAddress",
      messageValues: { email: created.email },
    });
    expect((await stored(created.invitationId)).acceptedAt).toBeNull();
    const memberships = await as(org.members.owner, ({ tx }) =>
      tx.membership.count({ where: { userId: stranger.id } }),
    );
    expect(memberships).toBe(0);
  });

  it("refuses an expired invitation, and an unknown or malformed token as NOT_FOUND", async () => {
    const created = await invite();
    const person = await createTestUser({ email: created.email });
    await as(org.members.owner, ({ tx }) =>
      tx.invitation.update({
        where: { organizationId_id: { organizationId: org.id, id: created.invitationId } },
        data: { expiresAt: new Date(Date.now() - 1000) },
      }),
    );
    expect(await findInvitationByToken({ token: tokenOf(created) })).toMatchObject({ status: "expired" });
    await expect(acceptInvitation({ user: person, token: tokenOf(created) })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "people:accept.errors.expired",
    });
    for (const token of ["x".repeat(43), "not-a-token", ""]) {
      await expect(acceptInvitation({ user: person, token })).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await findInvitationByToken({ token })).toBeNull();
    }
  });

  it("keeps an existing member's role and adds the invitation's teams", async () => {
    const team = await as(hr(), ({ tx, ctx }) => createTeam({ tx, ctx, name: "Ekstra" }));
    const person = await createTestUser();
    const invitation = await invite({ email: person.email, role: "employee", teamIds: [team.teamId] });
    await addTestMember(org, "manager", { user: person });
    const accepted = await acceptInvitation({ user: person, token: tokenOf(invitation) });
    expect(accepted.created).toBe(false);
    const membership = await as(org.members.owner, ({ tx }) =>
      tx.membership.findFirstOrThrow({ where: { userId: person.id }, include: { teamMembers: true } }),
    );
    expect(membership.role).toBe("manager");
    expect(membership.teamMembers.map((place) => place.teamId)).toEqual([team.teamId]);
    // The invitation said employee, so the team gets a member, whatever role they have already.
    expect(membership.teamMembers.map((place) => place.isManager)).toEqual([false]);
  });

  it("asks a new person for their name when nobody gave one, and prefers theirs to HR's", async () => {
    const nameless = await invite({ name: undefined });
    const newcomer = await createTestUser({ email: nameless.email, name: null });
    await expect(acceptInvitation({ user: newcomer, token: tokenOf(nameless) })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { yourName: "account:name.errors.required" },
    });
    // Refused before anything was written: still open, no membership.
    expect((await stored(nameless.invitationId)).acceptedAt).toBeNull();
    await acceptInvitation({ user: newcomer, token: tokenOf(nameless), yourName: "Nora Ny" });
    expect((await db.user.findUniqueOrThrow({ where: { id: newcomer.id } })).name).toBe("Nora Ny");

    const named = await invite({ name: "Ida Invitert" });
    const idun = await createTestUser({ email: named.email, name: null });
    await acceptInvitation({ user: idun, token: tokenOf(named), yourName: "Idun Iversen" });
    expect((await db.user.findUniqueOrThrow({ where: { id: idun.id } })).name).toBe("Idun Iversen");

    // Someone Evne already knows by name keeps it; the form does not ask them.
    const known = await createTestUser({ name: "Kjent Person" });
    await acceptInvitation({
      user: known,
      token: tokenOf(await invite({ email: known.email })),
      yourName: "X",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: known.id } })).name).toBe("Kjent Person");
  });
});

describe("resendInvitation and revokeInvitation", () => {
  it("resend gives a new token and a new expiry; the old link stops working, the new one works", async () => {
    const created = await invite();
    const oldToken = tokenOf(created);
    await as(org.members.owner, ({ tx }) =>
      tx.invitation.update({
        where: { organizationId_id: { organizationId: org.id, id: created.invitationId } },
        data: { expiresAt: new Date(Date.now() - 1000) },
      }),
    );
    const resent = await as(hr(), ({ tx, ctx }) =>
      resendInvitation({ tx, ctx, invitationId: created.invitationId }),
    );
    const newToken = tokenOf(resent);
    expect(newToken).not.toBe(oldToken);
    expect(resent.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.99 * 24 * 60 * 60 * 1000);
    expect((await stored(created.invitationId)).tokenHash).toBe(hashInvitationToken(newToken));

    const person = await createTestUser({ email: created.email });
    expect(await findInvitationByToken({ token: oldToken })).toBeNull();
    await expect(acceptInvitation({ user: person, token: oldToken })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await acceptInvitation({ user: person, token: newToken })).toMatchObject({
      orgSlug: org.slug,
      created: true,
    });
    // Accepted: nothing left to resend or revoke.
    await expect(
      as(hr(), ({ tx, ctx }) => resendInvitation({ tx, ctx, invitationId: created.invitationId })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      as(hr(), ({ tx, ctx }) => revokeInvitation({ tx, ctx, invitationId: created.invitationId })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await auditActions(org)).map((entry) => entry.action)).toEqual([
      "invitation.create",
      "invitation.resend",
      "invitation.accept",
    ]);
  });

  it("revoke makes the link unusable; revoking twice records once; the list shows each status", async () => {
    const revoked = await invite();
    const expired = await invite();
    const pending = await invite();
    await as(org.members.owner, ({ tx }) =>
      tx.invitation.update({
        where: { organizationId_id: { organizationId: org.id, id: expired.invitationId } },
        data: { expiresAt: new Date(Date.now() - 1000) },
      }),
    );
    expect(
      await as(hr(), ({ tx, ctx }) => revokeInvitation({ tx, ctx, invitationId: revoked.invitationId })),
    ).toMatchObject({ changed: true });
    expect(
      await as(hr(), ({ tx, ctx }) => revokeInvitation({ tx, ctx, invitationId: revoked.invitationId })),
    ).toMatchObject({ changed: false });
    const person = await createTestUser({ email: revoked.email });
    await expect(acceptInvitation({ user: person, token: tokenOf(revoked) })).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "people:accept.errors.revoked",
    });
    await expect(
      as(hr(), ({ tx, ctx }) => resendInvitation({ tx, ctx, invitationId: revoked.invitationId })),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    // A withdrawn invitation does not block inviting the address again.
    await invite({ email: revoked.email });

    const list = await as(hr(), ({ tx, ctx }) => listInvitations({ tx, ctx }));
    const statusOf = (created: CreatedInvitation) =>
      list.invitations.find((row) => row.id === created.invitationId)?.status;
    expect([statusOf(revoked), statusOf(expired), statusOf(pending)]).toEqual([
      "revoked",
      "expired",
      "pending",
    ]);
    expect(list.counts).toEqual({ pending: 2, accepted: 0, expired: 1, revoked: 1 });
    const onlyExpired = await as(hr(), ({ tx, ctx }) => listInvitations({ tx, ctx, status: "expired" }));
    expect(onlyExpired.invitations.map((row) => row.id)).toEqual([expired.invitationId]);
    expect((await auditActions(org)).filter((entry) => entry.action === "invitation.revoke")).toHaveLength(1);
  });
});

describe("who may", () => {
  it.each<Role>(["manager", "employee"])(
    "refuses the %s role every invitation action and the list (FORBIDDEN)",
    async (role) => {
      const created = await invite();
      const actor = org.members[role];
      const attempts: ((args: { tx: TenantTx; ctx: WorkspaceContext }) => Promise<unknown>)[] = [
        ({ tx, ctx }) => createInvitation({ tx, ctx, input: input() }),
        ({ tx, ctx }) => resendInvitation({ tx, ctx, invitationId: created.invitationId }),
        ({ tx, ctx }) => revokeInvitation({ tx, ctx, invitationId: created.invitationId }),
        ({ tx, ctx }) => listInvitations({ tx, ctx }),
      ];
      for (const attempt of attempts)
        await expect(as(actor, attempt)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect((await stored(created.invitationId)).revokedAt).toBeNull();
    },
  );

  it("answers NOT_FOUND for another organization's invitation, and leaves it alone", async () => {
    const theirs = await invite({}, other.members.owner);
    const attempts: ((args: { tx: TenantTx; ctx: WorkspaceContext }) => Promise<unknown>)[] = [
      ({ tx, ctx }) => resendInvitation({ tx, ctx, invitationId: theirs.invitationId }),
      ({ tx, ctx }) => revokeInvitation({ tx, ctx, invitationId: theirs.invitationId }),
    ];
    for (const attempt of attempts) {
      await expect(as(hr(), attempt)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const list = await as(hr(), ({ tx, ctx }) => listInvitations({ tx, ctx }));
    expect(list.invitations).toEqual([]);
    const untouched = await as(other.members.owner, ({ tx }) =>
      tx.invitation.findUniqueOrThrow({
        where: { organizationId_id: { organizationId: other.id, id: theirs.invitationId } },
      }),
    );
    expect(untouched).toMatchObject({ revokedAt: null, tokenHash: hashInvitationToken(tokenOf(theirs)) });
  });
});
