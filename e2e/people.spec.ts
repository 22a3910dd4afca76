// Teams, invitations and the CSV import, end to end: HR builds a team and invites people (by
// form and by CSV), an invitee accepts from the outbox, and nobody without the right reaches any
// of it. Signs in with the login() fixture; copy comes from the locale files.
import type { Page } from "@playwright/test";
import nbAccount from "@/locales/nb/account.json";
import enPeople from "@/locales/en/people.json";
import nbPeople from "@/locales/nb/people.json";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { copy } from "./support/copy";
import { expect, SESSION_COOKIE, test } from "./support/login";
import { actAs, addMember, fill, inOrganization, unique } from "./support/people";
import { createOrganization } from "./support/organizations";
import { screenshot } from "./support/screenshot";
import { outboxPath, queueSettled, waitForMails } from "./support/outbox";

const people = { nb: nbPeople, en: enPeople } as const;

/** The accept link in the newest invitation mail to `email`, as a path on this server. */
async function invitationPathFromOutbox(page: Page, email: string, orgName: string): Promise<string> {
  await queueSettled();
  await page.goto(await outboxPath("nb"));
  const mail = page
    .getByRole("article")
    .filter({ hasText: email })
    .filter({
      has: page.getByRole("heading", { name: fill(nbPeople.mail.subject, { org: orgName, app: "Evne" }) }),
    })
    .first();
  const href = await mail.getByRole("link", { name: /\/nb\/invitations\// }).getAttribute("href");
  if (!href) throw new Error(`no invitation mail to ${email}`);
  return new URL(href).pathname;
}

test("HR makes a team, invites an employee by form and a manager by CSV; both accept from the outbox, the manager leads the team, and the audit log shows it", async ({
  page,
  context,
  login,
  baseURL,
}, testInfo) => {
  test.slow();
  const t = people.nb;
  const hr = await login({ name: `Hanne HR ${unique()}` });
  const orgName = `Fjordlys ${unique()}`;
  const slug = await createOrganization(page, orgName);
  const workspaceNav = page.getByRole("navigation", { name: copy.nb.workspace.nav });

  // Teams: the empty page says what to do; a new team opens its own page.
  await workspaceNav.getByRole("link", { name: t.nav.teams }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.teams.title);
  await expect(page.getByText(t.teams.empty.title)).toBeVisible();
  await page.getByLabel(t.teams.create.label).fill("Kundeservice");
  await page.getByRole("button", { name: t.teams.create.submit }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kundeservice");
  await expect(page.getByText(t.teams.members.empty)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "people-team-nb");
  // The same name again is refused on its field.
  await workspaceNav.getByRole("link", { name: t.nav.teams }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.teams.title);
  await page.getByLabel(t.teams.create.label).fill("kundeservice");
  await page.getByRole("button", { name: t.teams.create.submit }).click();
  await expect(page.getByLabel(t.teams.create.label)).toHaveAccessibleDescription(
    new RegExp(t.teams.errors.nameTaken),
  );
  await page.goto(`/nb/o/${slug}/teams`);
  await expect(page.getByRole("link", { name: /Kundeservice/ })).toContainText(
    fill(t.teams.learnerCount_other, { count: 0 }),
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "people-teams-nb");

  // One invitation by the form, into the team.
  const formInvitee = `ida-${unique()}@evne.test`;
  await workspaceNav.getByRole("link", { name: t.nav.invitations }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.invitations.title);
  await expect(page.getByText(t.invitations.list.empty)).toBeVisible();
  await page.getByLabel(t.invitations.form.email).fill(formInvitee.toUpperCase());
  await page.getByLabel(t.invitations.form.name).fill("Ida Invitert");
  await page.getByRole("radio", { name: new RegExp(copy.nb.roles.employee) }).check();
  await page.getByRole("checkbox", { name: "Kundeservice" }).check();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "people-invite-form-nb");
  await page.getByRole("button", { name: t.invitations.form.submit }).click();
  await expect(
    page.getByRole("status").filter({ hasText: fill(t.invitations.sentTo, { email: formInvitee }) }),
  ).toBeVisible();
  const invited = page.getByRole("listitem").filter({ hasText: "Ida Invitert" });
  await expect(invited).toContainText(t.invitations.status.pending);
  await expect(invited).toContainText(fill(t.invitations.list.teams, { teams: "Kundeservice" }));

  // Many by CSV: the preview names the problem row by its number, and nothing is sent before confirming.
  const csvInvitee = `jonas-${unique()}@evne.test`;
  await page.getByRole("link", { name: t.invitations.csv.action }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.import.title);
  await page.getByLabel(t.import.file.label).setInputFiles({
    name: "ansatte.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      `E-post;Navn;Rolle;Team\n${csvInvitee};Jonas Berg;leder;kundeservice\nikke-en-adresse;Feil Rad;ansatt;\n`,
    ),
  });
  await page.getByRole("button", { name: t.import.file.submit }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: fill(t.import.preview.title, { file: "ansatte.csv" }) }),
  ).toBeFocused();
  await expect(page.getByText(fill(t.import.preview.ready_one, { count: 1 }))).toBeVisible();
  await expect(page.getByText(fill(t.import.preview.problem_one, { count: 1 }))).toBeVisible();
  const problemRow = page
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "3", exact: true }) });
  await expect(problemRow).toContainText(fill(t.import.problems.emailInvalid, { value: "ikke-en-adresse" }));
  await expect(page.getByRole("row").filter({ hasText: csvInvitee })).toContainText(t.import.outcomes.ready);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "people-csv-preview-nb");
  await page.getByRole("button", { name: fill(t.import.confirm_one, { count: 1 }) }).click();
  await expect(page.getByRole("heading", { level: 2, name: t.import.done.title })).toBeVisible();
  await expect(page.getByText(fill(t.import.done.imported_one, { count: 1 }))).toBeVisible();
  await expect(page.getByText(fill(t.import.done.withProblems_one, { count: 1 }))).toBeVisible();
  // The same file again invites nobody twice.
  await page.getByRole("button", { name: t.import.done.another }).click();
  await page.getByLabel(t.import.file.label).setInputFiles({
    name: "ansatte.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`E-post;Navn;Rolle;Team\n${csvInvitee};Jonas Berg;leder;kundeservice\n`),
  });
  await page.getByRole("button", { name: t.import.file.submit }).click();
  await expect(page.getByText(fill(t.import.preview.alreadyInvited_one, { count: 1 }))).toBeVisible();
  await expect(page.getByText(t.import.preview.nothingToImport)).toBeVisible();
  await page.getByRole("link", { name: t.import.back }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Jonas Berg" })).toContainText(
    t.invitations.status.pending,
  );

  // Signed in as HR, the invitee's link says it is for another address.
  const csvPath = await invitationPathFromOutbox(page, csvInvitee, orgName);
  await page.goto(csvPath);
  await expect(page.getByRole("alert").filter({ hasText: t.accept.wrongAddress.title })).toBeVisible();
  await expect(
    page.getByRole("button", { name: fill(t.accept.wrongAddress.switch, { email: csvInvitee }) }),
  ).toBeVisible();

  // The invitee: the link from the outbox, signed out first, then signed in with the invited address.
  const formPath = await invitationPathFromOutbox(page, formInvitee, orgName);
  await page.goto("about:blank");
  await context.clearCookies({ name: SESSION_COOKIE });
  await page.goto(formPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fill(t.accept.title, { org: orgName }));
  await expect(page.getByText(fill(t.accept.teams, { teams: "Kundeservice" }))).toBeVisible();
  const signIn = page.getByRole("link", { name: t.accept.signIn });
  await expect(signIn).toHaveAttribute(
    "href",
    `/nb/sign-in?callbackUrl=${encodeURIComponent(formPath)}&email=${encodeURIComponent(formInvitee)}`,
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "people-accept-signed-out-nb");
  // Signing in to accept starts with the invited address filled in.
  await signIn.click();
  await expect(page.getByLabel(copy.nb.auth.signIn.emailLabel)).toHaveValue(formInvitee);

  await page.goto("about:blank");
  const invitee = await login({ email: formInvitee });
  await page.goto(formPath);
  await expect(page.getByText(fill(t.accept.signedInAs, { email: formInvitee }))).toBeVisible();
  // New to Evne, they join with their own name: HR's spelling offered, theirs kept.
  const yourName = page.getByLabel(nbAccount.name.label);
  await expect(yourName).toHaveValue("Ida Invitert");
  await yourName.fill("");
  await page.getByRole("button", { name: fill(t.accept.accept, { org: orgName }) }).click();
  await expect(page.locator("#main").getByRole("alert")).toContainText(nbAccount.name.errors.required);
  await expect(yourName).toHaveAttribute("aria-invalid", "true");
  await yourName.fill("Ida Invitert-Hansen");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "people-accept-nb");
  await page.getByRole("button", { name: fill(t.accept.accept, { org: orgName }) }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/o/${slug}$`));
  await expect(
    page.getByText(copy.nb.orgs.yourRole.replace("{{role}}", copy.nb.roles.employee)),
  ).toBeVisible();
  // Used: opening the link again just points into the workspace.
  await page.goto(formPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    fill(t.accept.alreadyMember.title, { org: orgName }),
  );

  // HR sees them in the team, and the invitation as accepted.
  await actAs(page, context, baseURL, hr);
  await page.goto(`/nb/o/${slug}/teams`);
  await page.getByRole("link", { name: /Kundeservice/ }).click();
  const member = page.getByRole("listitem").filter({ hasText: formInvitee });
  await expect(member).toContainText("Ida Invitert-Hansen");
  await expect(member).toContainText(copy.nb.roles.employee);
  await expect(page.getByText(fill(t.teams.pendingInvitations_one, { count: 1 }))).toBeVisible();
  await page.goto(`/nb/o/${slug}/invitations?status=accepted`);
  await expect(page.getByRole("listitem").filter({ hasText: "Ida Invitert" })).toContainText(
    t.invitations.status.accepted,
  );
  expect(invitee.email).toBe(formInvitee);

  // The manager invited by CSV accepts as well.
  const csvUser = await login({ email: csvInvitee });
  await actAs(page, context, baseURL, csvUser);
  await page.goto(csvPath);
  await page.getByRole("button", { name: fill(t.accept.accept, { org: orgName }) }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/o/${slug}$`));
  await expect(
    page.getByText(copy.nb.orgs.yourRole.replace("{{role}}", copy.nb.roles.manager)),
  ).toBeVisible();

  // Invited as a manager into the team, they lead it from the start (issue 18); HR can still change it.
  await actAs(page, context, baseURL, hr);
  await page.goto(`/nb/o/${slug}/teams`);
  await expect(page.getByText(fill(t.teams.managers_one, { names: "Jonas Berg" }))).toBeVisible();
  await page.getByRole("link", { name: /Kundeservice/ }).click();
  // The team manager reads "Leder" once, not "Leder Leder"; who may lead is said once for the team,
  // not on each employee's row (issue 18).
  const jonas = page.getByRole("listitem").filter({ hasText: "Jonas Berg" });
  await expect(jonas.getByText(t.teams.members.manager, { exact: true })).toHaveCount(1);
  await expect(page.getByText(t.teams.members.mayNotLead)).toHaveCount(1);
  await page
    .getByRole("button", { name: fill(t.teams.members.unsetManagerName, { name: "Jonas Berg" }) })
    .click();
  await expect(
    page.getByRole("button", { name: fill(t.teams.members.makeManagerName, { name: "Jonas Berg" }) }),
  ).toBeVisible();
  await page.goto(`/nb/o/${slug}/audit`);
  const log = page.getByRole("main");
  const actions = copy.nb.audit.actions;
  await expect(log).toContainText(
    fill(actions.team.manager.unset, { actor: hr.name ?? "", target: "Jonas Berg", team: "Kundeservice" }),
  );
  await expect(log).toContainText(fill(actions.invitation.accept, { actor: "Jonas Berg" }));
  await expect(log).toContainText(fill(actions.invitation.accept, { actor: "Ida Invitert-Hansen" }));
  await expect(log).toContainText(fill(actions.team.create, { actor: hr.name ?? "", name: "Kundeservice" }));
});

test("HR resends and withdraws an invitation; the old and the withdrawn links stop working", async ({
  page,
  login,
}) => {
  const t = people.en;
  await login({ name: `Rita ${unique()}` });
  const orgName = `Nordavind ${unique()}`;
  const slug = await createOrganization(page, orgName);
  const email = `sam-${unique()}@evne.test`;
  await page.goto(`/en/o/${slug}/invitations`);
  await page.getByLabel(t.invitations.form.email).fill(email);
  await page.getByRole("button", { name: t.invitations.form.submit }).click();
  await expect(
    page.getByRole("status").filter({ hasText: fill(t.invitations.sentTo, { email }) }),
  ).toBeVisible();
  const first = await invitationPathFromOutbox(page, email, orgName);

  await page.goto(`/en/o/${slug}/invitations`);
  const card = page.getByRole("listitem").filter({ hasText: email });
  await card.getByRole("button", { name: fill(t.invitations.actions.resendName, { email }) }).click();
  await expect(card.getByRole("status")).toHaveText(t.invitations.resent);
  const second = await invitationPathFromOutbox(page, email, orgName);
  expect(second).not.toBe(first);
  // The mail and its page are in the organization's language (Norwegian here).
  await page.goto(first);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nbPeople.accept.invalid.title);

  await page.goto(`/en/o/${slug}/invitations`);
  await card.getByRole("button", { name: fill(t.invitations.actions.revokeName, { email }) }).click();
  const dialog = page.getByRole("dialog", {
    name: fill(t.invitations.actions.confirmRevoke.title, { email }),
  });
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: t.invitations.actions.revoke }).click();
  await expect(card).toContainText(t.invitations.status.revoked);
  await page.goto(second);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nbPeople.accept.revoked.title);
  await expectNoSeriousA11yViolations(page);
});

test("an invitation whose mail failed says why, and HR sends every failed one again in one click", async ({
  page,
  login,
}, testInfo) => {
  const t = people.en;
  const hr = await login({ name: `Frida ${unique()}` });
  const orgName = `Skodde ${unique()}`;
  const slug = await createOrganization(page, orgName);
  const emails = [`lost-${unique()}@evne.test`, `late-${unique()}@evne.test`];
  await page.goto(`/en/o/${slug}/invitations`);
  for (const email of emails) {
    await page.getByLabel(t.invitations.form.email).fill(email);
    await page.getByRole("button", { name: t.invitations.form.submit }).click();
    await expect(
      page.getByRole("status").filter({ hasText: fill(t.invitations.sentTo, { email }) }),
    ).toBeVisible();
  }
  await queueSettled();
  // What the worker writes when the mail server refused one address for good and keeps failing
  // for the other (lib/mail/mail-queue.ts); tested against a real mail server in
  // lib/mail/mail-queue-smtp.int.test.ts.
  await inOrganization(slug, hr, (client) =>
    client.query(
      `update "Invitation" set "mailSentAt" = null,
              "mailError" = case when email = $1 then '550 5.1.1 No such mailbox' else 'ETIMEDOUT: Greeting never received' end,
              "mailFailedAt" = case when email = $1 then now() else null end
        where email = any($2::text[])`,
      [emails[0], emails],
    ),
  );
  await page.reload();
  const lost = page.getByRole("listitem").filter({ hasText: emails[0] });
  await expect(lost).toContainText(
    fill(t.invitations.mailFailed.failed, { reason: "550 5.1.1 No such mailbox" }),
  );
  await expect(page.getByRole("listitem").filter({ hasText: emails[1] })).toContainText(
    fill(t.invitations.mailFailed.retrying, { reason: "ETIMEDOUT: Greeting never received" }),
  );
  await expect(page.getByText(fill(t.invitations.mailFailed.title_one, { count: 1 }))).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "people-invitations-mail-failed-en");

  await page.getByRole("button", { name: t.invitations.mailFailed.action_one }).click();
  await expect(
    page.getByRole("status").filter({ hasText: fill(t.invitations.mailFailed.resent_one, { count: 1 }) }),
  ).toBeVisible();
  await expect(page.getByText(fill(t.invitations.mailFailed.title_one, { count: 1 }))).toHaveCount(0);
  await waitForMails(emails[0]!, 2);
  await page.reload();
  await expect(lost).not.toContainText(
    fill(t.invitations.mailFailed.failed, { reason: "550 5.1.1 No such mailbox" }),
  );
});

test("teams and invitations answer 404 to another organization, an employee and a manager", async ({
  page,
  context,
  login,
  baseURL,
}) => {
  const t = people.nb;
  const employee = await login({ name: "Eva Ansatt" });
  const manager = await login({ name: "Magnus Leder" });
  const outsider = await login({ name: "Olav Utenfor" });
  const owner = await login({ name: `Eier ${unique()}` });
  const slug = await createOrganization(page, `Skjermet ${unique()}`);
  await page.goto(`/nb/o/${slug}/teams`);
  await page.getByLabel(t.teams.create.label).fill("Lager");
  await page.getByRole("button", { name: t.teams.create.submit }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lager");
  const teamPath = new URL(page.url()).pathname;
  await addMember(slug, owner, employee, "employee");
  await addMember(slug, owner, manager, "manager");
  // The outsider is HR of their own organization: allowed there, nothing here.
  await actAs(page, context, baseURL, outsider);
  const theirSlug = await createOrganization(page, `Utenfor ${unique()}`);
  const teamId = teamPath.split("/").at(-1);
  expect(
    (await page.goto(`/nb/o/${theirSlug}/teams/${teamId}`))?.status(),
    "our team through their workspace",
  ).toBe(404);
  expect((await page.goto(`/nb/o/${theirSlug}/teams`))?.status()).toBe(200);

  const paths = [
    `/nb/o/${slug}/teams`,
    teamPath,
    `/nb/o/${slug}/invitations`,
    `/nb/o/${slug}/invitations/import`,
  ];
  for (const person of [outsider, employee, manager]) {
    await actAs(page, context, baseURL, person);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), `${person.name}: ${path}`).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.nb.errors.notFound.title);
    }
  }
  // Members see no way to them either.
  await actAs(page, context, baseURL, employee);
  await page.goto(`/nb/o/${slug}`);
  const nav = page.getByRole("navigation", { name: copy.nb.workspace.nav });
  await expect(nav.getByRole("link", { name: t.nav.teams })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: t.nav.invitations })).toHaveCount(0);
});
