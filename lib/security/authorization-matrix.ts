// The authorization matrix: for every page, route handler and server action the app has (the
// inventory test reads them from the code and fails on any missing or stale entry), what each of
// five people gets. It is run for real: pages and handlers over HTTP by
// e2e/authorization-matrix.spec.ts, actions through the action pipeline by
// tests/security/action-matrix.int.test.ts. Changing who may do what means changing this file.
//
// The people, all about organization A:
//   anonymous       not signed in
//   employee        employee of A, member of team T1
//   otherManager    manager of team T2 in A (not of T1)
//   admin           admin (HR) of A, in no team
//   otherAdmin      admin of another organization B
// URLs name real things of A: T1, a published program assigned to T1 only (with a statement and
// a resource), an open invitation. An organization a person does not belong to, and anything in
// it, answers 404 (NOT_FOUND), exactly like something that does not exist.

export const personas = ["anonymous", "employee", "otherManager", "admin", "otherAdmin"] as const;
export type Persona = (typeof personas)[number];

/**
 * What a GET (or the given method) answers: a status, "sign-in" (a redirect to the sign-in page
 * that brings the person back to this very URL), or "redirect" (any other redirect).
 */
export type HttpAnswer = 200 | 400 | 401 | 403 | 404 | 415 | 422 | "sign-in" | "redirect";

/**
 * What a server action answers: "allowed" means it got past authorization (it succeeded, or failed
 * on its input or a business rule, never on who asked); otherwise the error code it refused with.
 */
export type ActionAnswer = "allowed" | "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND";

export type Answers<A> = Record<Persona, A>;

/**
 * Placeholders the runs fill with real ids of organization A: {org} {team} {program} {statement}
 * {resource} {image} {token}, and {unsubscribe}: the employee's unsubscribe token for due-date reminders.
 */
export type RouteEntry = {
  /** A URL that reaches the route, e.g. "/nb/o/{org}/teams/{team}". */
  url: string;
  /** More URLs served by the same file (a catch-all), with the same answers. */
  moreUrls?: string[];
  expect: Answers<HttpAnswer>;
  /** Why the answers are what they are, where it is not plain from the permission. */
  note?: string;
};

export type ActionEntry = { expect: Answers<ActionAnswer>; note?: string };

const same = <A>(answer: A): Answers<A> => ({
  anonymous: answer,
  employee: answer,
  otherManager: answer,
  admin: answer,
  otherAdmin: answer,
});

// Rows for the common cases. Order in every row: anonymous, employee, otherManager, admin, otherAdmin.
const row = <A>(anonymous: A, employee: A, otherManager: A, admin: A, otherAdmin: A): Answers<A> => ({
  anonymous,
  employee,
  otherManager,
  admin,
  otherAdmin,
});

/** Public: the same page for everyone. */
const publicPage = same<HttpAnswer>(200);
/** Any signed-in person, in no organization in particular. */
const signedInPage = row<HttpAnswer>("sign-in", 200, 200, 200, 200);
/** Every active member of A (workspace.view, learning.participate). */
const memberPage = row<HttpAnswer>("sign-in", 200, 200, 200, 404);
/** Managers and HR (teams.viewProgress). */
const managerPage = row<HttpAnswer>("sign-in", 404, 200, 200, 404);
/** HR only (members, teams, invitations, programs, audit, settings, the organization's insights). */
const hrPage = row<HttpAnswer>("sign-in", 404, 404, 200, 404);
/** A program assigned to T1 only: its learners, nobody else (HR edits it, but does not learn it). */
const t1LearnerPage = row<HttpAnswer>("sign-in", 200, 404, 404, 404);

// prettier-ignore
export const routeMatrix = {
  pages: {
    "/[lang]": { url: "/nb", expect: publicPage },
    "/[lang]/[...missing]": { url: "/nb/no-such-page", expect: same<HttpAnswer>(404) },
    "/[lang]/library": { url: "/nb/library", expect: publicPage },
    "/[lang]/library/[program]": { url: "/nb/library/handtere-avvisning", expect: publicPage },
    "/[lang]/library/[program]/[statement]": { url: "/nb/library/handtere-avvisning/{libraryStatement}", expect: publicPage },
    "/[lang]/library/[program]/copy": { url: "/nb/library/handtere-avvisning/copy", expect: signedInPage },
    "/[lang]/goodbye": { url: "/nb/goodbye", expect: publicPage },
    "/[lang]/verify": { url: "/nb/verify", expect: publicPage },
    "/[lang]/sign-in": {
      url: "/nb/sign-in",
      expect: row<HttpAnswer>(200, "redirect", "redirect", "redirect", "redirect"),
      note: "Someone signed in is sent on to where they were going.",
    },
    "/[lang]/sign-in/confirm": {
      url: "/nb/sign-in/confirm?token=0123456789abcdef&email=kari%40example.test",
      expect: publicPage,
      note: "Where a sign-in mail's link lands: it only shows a button; opening it signs nobody in (issue 15).",
    },
    "/[lang]/sign-out": { url: "/nb/sign-out", expect: signedInPage },
    "/[lang]/signed-out": {
      url: "/nb/signed-out",
      expect: row<HttpAnswer>(200, "redirect", "redirect", "redirect", "redirect"),
      note: "Where a provider sends a person back after signing them out too (ADR 019); someone signed in is sent to the home page, not told they are signed out.",
    },
    "/[lang]/invitations/[token]": {
      url: "/nb/invitations/{token}",
      expect: publicPage,
      note: "The token is the secret: the page shows the invitation and asks the invited address to sign in; only that address can accept (see the accept action).",
    },
    "/[lang]/unsubscribe": {
      url: "/nb/unsubscribe?token={unsubscribe}",
      expect: publicPage,
      note: "Where a notification mail's unsubscribe link lands: the token is the secret, and opening the page changes nothing (mail scanners open links); its button does (unsubscribeAction). A bad token answers 404 (e2e/unsubscribe.spec.ts).",
    },
    "/[lang]/dev/outbox": {
      url: "/nb/dev/outbox",
      expect: same<HttpAnswer>(404),
      note: "Only for whoever started the app: it opens with the key npm start prints (e2e/auth.spec.ts), and exists only while SMTP_URL is unset; 404 otherwise, to everyone.",
    },
    "/[lang]/orgs": { url: "/nb/orgs", expect: signedInPage },
    "/[lang]/orgs/new": { url: "/nb/orgs/new", expect: signedInPage },
    "/[lang]/o/[org]": { url: "/nb/o/{org}", expect: memberPage },
    "/[lang]/o/[org]/learn": { url: "/nb/o/{org}/learn", expect: memberPage },
    "/[lang]/o/[org]/learn/[programId]": { url: "/nb/o/{org}/learn/{program}", expect: t1LearnerPage },
    "/[lang]/o/[org]/learn/[programId]/growth": { url: "/nb/o/{org}/learn/{program}/growth", expect: t1LearnerPage },
    "/[lang]/o/[org]/learn/[programId]/statements/[statementId]": { url: "/nb/o/{org}/learn/{program}/statements/{statement}", expect: t1LearnerPage },
    "/[lang]/o/[org]/learn/[programId]/resources/[resourceId]": { url: "/nb/o/{org}/learn/{program}/resources/{resource}", expect: t1LearnerPage },
    "/[lang]/o/[org]/challenge": { url: "/nb/o/{org}/challenge", expect: memberPage },
    "/[lang]/o/[org]/me": { url: "/nb/o/{org}/me", expect: memberPage },
    "/[lang]/o/[org]/insights": { url: "/nb/o/{org}/insights", expect: managerPage },
    "/[lang]/o/[org]/insights/teams/[teamId]": {
      url: "/nb/o/{org}/insights/teams/{team}",
      expect: hrPage,
      note: "T1's dashboard: its own managers and HR; the manager of T2 gets 404 like for a team that does not exist.",
    },
    "/[lang]/o/[org]/insights/organization": { url: "/nb/o/{org}/insights/organization", expect: hrPage },
    "/[lang]/o/[org]/members": { url: "/nb/o/{org}/members", expect: hrPage },
    "/[lang]/o/[org]/teams": { url: "/nb/o/{org}/teams", expect: hrPage },
    "/[lang]/o/[org]/teams/[teamId]": { url: "/nb/o/{org}/teams/{team}", expect: hrPage },
    "/[lang]/o/[org]/invitations": { url: "/nb/o/{org}/invitations", expect: hrPage },
    "/[lang]/o/[org]/invitations/import": { url: "/nb/o/{org}/invitations/import", expect: hrPage },
    "/[lang]/o/[org]/programs": { url: "/nb/o/{org}/programs", expect: hrPage },
    "/[lang]/o/[org]/programs/new": { url: "/nb/o/{org}/programs/new", expect: hrPage },
    "/[lang]/o/[org]/programs/import": { url: "/nb/o/{org}/programs/import", expect: hrPage },
    "/[lang]/o/[org]/programs/[programId]": { url: "/nb/o/{org}/programs/{program}", expect: hrPage },
    "/[lang]/o/[org]/programs/[programId]/assignments": { url: "/nb/o/{org}/programs/{program}/assignments", expect: hrPage },
    "/[lang]/o/[org]/programs/[programId]/updates": { url: "/nb/o/{org}/programs/{program}/updates", expect: hrPage },
    "/[lang]/o/[org]/audit": { url: "/nb/o/{org}/audit", expect: hrPage },
    "/[lang]/o/[org]/settings": { url: "/nb/o/{org}/settings", expect: hrPage },
    "/[lang]/o/[org]/settings/sso": {
      url: "/nb/o/{org}/settings/sso",
      expect: row<HttpAnswer>("sign-in", 404, 404, 404, 404),
      note: "Owners only (organization.sso): HR of A is not an owner, so 404 like every other page it may not open.",
    },
  },
  handlers: {
    "GET /api/health": { url: "/api/health", expect: same<HttpAnswer>(200) },
    "GET /api/auth/[...nextauth]": {
      url: "/api/auth/session",
      moreUrls: ["/api/auth/csrf", "/api/auth/providers", "/api/auth/signout"],
      expect: same<HttpAnswer>(200),
      note: "next-auth's own endpoints. A GET of /api/auth/callback/email signs nobody in: it is sent on to the confirmation page, whose button POSTs (e2e/auth.spec.ts).",
    },
    "POST /api/auth/[...nextauth]": {
      url: "/api/auth/signout",
      expect: same<HttpAnswer>("redirect"),
      note: "Without next-auth's CSRF token a POST changes nothing and is sent back to the confirmation page.",
    },
    "POST /api/auth/code": {
      url: "/api/auth/code",
      expect: same<HttpAnswer>("redirect"),
      note: "The one-time code from a sign-in mail; without a valid code it changes nothing and goes back to the verify page (five wrong codes end a mail's code).",
    },
    "GET /api/auth/signed-out": {
      url: "/api/auth/signed-out?state=%2Fnb",
      expect: same<HttpAnswer>("redirect"),
      note: "The post_logout_redirect_uri registered with providers (ADR 019): forwards to the path on this site that `state` names (the signed-out page instead of the home page); reads and changes nothing.",
    },
    "POST /api/auth/sso-route": {
      url: "/api/auth/sso-route",
      expect: same<HttpAnswer>(200),
      note: "Where an address signs in: its organization's provider id when the domain is a verified single sign-on domain, else null; reads nothing else (ADR 016).",
    },
    "POST /api/csp-report": {
      url: "/api/csp-report",
      expect: same<HttpAnswer>(415),
      note: "Browsers' CSP violation reports: anyone may post one, nothing is stored or changed; a form body is refused (415), a report answers 204 (e2e/security-headers.spec.ts).",
    },
    "GET /api/unsubscribe": {
      url: "/api/unsubscribe?token={unsubscribe}",
      expect: same<HttpAnswer>("redirect"),
      note: "The List-Unsubscribe URL opened in a browser: sent on to the unsubscribe page, changing nothing.",
    },
    "POST /api/unsubscribe": {
      url: "/api/unsubscribe?token={unsubscribe}",
      expect: same<HttpAnswer>(400),
      note: "RFC 8058 one-click: without the body List-Unsubscribe=One-Click it changes nothing (400). With it, the token alone turns its one kind of mail off for its one person, with or without a session and from any Origin (lib/account/unsubscribe.int.test.ts, e2e/unsubscribe.spec.ts).",
    },
    "GET /[lang]/o/[org]/me/export": {
      url: "/nb/o/{org}/me/export",
      expect: row<HttpAnswer>(401, 200, 200, 200, 404),
      note: "A download, not a page: signed out answers 401 rather than a redirect.",
    },
    "GET /[lang]/o/[org]/challenge/export": {
      url: "/nb/o/{org}/challenge/export",
      expect: row<HttpAnswer>(401, 200, 200, 200, 404),
      note: "The person's own log only: private to its author (row-level security).",
    },
    "GET /[lang]/o/[org]/audit/export": {
      url: "/nb/o/{org}/audit/export",
      expect: row<HttpAnswer>(404, 404, 404, 200, 404),
      note: "The audit log's CSV: HR of the organization only; everyone else, signed out included, gets 404.",
    },
    "GET /[lang]/o/[org]/insights/export/completion": {
      url: "/nb/o/{org}/insights/export/completion",
      expect: row<HttpAnswer>(404, 404, 404, 200, 404),
      note: "HR's exports answer 404 to everyone else, signed out included.",
    },
    "GET /[lang]/o/[org]/insights/export/completion/[teamId]": {
      url: "/nb/o/{org}/insights/export/completion/{team}",
      expect: row<HttpAnswer>(404, 404, 404, 200, 404),
      note: "T1's completion file: its own managers and HR; the manager of T2, an employee and another organization's HR get 404 like for a team that does not exist.",
    },
    "GET /[lang]/o/[org]/programs/[programId]/export": {
      url: "/nb/o/{org}/programs/{program}/export",
      expect: row<HttpAnswer>(401, 404, 404, 200, 404),
      note: "A program's zip (issue 21): HR of its organization; another organization's HR, with A's program id, gets 404 like for a program that does not exist. A download: signed out answers 401.",
    },
    "GET /o/[org]/images/[imageId]": {
      url: "/o/{org}/images/{image}",
      expect: row<HttpAnswer>(404, 200, 200, 200, 404),
      note: "An image in A's resources: every member of A, as learners read them; everyone else, signed out included, gets 404 (an <img> cannot follow a sign-in page). lib/images/images.int.test.ts checks the headers.",
    },
    "POST /[lang]/o/[org]/programs/[programId]/images": {
      url: "/nb/o/{org}/programs/{program}/images",
      expect: row<HttpAnswer>(401, 404, 404, 422, 404),
      note: "HR's image upload (a route handler: 5 MB is above a server action's 1 MB). A body that is not a multipart form is refused as INVALID (422) and stores nothing; signed out answers 401 like the pipeline's UNAUTHENTICATED, a member without programs.manage 404.",
    },
    "GET /[lang]/o/[org]/insights/export/ratings": {
      url: "/nb/o/{org}/insights/export/ratings",
      expect: row<HttpAnswer>(404, 404, 404, 200, 404),
      note: "HR's exports answer 404 to everyone else, signed out included.",
    },
  },
} satisfies { pages: Record<string, RouteEntry>; handlers: Record<string, RouteEntry> };

/** Any signed-in person, acting on their own account or making something new of their own. */
const signedInAction = row<ActionAnswer>("UNAUTHENTICATED", "allowed", "allowed", "allowed", "allowed");
/** Every active member of A, on their own things (their settings, their challenge). */
const memberAction = row<ActionAnswer>("UNAUTHENTICATED", "allowed", "allowed", "allowed", "NOT_FOUND");
/** The employee's own private rows: RLS hides them from everyone else, so they answer NOT_FOUND. */
const ownPrivateRowAction = row<ActionAnswer>(
  "UNAUTHENTICATED",
  "allowed",
  "NOT_FOUND",
  "NOT_FOUND",
  "NOT_FOUND",
);
/** Learning in the program assigned to T1 only: nobody outside T1 may write to it. */
const t1LearnerAction = row<ActionAnswer>(
  "UNAUTHENTICATED",
  "allowed",
  "NOT_FOUND",
  "NOT_FOUND",
  "NOT_FOUND",
);
/** HR only: a member without the permission is refused before the input is read. */
const hrAction = row<ActionAnswer>("UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "allowed", "NOT_FOUND");
/** Owners only (organization.sso): none of the five is an owner of A. */
const ownerAction = row<ActionAnswer>("UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "NOT_FOUND");
const ownerNote =
  "Single sign-on is the owner's (ADR 016); the owner's own answers are in lib/sso/org-sso.int.test.ts.";

// prettier-ignore
export const actionMatrix = {
  "lib/actions/create-organization.ts#createOrganizationAction": { expect: signedInAction },
  "app/[lang]/library/[program]/copy/page.tsx#createOrganizationThenCopy": {
    expect: signedInAction,
    note: "The copy page's inline action: createOrganizationForCopy, then back to the copy page.",
  },
  "lib/actions/account/delete-account.ts#deleteAccountAction": { expect: signedInAction, note: "Only ever the signed-in person's own account." },
  "lib/actions/account/set-mail-preferences.ts#setMailPreferencesAction": {
    expect: signedInAction,
    note: "The signed-in person's own mail switches, which belong to the account (every organization).",
  },
  "lib/actions/account/unsubscribe.ts#unsubscribeAction": {
    expect: same<ActionAnswer>("allowed"),
    note: "The unsubscribe page's button: the signed token is the authorization, whoever holds it, signed in or not; it turns one kind of mail off for the person it names, nothing else. A bad token is NOT_FOUND.",
  },
  "lib/actions/invitations/accept-invitation.ts#acceptInvitationAction": {
    expect: row<ActionAnswer>("UNAUTHENTICATED", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"),
    note: "The invitation is for another address: only that address may accept it.",
  },
  "lib/actions/account/set-share-ratings.ts#setShareRatingsAction": { expect: memberAction },
  "lib/actions/challenge/save-goal.ts#saveGoalAction": { expect: memberAction },
  "lib/actions/challenge/add-attempt.ts#addAttemptAction": { expect: memberAction },
  "lib/actions/challenge/set-share-count.ts#setShareCountAction": { expect: memberAction },
  "lib/actions/challenge/update-attempt.ts#updateAttemptAction": { expect: ownPrivateRowAction, note: "The employee's attempt." },
  "lib/actions/challenge/delete-attempt.ts#deleteAttemptAction": { expect: ownPrivateRowAction, note: "The employee's attempt." },
  "lib/actions/learning/rate-statement.ts#rateStatementAction": { expect: t1LearnerAction },
  "lib/actions/learning/save-reflection.ts#saveReflectionAction": { expect: t1LearnerAction },
  "lib/actions/learning/set-resource-done.ts#setResourceDoneAction": { expect: t1LearnerAction },
  "lib/actions/insights/mark-help-request-handled.ts#markHelpRequestHandledAction": {
    expect: row<ActionAnswer>("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "allowed", "NOT_FOUND"),
    note: "A help request of the employee in T1: the manager of T2 may handle his own team's, not this one.",
  },
  "lib/actions/insights/update-insight-settings.ts#updateInsightSettingsAction": { expect: hrAction },
  "lib/actions/notifications/update-reminder-settings.ts#updateReminderSettingsAction": { expect: hrAction },
  "lib/actions/sso/save-sso-settings.ts#saveSsoSettingsAction": { expect: ownerAction, note: ownerNote },
  "lib/actions/sso/add-sso-domain.ts#addSsoDomainAction": { expect: ownerAction, note: ownerNote },
  "lib/actions/sso/verify-sso-domain.ts#verifySsoDomainAction": { expect: ownerAction, note: ownerNote },
  "lib/actions/sso/remove-sso-domain.ts#removeSsoDomainAction": { expect: ownerAction, note: ownerNote },
  "lib/actions/sso/disconnect-sso.ts#disconnectSsoAction": {
    expect: ownerAction,
    note: `${ownerNote} Names nothing: only the provider of the organization in the URL.`,
  },
  "lib/actions/change-member-role.ts#changeMemberRoleAction": { expect: hrAction },
  "lib/actions/set-member-status.ts#setMemberStatusAction": { expect: hrAction },
  "lib/actions/bulk-update-members.ts#bulkUpdateMembersAction": {
    expect: hrAction,
    note: "Names a list of memberships of A; one id of another organization refuses the whole batch.",
  },
  "lib/actions/invitations/create-invitation.ts#createInvitationAction": { expect: hrAction },
  "lib/actions/invitations/preview-csv-import.ts#previewCsvImportAction": { expect: hrAction },
  "lib/actions/invitations/import-csv.ts#importCsvAction": { expect: hrAction },
  "lib/actions/invitations/resend-invitation.ts#resendInvitationAction": { expect: hrAction },
  "lib/actions/invitations/revoke-invitation.ts#revokeInvitationAction": { expect: hrAction },
  "lib/actions/invitations/resend-failed-invitations.ts#resendFailedInvitationsAction": {
    expect: hrAction,
    note: "Names nothing: only the failed invitations of the organization in the URL.",
  },
  "lib/actions/teams/create-team.ts#createTeamAction": { expect: hrAction },
  "lib/actions/teams/rename-team.ts#renameTeamAction": { expect: hrAction },
  "lib/actions/teams/delete-team.ts#deleteTeamAction": { expect: hrAction },
  "lib/actions/teams/add-team-member.ts#addTeamMemberAction": { expect: hrAction },
  "lib/actions/teams/remove-team-member.ts#removeTeamMemberAction": { expect: hrAction },
  "lib/actions/teams/set-team-manager.ts#setTeamManagerAction": { expect: hrAction },
  "lib/actions/programs/copy-library-program.ts#copyLibraryProgramAction": { expect: hrAction, note: "The organization travels in the form (orgSlug), resolved like a URL's." },
  "lib/actions/programs/create-program.ts#createProgramAction": { expect: hrAction, note: "Duplicates a program of A: from B, A's program is not found." },
  "lib/actions/programs/import-program.ts#importProgramAction": { expect: hrAction, note: "The zip is unpacked only after the permission is checked; the run sends a file that is not a zip, so nothing is made." },
  "lib/actions/programs/update-program-details.ts#updateProgramDetailsAction": { expect: hrAction },
  "lib/actions/programs/set-program-status.ts#setProgramStatusAction": { expect: hrAction },
  "lib/actions/programs/set-program-archived.ts#setProgramArchivedAction": { expect: hrAction },
  "lib/actions/programs/add-statement.ts#addStatementAction": { expect: hrAction },
  "lib/actions/programs/update-statement.ts#updateStatementAction": { expect: hrAction },
  "lib/actions/programs/add-resource.ts#addResourceAction": { expect: hrAction },
  "lib/actions/programs/update-resource.ts#updateResourceAction": { expect: hrAction },
  "lib/actions/programs/move-program-item.ts#moveProgramItemAction": { expect: hrAction },
  "lib/actions/programs/set-item-hidden.ts#setItemHiddenAction": { expect: hrAction },
  "lib/actions/programs/delete-program-item.ts#deleteProgramItemAction": { expect: hrAction },
  "lib/actions/programs/apply-library-update.ts#applyLibraryUpdateAction": { expect: hrAction },
  "lib/actions/programs/assign-program.ts#assignProgramAction": { expect: hrAction },
  "lib/actions/programs/change-assignment-due-date.ts#changeAssignmentDueDateAction": { expect: hrAction },
  "lib/actions/programs/remove-assignment.ts#removeAssignmentAction": { expect: hrAction },
} satisfies Record<string, ActionEntry>;

export type PageKey = keyof typeof routeMatrix.pages;
export type HandlerKey = keyof typeof routeMatrix.handlers;
export type ActionKey = keyof typeof actionMatrix;
