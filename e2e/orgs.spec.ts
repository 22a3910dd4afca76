// Organizations and their workspaces: create one, land in it, manage members, and nobody from
// outside gets in. Signs in with the login() fixture; copy comes from the locale files.
import { expectNoSeriousA11yViolations } from "./support/a11y";
import enAccount from "@/locales/en/account.json";
import nbAccount from "@/locales/nb/account.json";
import { copy } from "./support/copy";
import { expect, test } from "./support/login";
import { actAs, addMember, fill, unique } from "./support/people";
import { createOrganization } from "./support/organizations";
import { screenshot } from "./support/screenshot";

const account = { nb: nbAccount, en: enAccount };

for (const lang of ["nb", "en"] as const) {
  test(`a new person creates an organization in ${lang} and lands in its workspace`, async ({
    page,
    login,
  }, testInfo) => {
    const t = copy[lang];
    // Signed up by mail a moment ago: Evne has no name for them yet, so the form asks for it.
    const person = await login({ name: null, language: lang });
    const id = unique();
    const personName = `Kari ${id}`;

    await page.goto(`/${lang}/orgs`);
    await expect(page.getByRole("heading", { level: 2, name: t.orgs.empty.title })).toBeVisible();
    await page.getByRole("link", { name: t.orgs.create }).click();
    await expect(page).toHaveURL(`/${lang}/orgs/new`);
    await expect(page).toHaveTitle(new RegExp(t.orgs.new.metaTitle));

    const yourName = page.getByLabel(account[lang].name.label);
    await expect(yourName).toHaveValue("");
    await page.getByLabel(t.orgs.new.name).fill(`Blåbær Økonomi ${id}`);
    await page.getByRole("button", { name: t.orgs.new.submit }).click();
    await expect(yourName).toHaveAttribute("aria-invalid", "true");
    await expect(yourName).toBeFocused();
    await expect(page.getByLabel(t.orgs.new.name)).toHaveValue(`Blåbær Økonomi ${id}`);
    await yourName.fill(personName);
    await expect(page.getByLabel(t.orgs.new.slug)).toHaveValue(`blabaer-okonomi-${id}`);
    await expect(page.getByRole("radio", { name: "English" })).toBeChecked({ checked: lang === "en" });
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `org-new-${lang}`);

    await page.getByRole("button", { name: t.orgs.new.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/o/blabaer-okonomi-${id}$`));
    // The header, rendered on the server with the page, already says who they are now.
    await expect(page.getByRole("group", { name: t.auth.menu.label })).toContainText(personName);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t.workspace.home.title.replace("{{org}}", `Blåbær Økonomi ${id}`),
    );
    const workspaceNav = page.getByRole("navigation", { name: t.workspace.nav });
    await expect(workspaceNav.getByRole("link", { name: t.workspace.overview })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByText(t.orgs.yourRole.replace("{{role}}", t.roles.owner))).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `org-overview-${lang}`);

    await workspaceNav.getByRole("link", { name: t.workspace.members }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.members.title);
    const owner = page.getByRole("row").filter({ hasText: personName });
    await expect(owner).toContainText(person.email);
    await expect(owner).toContainText(t.roles.owner);
    await expect(owner).toContainText(`(${t.members.you})`);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `org-members-${lang}`);

    await page.goto(`/${lang}/orgs`);
    await expect(page.getByRole("link", { name: new RegExp(`Blåbær Økonomi ${id}`) })).toBeVisible();
  });
}

test("someone from outside the organization gets 404 on every workspace page", async ({
  page,
  context,
  login,
  baseURL,
}) => {
  await login({ name: "Owner" });
  const slug = await createOrganization(page, `Private ${unique()}`, "en");

  const outsider = await login({ name: "Outsider" });
  await actAs(page, context, baseURL, outsider);
  for (const path of ["", "/members", "/audit"]) {
    const response = await page.goto(`/en/o/${slug}${path}`);
    expect(response?.status(), `/en/o/${slug}${path}`).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.en.errors.notFound.title);
  }
  // An organization that does not exist answers exactly the same.
  expect((await page.goto(`/en/o/no-such-organization-${unique()}`))?.status()).toBe(404);
  await expectNoSeriousA11yViolations(page);
});

test("signed out, a workspace sends you to sign in and back", async ({ page }) => {
  await page.goto("/en/o/some-organization/members");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fo%2Fsome-organization%2Fmembers/);
});

test("a taken address is refused on its field, translated, with focus on it", async ({ page, login }) => {
  await login();
  const name = `Fjellbris ${unique()}`;
  const slug = await createOrganization(page, name, "nb");

  await page.goto("/nb/orgs/new");
  await page.getByLabel(copy.nb.orgs.new.name).fill(`${name} Bergen`);
  await page.getByLabel(copy.nb.orgs.new.slug).fill(slug);
  await page.getByRole("button", { name: copy.nb.orgs.new.submit }).click();
  const slugField = page.getByLabel(copy.nb.orgs.new.slug);
  await expect(slugField).toBeFocused();
  await expect(slugField).toHaveAttribute("aria-invalid", "true");
  await expect(slugField).toHaveAccessibleDescription(new RegExp(copy.nb.orgs.errors.slugTaken));
  await expect(page.getByRole("alert").filter({ hasText: copy.nb.orgs.errors.slugTaken })).toBeVisible();
  // What was typed is still there.
  await expect(page.getByLabel(copy.nb.orgs.new.name)).toHaveValue(`${name} Bergen`);
  await expectNoSeriousA11yViolations(page);
});

test("the switcher moves between a person's organizations", async ({ page, login }) => {
  await login();
  const first = `Alfa ${unique()}`;
  const second = `Beta ${unique()}`;
  const firstSlug = await createOrganization(page, first, "en");
  await createOrganization(page, second, "en");
  // A native disclosure (<summary>): it has no ARIA role to select it by.
  await page.locator("summary").filter({ hasText: second }).click();
  const switcher = page.getByRole("navigation", { name: copy.en.orgs.switcher.label });
  await expect(switcher.getByRole("link", { name: new RegExp(second) })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await switcher.getByRole("link", { name: new RegExp(first) }).click();
  await expect(page).toHaveURL(new RegExp(`/en/o/${firstSlug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    copy.en.workspace.home.title.replace("{{org}}", first),
  );
});

test("HR changes a role and deactivates a member, who loses access on the next request", async ({
  page,
  context,
  login,
  baseURL,
}, testInfo) => {
  const t = copy.en;
  const colleague = await login({ name: `Ola ${unique()}` });
  const owner = await login({ name: `Kari ${unique()}` });
  const slug = await createOrganization(page, `Havbris ${unique()}`, "en");
  await addMember(slug, owner, colleague, "employee");

  await actAs(page, context, baseURL, colleague);
  expect((await page.goto(`/en/o/${slug}`))?.status()).toBe(200);
  expect((await page.goto(`/en/o/${slug}/members`))?.status(), "employees do not see the member list").toBe(
    404,
  );

  await actAs(page, context, baseURL, owner);
  await page.goto(`/en/o/${slug}/members`);
  const row = page.getByRole("row").filter({ hasText: colleague.name! });
  const bulk = page.getByRole("region", { name: new RegExp(t.members.bulk.title) });
  // Nothing selected: nothing to confirm.
  await expect(bulk.getByRole("button", { name: t.members.bulk.review })).toBeDisabled();
  await row.getByRole("checkbox", { name: fill(t.members.selectName, { name: colleague.name! }) }).check();
  await bulk
    .getByLabel(t.members.bulk.operation)
    .selectOption({ label: t.members.bulk.operations.changeRole });
  await bulk.getByLabel(t.members.bulk.role).selectOption({ label: t.roles.manager });
  await bulk.getByRole("button", { name: t.members.bulk.review }).click();
  const roleDialog = page.getByRole("dialog", {
    name: fill(t.members.bulk.confirm.title.changeRole_one, { count: 1 }),
  });
  await expect(roleDialog).toContainText(colleague.name!);
  await roleDialog.getByRole("button", { name: t.members.bulk.operations.changeRole }).click();
  await expect(bulk.getByRole("status")).toHaveText(t.members.bulk.done.changeRole);
  await expect(row).toContainText(t.roles.manager);
  await screenshot(page, testInfo, "org-members-manage-en");

  await row.getByRole("checkbox", { name: fill(t.members.selectName, { name: colleague.name! }) }).check();
  await bulk
    .getByLabel(t.members.bulk.operation)
    .selectOption({ label: t.members.bulk.operations.deactivate });
  await bulk.getByRole("button", { name: t.members.bulk.review }).click();
  const dialog = page.getByRole("dialog", {
    name: fill(t.members.bulk.confirm.title.deactivate_one, { count: 1 }),
  });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: t.members.bulk.operations.deactivate }).click();
  await expect(bulk.getByRole("status")).toHaveText(t.members.bulk.done.deactivate);
  await expect(row).toContainText(t.members.status.deactivated);

  await actAs(page, context, baseURL, colleague);
  expect((await page.goto(`/en/o/${slug}`))?.status(), "deactivated: the very next request").toBe(404);

  await actAs(page, context, baseURL, owner);
  await page.goto(`/en/o/${slug}/audit`);
  const log = page.getByRole("list").filter({ hasText: colleague.name! });
  await expect(log).toContainText(
    t.audit.actions.membership.deactivate
      .replace("{{actor}}", owner.name!)
      .replace("{{target}}", colleague.name!),
  );
  await expect(log).toContainText(
    t.audit.actions.membership.role
      .replace("{{actor}}", owner.name!)
      .replace("{{target}}", colleague.name!)
      .replace("{{from}}", t.roles.employee)
      .replace("{{to}}", t.roles.manager),
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "org-audit-en");
  // Filtered to one person, on a phone: readable without sideways scrolling.
  await page.getByLabel(t.audit.filters.person).fill(colleague.email);
  await page.getByRole("button", { name: t.audit.filters.apply }).click();
  await expect(page.locator("main ol > li")).toHaveCount(2);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "org-audit-phone-en");
});

test("a signed-in page arrives with its account corner: the browser asks nothing more for the session", async ({
  page,
  login,
}) => {
  const person = await login({ name: `Server ${unique()}` });
  const asked: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/auth/session")) asked.push(request.url());
  });
  // In the HTML itself, not filled in later: no "Sign in" shown to someone signed in.
  const html = await (await page.request.get("/nb/orgs")).text();
  expect(html).toContain(person.name!);
  expect(html).not.toContain(`>${copy.nb.nav.signIn}<`);
  await page.goto("/nb/orgs");
  await expect(page.getByRole("group", { name: copy.nb.auth.menu.label })).toContainText(person.name!);
  await page.goto("/nb/library");
  await expect(page.getByRole("group", { name: copy.nb.auth.menu.label })).toContainText(person.name!);
  expect(asked).toEqual([]);
});
