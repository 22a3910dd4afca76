// The authorization matrix for server actions: every action of lib/security/authorization-matrix.ts
// through the real pipeline and Postgres (application role, row-level security), as each of the
// five people, with only the session stubbed. Inputs are valid and name real things of
// organization A, so that checks that depend on the object (whose help request, which program is
// assigned to whom) run. "allowed" means the action got past authorization: it succeeded, or
// failed on a business rule or its input, never on who asked. Each action gets a fresh world; the
// people run in the order below, so the one allowed write comes last.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import { actionPermission } from "@/lib/actions/pipeline";
import { setShareRatingsAction } from "@/lib/actions/account/set-share-ratings";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { setMailPreferencesAction } from "@/lib/actions/account/set-mail-preferences";
import { unsubscribeAction } from "@/lib/actions/account/unsubscribe";
import { addAttemptAction } from "@/lib/actions/challenge/add-attempt";
import { deleteAttemptAction } from "@/lib/actions/challenge/delete-attempt";
import { saveGoalAction } from "@/lib/actions/challenge/save-goal";
import { setShareCountAction } from "@/lib/actions/challenge/set-share-count";
import { updateAttemptAction } from "@/lib/actions/challenge/update-attempt";
import { bulkUpdateMembersAction } from "@/lib/actions/bulk-update-members";
import { changeMemberRoleAction } from "@/lib/actions/change-member-role";
import { createOrganizationAction } from "@/lib/actions/create-organization";
import { markHelpRequestHandledAction } from "@/lib/actions/insights/mark-help-request-handled";
import { updateInsightSettingsAction } from "@/lib/actions/insights/update-insight-settings";
import { updateReminderSettingsAction } from "@/lib/actions/notifications/update-reminder-settings";
import { addSsoDomainAction } from "@/lib/actions/sso/add-sso-domain";
import { disconnectSsoAction } from "@/lib/actions/sso/disconnect-sso";
import { removeSsoDomainAction } from "@/lib/actions/sso/remove-sso-domain";
import { saveSsoSettingsAction } from "@/lib/actions/sso/save-sso-settings";
import { verifySsoDomainAction } from "@/lib/actions/sso/verify-sso-domain";
import { acceptInvitationAction } from "@/lib/actions/invitations/accept-invitation";
import { createInvitationAction } from "@/lib/actions/invitations/create-invitation";
import { importCsvAction } from "@/lib/actions/invitations/import-csv";
import { previewCsvImportAction } from "@/lib/actions/invitations/preview-csv-import";
import { resendFailedInvitationsAction } from "@/lib/actions/invitations/resend-failed-invitations";
import { resendInvitationAction } from "@/lib/actions/invitations/resend-invitation";
import { revokeInvitationAction } from "@/lib/actions/invitations/revoke-invitation";
import { rateStatementAction } from "@/lib/actions/learning/rate-statement";
import { saveReflectionAction } from "@/lib/actions/learning/save-reflection";
import { setResourceDoneAction } from "@/lib/actions/learning/set-resource-done";
import { addResourceAction } from "@/lib/actions/programs/add-resource";
import { addStatementAction } from "@/lib/actions/programs/add-statement";
import { applyLibraryUpdateAction } from "@/lib/actions/programs/apply-library-update";
import { assignProgramAction } from "@/lib/actions/programs/assign-program";
import { changeAssignmentDueDateAction } from "@/lib/actions/programs/change-assignment-due-date";
import { copyLibraryProgramAction } from "@/lib/actions/programs/copy-library-program";
import { createProgramAction } from "@/lib/actions/programs/create-program";
import { setProgramArchivedAction } from "@/lib/actions/programs/set-program-archived";
import { importProgramAction } from "@/lib/actions/programs/import-program";
import { createOrganizationForCopy } from "@/lib/actions/programs/create-organization-for-copy";
import { deleteProgramItemAction } from "@/lib/actions/programs/delete-program-item";
import { moveProgramItemAction } from "@/lib/actions/programs/move-program-item";
import { removeAssignmentAction } from "@/lib/actions/programs/remove-assignment";
import { setItemHiddenAction } from "@/lib/actions/programs/set-item-hidden";
import { setProgramStatusAction } from "@/lib/actions/programs/set-program-status";
import { updateProgramDetailsAction } from "@/lib/actions/programs/update-program-details";
import { updateResourceAction } from "@/lib/actions/programs/update-resource";
import { updateStatementAction } from "@/lib/actions/programs/update-statement";
import { setMemberStatusAction } from "@/lib/actions/set-member-status";
import { addTeamMemberAction } from "@/lib/actions/teams/add-team-member";
import { createTeamAction } from "@/lib/actions/teams/create-team";
import { deleteTeamAction } from "@/lib/actions/teams/delete-team";
import { removeTeamMemberAction } from "@/lib/actions/teams/remove-team-member";
import { renameTeamAction } from "@/lib/actions/teams/rename-team";
import { setTeamManagerAction } from "@/lib/actions/teams/set-team-manager";
import { addAttempt } from "@/lib/challenge/add-attempt";
import { todayIso } from "@/lib/challenge/challenge-dates";
import { withTenant } from "@/lib/db/tenant";
import {
  addTeam,
  askForHelp,
  asOwner,
  assignToTeams,
  buildInsightOrganization,
  type InsightOrganization,
} from "@/lib/insights/testing/insight-fixtures";
import { hashInvitationToken, newInvitationToken } from "@/lib/invitations/invitation-token";
import {
  addTestMember,
  buildOrganization,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe-token";
import { can } from "@/lib/permissions/permissions";
import type { Role } from "@/lib/permissions/roles";
import { FLAGSHIP, seedTestLibrary } from "@/lib/programs/testing/program-fixtures";
import {
  actionMatrix,
  personas,
  type ActionAnswer,
  type ActionEntry,
  type ActionKey,
  type Persona,
} from "@/lib/security/authorization-matrix";
import { setupTestDatabase } from "@/tests/db";
import { digestOf, form, signIn } from "@/tests/support/action-session";

vi.mock("@/lib/auth/session", () => ({ getSessionUser: vi.fn(), requireSessionUser: vi.fn() }));
vi.mock("next/cache", () => ({ refresh: vi.fn(), revalidatePath: vi.fn() }));

const database = setupTestDatabase();

type World = {
  a: InsightOrganization;
  b: TestOrganization;
  people: Record<Persona, TestMember | null>;
  t1: string;
  t2: string;
  statementId: string;
  /** A statement of the program with reflection prompts. */
  reflectionStatementId: string;
  resourceId: string;
  helpRequestId: string;
  attemptId: string;
  invitationId: string;
  invitationToken: string;
  assignmentId: string;
  /** An employee of A in no team, whom the member and team actions act on. */
  target: TestMember;
};

async function buildWorld(): Promise<World> {
  const a = await buildInsightOrganization();
  const b = await buildOrganization();
  const { employee, manager } = a.members;
  const t1 = await addTeam(a, [employee.membershipId], undefined, "T1");
  const t2 = await addTeam(a, [], manager, "T2");
  await assignToTeams(a, [t1]);
  const statement = a.statements[0]!;
  const target = await addTestMember(a, "employee");
  const help = await askForHelp(a, employee.membershipId, statement);
  const attempt = await withTenant(employee.ctx, (tx) =>
    addAttempt({
      tx,
      ctx: employee.ctx,
      input: {
        occurredOn: todayIso(),
        area: "work",
        ask: "A raise",
        outcome: "no",
        feelingBefore: 3,
        feelingAfter: 3,
        lesson: "",
        requestKey: randomUUID(),
      },
    }),
  );
  const invitationToken = newInvitationToken();
  const [invitation, assignment] = await asOwner(a, async (tx) => [
    await tx.invitation.create({
      data: {
        organizationId: a.id,
        email: `invitee-${randomUUID()}@example.test`,
        role: "employee",
        teamIds: [],
        tokenHash: hashInvitationToken(invitationToken),
        expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
      },
      select: { id: true },
    }),
    await tx.assignment.findFirstOrThrow({ where: { teamId: t1 }, select: { id: true } }),
  ]);
  const withPrompts = await asOwner(a, (tx) =>
    tx.programStatement.findMany({
      where: { programId: a.programId },
      select: { id: true, reflectionPrompts: true },
    }),
  );
  const reflectionStatement = withPrompts.find(
    (entry) => Array.isArray(entry.reflectionPrompts) && entry.reflectionPrompts.length > 0,
  );
  if (!reflectionStatement) throw new Error("the flagship has no statement with reflection prompts");
  return {
    a,
    b,
    people: {
      anonymous: null,
      employee,
      otherManager: manager,
      admin: a.members.admin,
      otherAdmin: b.members.admin,
    },
    t1,
    t2,
    statementId: statement.id,
    reflectionStatementId: reflectionStatement.id,
    resourceId: statement.resources[0]!.id,
    helpRequestId: help.id,
    attemptId: attempt.attemptId,
    invitationId: invitation.id,
    invitationToken,
    assignmentId: assignment.id,
    target,
  };
}

type Run = (world: World, orgSlug: string) => Promise<ActionResult<unknown>>;
type Runner = {
  run: Run;
  /** The input names things of A (ids): the admin of B is also tried in B's own workspace with them. */
  namesObjectsOfA?: boolean;
};

const scope = (orgSlug: string) => ({ lang: "en", orgSlug });
const attemptFields = () => ({
  occurredOn: todayIso(),
  area: "social",
  ask: "Can I join?",
  outcome: "no",
  feelingBefore: "2",
  feelingAfter: "4",
});
const newName = () => `Name ${randomUUID().slice(0, 8)}`;

/** One runner per action in the matrix: the action, its valid input, in A's workspace (or B's). */
const runners: Record<ActionKey, Runner> = {
  "lib/actions/create-organization.ts#createOrganizationAction": {
    run: () =>
      createOrganizationAction(
        { lang: "en" },
        null,
        form({ name: newName(), slug: "", defaultLanguage: "en" }),
      ),
  },
  "app/[lang]/library/[program]/copy/page.tsx#createOrganizationThenCopy": {
    run: () =>
      createOrganizationForCopy(
        FLAGSHIP,
        { lang: "en" },
        null,
        form({ name: newName(), slug: "", defaultLanguage: "en" }),
      ),
  },
  "lib/actions/account/delete-account.ts#deleteAccountAction": {
    // Another address than the person's own: refused as a mismatch, after authorization, and nobody is deleted.
    run: () => deleteAccountAction({ lang: "en" }, null, form({ email: "not-me@example.test" })),
  },
  "lib/actions/account/set-mail-preferences.ts#setMailPreferencesAction": {
    run: () =>
      setMailPreferencesAction(
        { lang: "en" },
        null,
        form({ assigned: "true", dueReminder: "false", rateAgain: "true", digest: "true" }),
      ),
  },
  "lib/actions/account/unsubscribe.ts#unsubscribeAction": {
    // The employee's link, in whoever's hands: it works the same, and only for the employee.
    run: (w) =>
      unsubscribeAction(
        { lang: "en" },
        null,
        form({ token: unsubscribeToken({ userId: w.a.members.employee.id, kind: "dueReminder" }) }),
      ),
  },
  "lib/actions/invitations/accept-invitation.ts#acceptInvitationAction": {
    run: (w) => acceptInvitationAction({ lang: "en" }, null, form({ token: w.invitationToken })),
  },
  "lib/actions/account/set-share-ratings.ts#setShareRatingsAction": {
    run: (_w, org) => setShareRatingsAction(scope(org), null, form({ share: "true" })),
  },
  "lib/actions/challenge/save-goal.ts#saveGoalAction": {
    run: (_w, org) =>
      saveGoalAction(scope(org), null, form({ preset: "10", startsOn: todayIso(), endsOn: todayIso() })),
  },
  "lib/actions/challenge/add-attempt.ts#addAttemptAction": {
    run: (_w, org) =>
      addAttemptAction(scope(org), null, form({ ...attemptFields(), requestKey: randomUUID() })),
  },
  "lib/actions/challenge/set-share-count.ts#setShareCountAction": {
    run: (_w, org) => setShareCountAction(scope(org), null, form({ share: "true" })),
  },
  "lib/actions/challenge/update-attempt.ts#updateAttemptAction": {
    run: (w, org) =>
      updateAttemptAction(scope(org), null, form({ ...attemptFields(), attemptId: w.attemptId })),
    namesObjectsOfA: true,
  },
  "lib/actions/challenge/delete-attempt.ts#deleteAttemptAction": {
    run: (w, org) => deleteAttemptAction(scope(org), null, form({ attemptId: w.attemptId })),
    namesObjectsOfA: true,
  },
  "lib/actions/learning/rate-statement.ts#rateStatementAction": {
    run: (w, org) =>
      rateStatementAction(
        scope(org),
        null,
        form({ statementId: w.statementId, level: "2", requestKey: randomUUID() }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/learning/save-reflection.ts#saveReflectionAction": {
    run: (w, org) =>
      saveReflectionAction(
        scope(org),
        null,
        form({ statementId: w.reflectionStatementId, promptIndex: "0", text: "Mine" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/learning/set-resource-done.ts#setResourceDoneAction": {
    run: (w, org) =>
      setResourceDoneAction(scope(org), null, form({ resourceId: w.resourceId, done: "true" })),
    namesObjectsOfA: true,
  },
  "lib/actions/insights/mark-help-request-handled.ts#markHelpRequestHandledAction": {
    run: (w, org) => markHelpRequestHandledAction(scope(org), null, form({ helpRequestId: w.helpRequestId })),
    namesObjectsOfA: true,
  },
  "lib/actions/insights/update-insight-settings.ts#updateInsightSettingsAction": {
    run: (_w, org) =>
      updateInsightSettingsAction(scope(org), null, form({ minimumGroupSize: "4", ratingRefreshDays: "20" })),
  },
  "lib/actions/notifications/update-reminder-settings.ts#updateReminderSettingsAction": {
    run: (_w, org) =>
      updateReminderSettingsAction(scope(org), null, form({ daysBefore: "3", overdue: "true" })),
  },
  "lib/actions/sso/save-sso-settings.ts#saveSsoSettingsAction": {
    run: (_w, org) =>
      saveSsoSettingsAction(
        scope(org),
        null,
        form({ issuer: "https://idp.example.com", clientId: "evne", clientSecret: "s3cret" }),
      ),
  },
  "lib/actions/sso/add-sso-domain.ts#addSsoDomainAction": {
    run: (_w, org) => addSsoDomainAction(scope(org), null, form({ domain: "matrix.example.com" })),
  },
  "lib/actions/sso/verify-sso-domain.ts#verifySsoDomainAction": {
    run: (_w, org) => verifySsoDomainAction(scope(org), null, form({ domainId: randomUUID() })),
  },
  "lib/actions/sso/remove-sso-domain.ts#removeSsoDomainAction": {
    run: (_w, org) => removeSsoDomainAction(scope(org), null, form({ domainId: randomUUID() })),
  },
  "lib/actions/sso/disconnect-sso.ts#disconnectSsoAction": {
    run: (_w, org) => disconnectSsoAction(scope(org), null, form({})),
  },
  "lib/actions/change-member-role.ts#changeMemberRoleAction": {
    run: (w, org) =>
      changeMemberRoleAction(
        scope(org),
        null,
        form({ membershipId: w.target.membershipId, role: "manager" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/set-member-status.ts#setMemberStatusAction": {
    run: (w, org) =>
      setMemberStatusAction(
        scope(org),
        null,
        form({ membershipId: w.target.membershipId, status: "deactivated" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/bulk-update-members.ts#bulkUpdateMembersAction": {
    run: (w, org) =>
      bulkUpdateMembersAction(
        scope(org),
        null,
        form({ operation: "changeRole", membershipIds: w.target.membershipId, role: "manager" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/invitations/create-invitation.ts#createInvitationAction": {
    run: (_w, org) =>
      createInvitationAction(
        scope(org),
        null,
        form({ email: `new-${randomUUID()}@example.test`, role: "employee" }),
      ),
  },
  "lib/actions/invitations/preview-csv-import.ts#previewCsvImportAction": {
    run: (_w, org) =>
      previewCsvImportAction(
        scope(org),
        null,
        form({ csv: `email,name\nnew-${randomUUID()}@example.test,New\n` }),
      ),
  },
  "lib/actions/invitations/import-csv.ts#importCsvAction": {
    run: (_w, org) =>
      importCsvAction(scope(org), null, form({ csv: `email,name\nnew-${randomUUID()}@example.test,New\n` })),
  },
  "lib/actions/invitations/resend-invitation.ts#resendInvitationAction": {
    run: (w, org) => resendInvitationAction(scope(org), null, form({ invitationId: w.invitationId })),
    namesObjectsOfA: true,
  },
  "lib/actions/invitations/revoke-invitation.ts#revokeInvitationAction": {
    run: (w, org) => revokeInvitationAction(scope(org), null, form({ invitationId: w.invitationId })),
    namesObjectsOfA: true,
  },
  "lib/actions/invitations/resend-failed-invitations.ts#resendFailedInvitationsAction": {
    run: (_w, org) => resendFailedInvitationsAction(scope(org), null, form({})),
  },
  "lib/actions/teams/create-team.ts#createTeamAction": {
    run: (_w, org) => createTeamAction(scope(org), null, form({ name: newName() })),
  },
  "lib/actions/teams/rename-team.ts#renameTeamAction": {
    run: (w, org) => renameTeamAction(scope(org), null, form({ teamId: w.t1, name: newName() })),
    namesObjectsOfA: true,
  },
  "lib/actions/teams/delete-team.ts#deleteTeamAction": {
    run: (w, org) => deleteTeamAction(scope(org), null, form({ teamId: w.t2 })),
    namesObjectsOfA: true,
  },
  "lib/actions/teams/add-team-member.ts#addTeamMemberAction": {
    run: (w, org) =>
      addTeamMemberAction(scope(org), null, form({ teamId: w.t1, membershipId: w.target.membershipId })),
    namesObjectsOfA: true,
  },
  "lib/actions/teams/remove-team-member.ts#removeTeamMemberAction": {
    run: (w, org) =>
      removeTeamMemberAction(
        scope(org),
        null,
        form({ teamId: w.t1, membershipId: w.a.members.employee.membershipId }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/teams/set-team-manager.ts#setTeamManagerAction": {
    run: (w, org) =>
      setTeamManagerAction(
        scope(org),
        null,
        form({ teamId: w.t1, membershipId: w.a.members.employee.membershipId, isManager: "true" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/copy-library-program.ts#copyLibraryProgramAction": {
    run: (_w, org) =>
      copyLibraryProgramAction(
        { lang: "en" },
        null,
        form({ orgSlug: org, programSlug: FLAGSHIP, requestKey: randomUUID(), again: "true" }),
      ),
  },
  "lib/actions/programs/create-program.ts#createProgramAction": {
    run: (w, org) =>
      createProgramAction(scope(org), null, form({ duplicateOf: w.a.programId, requestKey: randomUUID() })),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/import-program.ts#importProgramAction": {
    run: (_w, org) => {
      const input = form({ requestKey: randomUUID() });
      input.set("file", new File(["not a zip"], "program.zip", { type: "application/zip" }));
      return importProgramAction(scope(org), null, input);
    },
  },
  "lib/actions/programs/update-program-details.ts#updateProgramDetailsAction": {
    run: (w, org) =>
      updateProgramDetailsAction(
        scope(org),
        null,
        form({ programId: w.a.programId, language: "nb", lockVersion: "0", title: newName() }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/set-program-status.ts#setProgramStatusAction": {
    run: (w, org) =>
      setProgramStatusAction(scope(org), null, form({ programId: w.a.programId, status: "draft" })),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/set-program-archived.ts#setProgramArchivedAction": {
    // Restoring a program that is not archived changes nothing, and needs the same rights.
    run: (w, org) =>
      setProgramArchivedAction(scope(org), null, form({ programId: w.a.programId, archived: "false" })),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/add-statement.ts#addStatementAction": {
    run: (w, org) =>
      addStatementAction(
        scope(org),
        null,
        form({ programId: w.a.programId, language: "nb", kind: "know", text: "Ny" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/update-statement.ts#updateStatementAction": {
    run: (w, org) =>
      updateStatementAction(
        scope(org),
        null,
        form({ statementId: w.statementId, language: "nb", lockVersion: "0", text: "Endret", kind: "know" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/add-resource.ts#addResourceAction": {
    run: (w, org) =>
      addResourceAction(
        scope(org),
        null,
        form({ statementId: w.statementId, language: "nb", title: "Ny", body: "Tekst" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/update-resource.ts#updateResourceAction": {
    run: (w, org) =>
      updateResourceAction(
        scope(org),
        null,
        form({ resourceId: w.resourceId, language: "nb", lockVersion: "0", title: "Endret", body: "Tekst" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/move-program-item.ts#moveProgramItemAction": {
    run: (w, org) =>
      moveProgramItemAction(
        scope(org),
        null,
        form({ itemType: "statement", itemId: w.statementId, direction: "down" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/set-item-hidden.ts#setItemHiddenAction": {
    run: (w, org) =>
      setItemHiddenAction(
        scope(org),
        null,
        form({ itemType: "resource", itemId: w.resourceId, hidden: "true" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/delete-program-item.ts#deleteProgramItemAction": {
    run: (w, org) =>
      deleteProgramItemAction(scope(org), null, form({ itemType: "resource", itemId: w.resourceId })),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/apply-library-update.ts#applyLibraryUpdateAction": {
    run: (w, org) =>
      applyLibraryUpdateAction(
        scope(org),
        null,
        form({ programId: w.a.programId, fromVersion: "1", toVersion: "1" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/assign-program.ts#assignProgramAction": {
    run: (w, org) =>
      assignProgramAction(
        scope(org),
        null,
        form({ programId: w.a.programId, audience: "teams", teamIds: w.t2 }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/change-assignment-due-date.ts#changeAssignmentDueDateAction": {
    run: (w, org) =>
      changeAssignmentDueDateAction(
        scope(org),
        null,
        form({ assignmentId: w.assignmentId, dueDate: "2030-01-31" }),
      ),
    namesObjectsOfA: true,
  },
  "lib/actions/programs/remove-assignment.ts#removeAssignmentAction": {
    run: (w, org) => removeAssignmentAction(scope(org), null, form({ assignmentId: w.assignmentId })),
    namesObjectsOfA: true,
  },
};

const refusals = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);

/** The matrix's term for what happened. A redirect after success (Next's thrown NEXT_REDIRECT) is allowed. */
async function answer(run: () => Promise<ActionResult<unknown>>): Promise<ActionAnswer | string> {
  let result: ActionResult<unknown>;
  try {
    result = await run();
  } catch (error) {
    if (digestOf(error).startsWith("NEXT_REDIRECT")) return "allowed";
    throw error;
  }
  if (result.ok) return "allowed";
  return refusals.has(result.code) ? (result.code as ActionAnswer) : "allowed";
}

beforeAll(async () => {
  await seedTestLibrary(database.owner);
});

it("has a runner for every action in the matrix, and none for actions it does not list", () => {
  expect(Object.keys(runners).sort()).toEqual(Object.keys(actionMatrix).sort());
});

/** The role of each person who is a member of A (the matrix's header); the others are not members. */
const roleInA = { employee: "employee", otherManager: "manager", admin: "admin" } as const satisfies Partial<
  Record<Persona, Role>
>;

/** Actions outside any workspace: a signed-in person's own account, or a token's. They declare no permission. */
const outsideWorkspaces = new Set<ActionKey>([
  "lib/actions/create-organization.ts#createOrganizationAction",
  "app/[lang]/library/[program]/copy/page.tsx#createOrganizationThenCopy",
  "lib/actions/account/delete-account.ts#deleteAccountAction",
  "lib/actions/account/set-mail-preferences.ts#setMailPreferencesAction",
  "lib/actions/account/unsubscribe.ts#unsubscribeAction",
  "lib/actions/invitations/accept-invitation.ts#acceptInvitationAction",
]);

// The permission a workspace action checks is the one its use case declares (ADR 038); here it is
// read from the action itself and held against the matrix, so a use case whose permission drifts
// from what the matrix expects fails before any action runs.
it("expects of every workspace action what the permission its use case declares allows", async () => {
  const disagreements: string[] = [];
  for (const [key, entry] of Object.entries(actionMatrix) as [ActionKey, ActionEntry][]) {
    if (outsideWorkspaces.has(key)) continue;
    const [file, name] = key.split("#") as [string, string];
    const exported = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, object>;
    const permission = actionPermission(exported[name]!);
    if (!permission) {
      disagreements.push(`${key}: declares no permission (not a workspace action?)`);
      continue;
    }
    const expected: Partial<Record<Persona, string>> = {
      anonymous: "UNAUTHENTICATED",
      otherAdmin: "NOT_FOUND",
    };
    for (const [persona, role] of Object.entries(roleInA) as [keyof typeof roleInA, Role][]) {
      const answer = entry.expect[persona];
      // Without the permission the pipeline refuses before reading anything; with it, never FORBIDDEN.
      if (!can(role, permission) && answer !== "FORBIDDEN")
        disagreements.push(`${key}: ${persona} (${role}) lacks ${permission} but is expected ${answer}`);
      if (can(role, permission) && answer === "FORBIDDEN")
        disagreements.push(`${key}: ${persona} (${role}) has ${permission} but is expected FORBIDDEN`);
    }
    for (const [persona, answer] of Object.entries(expected) as [Persona, string][])
      if (entry.expect[persona] !== answer)
        disagreements.push(`${key}: ${persona} is expected ${entry.expect[persona]}, not ${answer}`);
  }
  expect(disagreements).toEqual([]);
});

for (const [key, entry] of Object.entries(actionMatrix) as [ActionKey, (typeof actionMatrix)[ActionKey]][]) {
  describe(key.split("#")[1]!, () => {
    let world: World;
    beforeAll(async () => {
      world = await buildWorld();
    });

    // One test per action: the people in matrix order, so the allowed write (HR, the employee) comes last.
    it(`answers ${personas.map((persona) => `${persona}: ${entry.expect[persona]}`).join(", ")}`, async () => {
      const actual: Record<string, ActionAnswer | string> = {};
      for (const persona of [...personas].sort((x, y) => rank(entry.expect[x]) - rank(entry.expect[y]))) {
        signIn(world.people[persona]);
        actual[persona] = await answer(() => runners[key].run(world, world.a.slug));
      }
      expect(actual).toEqual(entry.expect);
    });

    if (runners[key].namesObjectsOfA)
      it("refuses A's ids to the admin of B in B's own workspace", async () => {
        signIn(world.people.otherAdmin);
        const result = await runners[key].run(world, world.b.slug);
        expect(result).toMatchObject({ ok: false, code: expect.stringMatching(/^(NOT_FOUND|INVALID)$/) });
      });
  });
}

/** Refusals first, then the allowed calls (which may change the world). */
function rank(answer: ActionAnswer): number {
  return answer === "allowed" ? 1 : 0;
}
