// XSS corpus (e2e/support/xss-payloads.ts) in every people field, viewed by HR on every page that
// shows it: no dialog, no window.__xss, no CSP violation or report, no markup from a payload in
// <main>, and the payload shown back as text.
//
// Writable fields, from the zod inputs (lib/**/*-input.ts) and the forms, and where they are covered:
//   User.name (set from an invitation's name on accept)  this file: members, teams, team page,
//       team insights, audit log (actor), invitations (invited by) ; xss-learning: CSV export
//   Organization.name (orgs/new, organization-input.ts)  this file: org home, /orgs, header, audit
//   Team.name (create/rename, team-input.ts)            this file: teams, team page, title, insights,
//       invitation form and list, audit log ; xss-learning: assignments page, CSV export
//   Invitation.name/email (invitation-input.ts)         this file: invitations list, audit log
//   CSV import cells (csv-import-input.ts)              this file: the preview table
//   Member search q (members page, reflected)           this file
//   Program title/tagline/summary/quote, statement text, resource title and Markdown body
//       (program-input.ts)                               xss-learning, program-xss (editor UI)
//   Rating note, reflection (learning-input.ts)          xss-learning
//   Challenge attempt ask/lesson (challenge-input.ts)    xss-learning (the goal is numbers and dates)
//   Help requests carry no text; insight settings and account inputs are numbers, flags, an email.
import type { Page } from "@playwright/test";
import nbPeople from "@/locales/nb/people.json";
import { addPeopleNamed, addTeamsNamed, addToTeam } from "@/lib/insights/testing/insight-fixtures";
import { addOpenInvitations } from "@/lib/invitations/testing/invitation-fixtures";
import { addAuditEntries } from "@/lib/orgs/testing/build-organization";
import { organizationOf } from "./support/arrange";
import { copy } from "./support/copy";
import { expect, test } from "./support/login";
import { fill, unique } from "./support/people";
import { createOrganization } from "./support/organizations";
import { screenshot } from "./support/screenshot";
import { oneLinePayloads, payloadChunks, watchForScripts } from "./support/xss-payloads";

const t = nbPeople;
const HUNDRED = oneLinePayloads.slice(0, 100);
/** Payloads to find again on a page as text (whitespace as typed, nothing a browser would fold). */
const SPOT = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(3)">',
  "{{constructor.constructor('alert(46)')()}}",
];

const main = (page: Page) => page.getByRole("main");

test("HR sees 100 payload names, teams, invitations and audit entries as text, and nothing runs", async ({
  page,
  login,
}, testInfo) => {
  test.setTimeout(90_000);
  expect(HUNDRED).toHaveLength(100);
  const guard = watchForScripts(page);
  await guard.installed;
  const hr = await login({ name: "<img src=x onerror=alert('hr')>" });
  const orgName = `<svg onload=alert(0)> ${unique()}`;
  const slug = await createOrganization(page, orgName);

  // 100 people, 100 teams (all people in the first, the first person its manager), 100 invitations
  // into two of the teams, 50 audit entries each naming two teams and a payload-named actor.
  const org = await organizationOf(slug, hr);
  const { userIds, membershipIds } = await addPeopleNamed(org, HUNDRED, { lastActivityAt: new Date() });
  const teamIds = await addTeamsNamed(org, HUNDRED);
  await addToTeam(org, teamIds[0]!, membershipIds, 1);
  await addOpenInvitations(
    org,
    HUNDRED.map((name) => ({ name, teamIds: [teamIds[0]!, teamIds[1]!] })),
  );
  await addAuditEntries(
    org,
    Array.from({ length: 50 }, (_, index) => ({
      actorId: userIds[index]!,
      action: "team.rename" as const,
      targetType: "team",
      data: { from: HUNDRED[2 * index]!, to: HUNDRED[2 * index + 1]! },
    })),
  );

  const visit = async (path: string, where: string, texts: readonly string[]) => {
    await page.goto(path);
    for (const text of texts) await expect(main(page), `${where}: ${text}`).toContainText(text);
    await guard.expectNoScriptRan(where);
  };
  const base = `/nb/o/${slug}`;
  await visit(base, "org home", [orgName]);
  // The organization switcher above <main> names it too.
  await expect(page.locator("body")).toContainText(orgName);
  await visit("/nb/orgs", "my organizations", [orgName]);
  await visit(`${base}/members`, "members page 1", [SPOT[0]!]);
  await visit(`${base}/members?page=2`, "members page 2", []);
  await visit(`${base}/members?q=${encodeURIComponent("<script>alert('q')</script>")}`, "member search", []);
  await visit(`${base}/teams`, "teams", SPOT);
  await screenshot(page, testInfo, "xss-teams-nb");
  await visit(`${base}/teams/${teamIds[0]}`, "team page", [HUNDRED[0]!, SPOT[1]!]);
  expect(await page.title()).toContain(HUNDRED[0]);
  await visit(`${base}/invitations`, "invitations page 1", [HUNDRED[99]!]);
  await visit(`${base}/invitations?page=2`, "invitations page 2", [HUNDRED[0]!]);
  await visit(`${base}/audit`, "audit log", [SPOT[0]!, HUNDRED[99]!]);
  await screenshot(page, testInfo, "xss-audit-nb");
  await visit(`${base}/insights`, "insights", [HUNDRED[0]!]);
  await visit(`${base}/insights/teams/${teamIds[0]}`, "team insights", [HUNDRED[0]!]);
});

test("payloads typed into the people forms (organization, team, invitation, CSV import) are stored and shown as text", async ({
  page,
  login,
}, testInfo) => {
  test.setTimeout(90_000);
  const guard = watchForScripts(page);
  await guard.installed;
  await login({ name: `Hanne HR ${unique()}` });
  const orgName = `"><script>alert(49)</script> ${unique()}`;
  const slug = await createOrganization(page, orgName);
  await guard.expectNoScriptRan("new organization");
  const base = `/nb/o/${slug}`;

  // Team: created and renamed through the forms.
  const [first, renamed] = payloadChunks(80);
  await page.goto(`${base}/teams`);
  await page.getByLabel(t.teams.create.label).fill(first!);
  await page.getByRole("button", { name: t.teams.create.submit }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first!);
  await guard.expectNoScriptRan("team created");
  await page.getByLabel(t.teams.rename.label, { exact: true }).fill(renamed!);
  await page.getByRole("button", { name: t.teams.rename.submit }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed!);
  await guard.expectNoScriptRan("team renamed");

  // Invitation by the form: a payload name, into the payload team.
  const inviteeName = "<img src=x onerror=alert('invitee')>";
  await page.goto(`${base}/invitations`);
  await page.getByLabel(t.invitations.form.email).fill(`xss-${unique()}@evne.test`);
  await page.getByLabel(t.invitations.form.name).fill(inviteeName);
  await page.getByRole("radio", { name: new RegExp(copy.nb.roles.employee) }).check();
  await page.getByRole("checkbox", { name: renamed! }).check();
  await page.getByRole("button", { name: t.invitations.form.submit }).click();
  await expect(page.getByRole("listitem").filter({ hasText: inviteeName })).toContainText(
    fill(t.invitations.list.teams, { teams: renamed! }),
  );
  await guard.expectNoScriptRan("invitation sent");

  // CSV import: every payload as a name cell, as a team cell and (invalid) as an address cell.
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const rows = oneLinePayloads.map((payload, index) =>
    [index % 2 ? payload : `csv-${index}-${unique()}@evne.test`, payload, "ansatt", payload]
      .map(quote)
      .join(";"),
  );
  await page.goto(`${base}/invitations/import`);
  await page.getByLabel(t.import.file.label).setInputFiles({
    name: "<svg onload=alert('file')>.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`E-post;Navn;Rolle;Team\n${rows.join("\n")}\n`),
  });
  await page.getByRole("button", { name: t.import.file.submit }).click();
  const preview = page.getByRole("table");
  await expect(preview.getByRole("row")).toHaveCount(oneLinePayloads.length + 1);
  for (const text of SPOT) await expect(preview).toContainText(text);
  await guard.expectNoScriptRan("CSV preview");
  await screenshot(page, testInfo, "xss-csv-preview-nb");

  // The audit log names the team (old and new) and the invitee as text.
  await page.goto(`${base}/audit`);
  for (const text of [first!, renamed!, inviteeName, orgName]) await expect(main(page)).toContainText(text);
  await guard.expectNoScriptRan("audit log after the forms");
});
