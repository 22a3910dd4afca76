// "Copy to your organization" and HR's program administration, from the public library page to a
// published, assigned copy. Signs in with the login() fixture; copy comes from the locale files.
import nbAccount from "@/locales/nb/account.json";
import { outboxPath, waitForMails } from "./support/outbox";
import enLearning from "@/locales/en/learning.json";
import enPrograms from "@/locales/en/programs.json";
import enPeople from "@/locales/en/people.json";
import nbPeople from "@/locales/nb/people.json";
import nbLearning from "@/locales/nb/learning.json";
import nbPrograms from "@/locales/nb/programs.json";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { copy } from "./support/copy";
import { libraryCopy } from "./support/library-copy";
import { expect, test } from "./support/login";
import { actAs, addMember, fill, unique } from "./support/people";
import { copyIntoNewOrganization, FLAGSHIP } from "./support/programs";
import { screenshot } from "./support/screenshot";

const peopleCopy = { nb: nbPeople, en: enPeople } as const;

test("a visitor copies the flagship into a new organization, edits, publishes and assigns it (nb)", async ({
  page,
  context,
  login,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const t = nbPrograms;
  const owner = await login({ name: `Kari ${unique()}`, language: "nb" });
  const orgName = `Fjordkraft ${unique()}`;
  const { slug, editorPath } = await copyIntoNewOrganization(page, "nb", orgName, { testInfo });

  // The copy, as a draft, with all eight statements.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Håndtere avvisning");
  await expect(
    page.getByRole("status").filter({ hasText: fill(t.editor.copied, { org: orgName }) }),
  ).toBeVisible();
  await expect(page.getByText(t.status.draft, { exact: true })).toBeVisible();
  const statements = page.getByRole("region", { name: fill(t.editor.statementsTitle_other, { count: 8 }) });
  await expect(statements.getByRole("listitem")).toHaveCount(8);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-editor-nb");

  // Edit one resource's text; the preview follows as it is typed, and the text is there after a reload.
  const added = `Vårt eget tillegg ${unique()}: snakk med lederen din.`;
  const openResource = async () => {
    const statement = statements.getByRole("listitem").filter({ hasText: "Jeg kan prosessere avvisning" });
    await statement.locator("summary").first().click();
    const resource = statement.getByRole("listitem").first();
    await resource.locator("summary").click();
    return resource;
  };
  let resource = await openResource();
  const body = resource.getByRole("textbox", { name: t.editor.fields.resourceBody, exact: true });
  await body.fill(`${await body.inputValue()}\n\n${added}`);
  await resource.getByRole("button", { name: t.editor.showPreview }).click();
  await expect(resource.getByRole("region", { name: t.editor.preview })).toContainText(added);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-editor-resource-nb");
  await resource.getByRole("button", { name: t.editor.saveResource }).click();
  await expect(resource.getByRole("status")).toHaveText(t.editor.saved);
  await page.reload();
  resource = await openResource();
  await expect(
    resource.getByRole("textbox", { name: t.editor.fields.resourceBody, exact: true }),
  ).toHaveValue(new RegExp(added));

  // Publish.
  await page.getByRole("button", { name: t.status.publish }).click();
  await expect(page.getByRole("status").filter({ hasText: t.status.publishedNow })).toBeVisible();
  await expect(page.getByRole("button", { name: t.status.unpublish })).toBeVisible();

  // A team with the owner in it, made on the teams page.
  const people = peopleCopy.nb;
  await page.goto(`/nb/o/${slug}/teams`);
  await page.getByLabel(people.teams.create.label).fill("Salg");
  await page.getByRole("button", { name: people.teams.create.submit }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Salg");
  // The only person who can join: the owner.
  await page.getByLabel(people.teams.add.label, { exact: true }).selectOption({ index: 1 });
  await page.getByRole("button", { name: people.teams.add.submit }).click();
  await expect(page.getByRole("region", { name: people.teams.members.title })).toContainText(owner.name!);

  // Assign the program to the team with a due date.
  await page.goto(`${editorPath}/assignments`);
  await expect(page.getByText(t.assign.none)).toBeVisible();
  await page.getByRole("checkbox", { name: /Salg/ }).check();
  await page.getByLabel(t.assign.dueDate).fill("2027-03-31");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-assign-form-nb");
  await page.getByRole("button", { name: t.assign.submit, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: t.assign.assigned })).toBeVisible();
  const current = page.getByRole("region", { name: t.assign.currentTitle });
  await expect(current.getByRole("listitem")).toHaveCount(1);
  await expect(current.getByRole("listitem")).toContainText("Salg");
  await expect(current.getByRole("listitem")).toContainText("31. mars 2027");
  await expect(current).toContainText(fill(t.assign.peopleTotal_one, { count: 1 }));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-assignments-nb");

  // The person it was assigned to is told, by mail, with the due date (issue 16).
  await waitForMails(owner.email);
  await page.goto(await outboxPath("nb"));
  const mail = page.getByRole("article").filter({ hasText: owner.email });
  await expect(mail.getByRole("heading", { level: 2 })).toHaveText(
    fill(nbAccount.notifications.assigned.subject, { program: "Håndtere avvisning" }),
  );
  await expect(mail).toContainText("onsdag 31. mars 2027");
  await screenshot(page, testInfo, "outbox-assigned-nb");
  await page.goto(`${editorPath}/assignments`);

  // Assigned to the owner by name as well (issue 18): still one person, and one "assigned" mail.
  await page.getByRole("radio", { name: t.assign.chosenPeople }).check();
  const ownerLabel = `${owner.name} (${owner.email})`;
  await page.getByLabel(t.assign.findPerson).fill(ownerLabel);
  await page.getByRole("button", { name: t.assign.addPerson }).click();
  await expect(
    page.getByRole("button", { name: fill(t.assign.removePerson, { name: ownerLabel }) }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-assign-person-nb");
  await page.getByRole("button", { name: t.assign.submit, exact: true }).click();
  await expect(current.getByRole("listitem")).toHaveCount(2);
  await expect(current).toContainText(fill(t.assign.byName, { email: owner.email }));
  await expect(current).toContainText(fill(t.assign.peopleTotal_one, { count: 1 }));
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "no sideways scrolling on a phone").toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-assignments-phone-nb");
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(await outboxPath("nb"));
  await expect(
    page
      .getByRole("article")
      .filter({ hasText: owner.email })
      .filter({ hasText: fill(nbAccount.notifications.assigned.subject, { program: "Håndtere avvisning" }) }),
  ).toHaveCount(1);
  await page.goto(`${editorPath}/assignments`);

  // The programs page shows it: published, from the library, assigned, and an honest progress line.
  await page.getByRole("link", { name: t.editor.back }).click();
  await expect(page).toHaveURL(`/nb/o/${slug}/programs`);
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Håndtere avvisning" }) });
  await expect(card).toContainText(t.status.published);
  await expect(card).toContainText(/Salg \(frist 31\. mars 2027\)/);
  await expect(card).toContainText(fill(nbLearning.hr.summary, { assigned: 1, started: 0, completed: 0 }));
  await expect(card.getByRole("link", { name: "Håndtere avvisning", exact: true }).first()).toHaveAttribute(
    "href",
    editorPath,
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "programs-nb");

  // The audit log tells what happened.
  await page.goto(`/nb/o/${slug}/audit`);
  for (const sentence of [t.audit.copy, t.audit.publish])
    await expect(page.getByRole("main")).toContainText(
      fill(sentence, { actor: owner.name!, name: "Håndtere avvisning" }),
    );
  // Dates as the reader writes them, not as stored (issue 18).
  await expect(page.getByRole("main")).toContainText(
    fill(t.audit.assign, {
      actor: owner.name!,
      name: "Håndtere avvisning",
      team: "Salg",
      due: "31. mars 2027",
    }),
  );
  // Only program changes, and the same as CSV.
  await page.getByLabel(copy.nb.audit.filters.kind).selectOption({ label: copy.nb.audit.kinds.program });
  await page.getByRole("button", { name: copy.nb.audit.filters.apply }).click();
  await expect(page).toHaveURL(/kind=program/);
  await expect(page.locator("main ol > li").filter({ hasNotText: copy.nb.audit.kinds.program })).toHaveCount(
    0,
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "audit-filtered-nb");
  await page.setViewportSize({ width: 390, height: 844 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    "no sideways scrolling on a phone",
  ).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "audit-filtered-phone-nb");
  await page.setViewportSize({ width: 1366, height: 900 });
  const csv = await page.request.get(`/nb/o/${slug}/audit/export?kind=program`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const csvText = await csv.text();
  expect(csvText).toContain("(frist: 31. mars 2027)");
  const lines = csvText.trim().split("\r\n").slice(1);
  expect(lines.length).toBeGreaterThan(2);
  for (const line of lines) expect(line).toContain(`,${copy.nb.audit.kinds.program},`);

  // Nobody else reaches the copy: not another person, not an employee of the organization.
  const outsider = await login({ name: "Outsider" });
  const employee = await login({ name: "Ansatt" });
  await addMember(slug, owner, employee, "employee");
  for (const person of [outsider, employee]) {
    await actAs(page, context, baseURL, person);
    for (const path of [editorPath, `${editorPath}/assignments`, `/nb/o/${slug}/programs`]) {
      expect((await page.goto(path))?.status(), `${person.name}: ${path}`).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.nb.errors.notFound.title);
    }
  }
});

test("the copy flow in English: copy, assign to everyone, and copying again asks first and makes a (2)", async ({
  page,
  login,
}, testInfo) => {
  test.setTimeout(120_000);
  const t = enPrograms;
  await login({ name: `Ola ${unique()}`, language: "en" });
  const orgName = `Seabreeze ${unique()}`;
  const { slug, editorPath } = await copyIntoNewOrganization(page, "en", orgName, { testInfo });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Handling rejection");

  // The texts in Dutch: complete, with the Dutch statement texts.
  await page
    .getByRole("navigation", { name: t.translation.pickerLabel })
    .getByRole("link", { name: /Nederlands/ })
    .click();
  await expect(page).toHaveURL(`${editorPath}?language=nl`);
  await expect(page.getByRole("textbox", { name: t.editor.fields.title, exact: true })).toHaveValue(
    "Omgaan met afwijzing",
  );
  const picker = page.getByRole("navigation", { name: t.translation.pickerLabel });
  await expect(picker.getByRole("link", { name: /Nederlands/ })).toContainText(t.translation.complete);

  // Emptying a Dutch text flags it as missing, in the language picker and on the statement.
  const statements = page.getByRole("region", { name: fill(t.editor.statementsTitle_other, { count: 8 }) });
  const first = statements.getByRole("listitem").first();
  await first.locator("summary").first().click();
  await first.getByRole("textbox", { name: t.editor.fields.statement, exact: true }).fill("");
  await first.getByRole("button", { name: t.editor.saveStatement }).click();
  await expect(first.getByRole("status").first()).toHaveText(t.editor.saved);
  await expect(picker.getByRole("link", { name: /Nederlands/ })).toContainText(
    fill(t.translation.missing_one, { count: 1 }),
  );
  await expect(first.locator("summary").first()).toContainText(
    fill(t.editor.needsTranslation_one, { count: 1 }),
  );
  await expect(first).toContainText(fill(t.translation.fieldMissing, { language: t.languages.nl }));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-editor-en");

  await page.getByRole("link", { name: t.editor.tabAssignments }).click();
  await page.getByRole("radio", { name: fill(t.assign.everyone, { org: orgName }) }).check();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-assign-form-en");
  await page.getByRole("button", { name: t.assign.submit, exact: true }).click();
  const current = page.getByRole("region", { name: t.assign.currentTitle });
  await expect(current.getByRole("listitem")).toHaveCount(1);
  await expect(current).toContainText(t.assign.noDueDate);
  await expect(current).toContainText(fill(t.assign.peopleTotal_one, { count: 1 }));
  await page.setViewportSize({ width: 390, height: 844 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-assignments-phone-en");
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.goto(`/en/o/${slug}/programs`);
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Handling rejection" }) });
  await expect(card).toContainText(t.status.draft);
  await expect(card).toContainText(t.assign.everyoneShort);
  await expect(card).toContainText(fill(enLearning.hr.summary, { assigned: 1, started: 0, completed: 0 }));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "programs-en");

  // Copying the same program again asks first.
  await page.goto(`/en/library/${FLAGSHIP}/copy`);
  await expect(
    page.getByText(fill(t.copy.alreadyHave, { org: orgName, title: "Handling rejection" })),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: fill(t.copy.openExisting, { title: "Handling rejection" }) }),
  ).toHaveAttribute("href", editorPath);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "copy-again-en");
  await page.getByRole("button", { name: t.copy.copyAgain }).click();
  await expect(page).toHaveURL(new RegExp(`/en/o/${slug}/programs/[0-9a-f-]{36}\\?copied=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Handling rejection (2)");
  await page.goto(`/en/o/${slug}/programs`);
  await expect(
    page.getByRole("heading", { level: 2, name: fill(t.list.count_other, { count: 2 }) }),
  ).toBeVisible();
});

test("signed out, the copy button leads to sign-in and back to the copy page", async ({ page }) => {
  await page.goto(`/en/library/${FLAGSHIP}`);
  await page.getByRole("link", { name: libraryCopy.en.program.copy }).click();
  await expect(page).toHaveURL(
    `/en/sign-in?callbackUrl=${encodeURIComponent(`/en/library/${FLAGSHIP}/copy`)}`,
  );
});

test("an unknown library program has no copy page", async ({ page, login }) => {
  await login();
  expect((await page.goto("/en/library/no-such-program/copy"))?.status()).toBe(404);
});
