// HR writes its own program (issue 21): from the programs page's "New program", through the same
// editor as copies, translated, published and assigned; a learner works through it; and HR
// duplicates it. Copy comes from the locale files; signs in with the login() fixture.
import enPrograms from "@/locales/en/programs.json";
import nbLearning from "@/locales/nb/learning.json";
import nbPrograms from "@/locales/nb/programs.json";
import { addTeam } from "@/lib/insights/testing/insight-fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { joinAs, organizationOf } from "./support/arrange";
import { expect, test } from "./support/login";
import { createOrganization } from "./support/organizations";
import { actAs, fill, unique } from "./support/people";
import { screenshot } from "./support/screenshot";

const t = nbPrograms;
const l = nbLearning;

test("HR writes a program of its own in nb, translates it, publishes and assigns it to a team; its learner completes it; HR duplicates it", async ({
  page,
  context,
  baseURL,
  login,
}, testInfo) => {
  test.setTimeout(240_000);
  const hr = await login({ name: `Hedda ${unique()}`, language: "nb" });
  const orgName = `Konfliktlab ${unique()}`;
  const slug = await createOrganization(page, orgName, "nb");
  const programsPath = `/nb/o/${slug}/programs`;

  // No programs yet: the empty state offers the library and writing one's own.
  await page.goto(programsPath);
  await page.getByRole("link", { name: t.list.empty.write }).click();
  await expect(page).toHaveURL(`${programsPath}/new`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.create.heading);
  // Nothing to duplicate yet: no "start from" choice.
  await expect(page.getByLabel(t.create.startFrom)).toHaveCount(0);

  // A title is required, said at the field in Norwegian; nothing is made.
  await page.getByRole("button", { name: t.create.submit }).click();
  const title = page.getByRole("textbox", { name: t.create.title, exact: true });
  await expect(title).toHaveAccessibleDescription(new RegExp(t.errors.requiredInBokmal));
  await expect(title).toBeFocused();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "own-program-new-nb");

  const programTitle = `Håndtere konflikter ${unique()}`;
  await title.fill(programTitle);
  await page.getByRole("textbox", { name: t.create.tagline }).fill("Uenighet uten drama");
  await page.getByRole("button", { name: t.create.submit }).click();
  await expect(page).toHaveURL(new RegExp(`${programsPath}/[0-9a-f-]{36}\\?created=1$`));
  const programId = new URL(page.url()).pathname.split("/").at(-1)!;
  const editorPath = `${programsPath}/${programId}`;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(programTitle);
  await expect(
    page.getByRole("status").filter({ hasText: fill(t.editor.created, { org: orgName }) }),
  ).toBeVisible();

  // Two statements, one "I know" and one "I can", the first with a resource in Markdown.
  const addSection = page.getByRole("region", { name: t.structure.addStatementTitle });
  const know = `Jeg vet hva som trapper opp en konflikt ${unique()}`;
  const can = `Jeg kan si ifra uten å angripe ${unique()}`;
  for (const [text, kind] of [
    [know, t.kind.know],
    [can, t.kind.can],
  ] as const) {
    await addSection.getByLabel(t.structure.newStatementNb).fill(text);
    await addSection.getByRole("radio", { name: kind }).check();
    await addSection.getByRole("button", { name: t.structure.addStatement }).click();
    await expect(addSection.getByRole("status")).toHaveText(t.structure.statementAdded);
  }
  const statement = page.getByRole("listitem").filter({ hasText: know }).first();
  await statement.locator("summary").first().click();
  await statement.getByText(t.structure.addResourceTitle).click();
  const resourceTitle = `Tre tegn på opptrapping ${unique()}`;
  await statement.getByLabel(t.structure.newResourceTitleNb).fill(resourceTitle);
  await statement
    .getByLabel(t.structure.newResourceBodyNb)
    .fill("Se etter **generaliseringer**.\n\n- «alltid»\n- «aldri»");
  await statement.getByRole("button", { name: t.structure.addResource }).click();
  await expect(statement.getByRole("status").filter({ hasText: t.structure.resourceAdded })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "own-program-editor-nb");

  // English: the title, translated in the same editor; no library source to follow.
  await page.goto(`${editorPath}?language=en`);
  await page.getByRole("textbox", { name: t.editor.fields.title, exact: true }).fill(`Handling conflict`);
  await page.getByRole("button", { name: t.editor.saveDetails }).click();
  await expect(page.getByRole("status").filter({ hasText: t.editor.saved }).first()).toBeVisible();
  await expect(page.getByText(t.editor.source)).toHaveCount(0);
  await page.goto(`/en/o/${slug}/programs/${programId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Handling conflict");
  await expect(page.getByText(enPrograms.editor.source)).toHaveCount(0);

  // A colleague in a team (arranged behind the app's back); HR goes on.
  const learner = await login({ name: `Lars ${unique()}`, language: "nb" });
  const org = await organizationOf(slug, hr);
  const learnerId = (await joinAs(org, learner, "employee")).membershipId;
  const teamName = `Kundeservice ${unique()}`;
  await addTeam(org, [learnerId], undefined, teamName);
  await actAs(page, context, baseURL, hr);

  // Publish, and assign to the team.
  await page.goto(editorPath);
  await page.getByRole("button", { name: t.status.publish }).click();
  await expect(page.getByRole("status").filter({ hasText: t.status.publishedNow })).toBeVisible();
  await page.goto(`${editorPath}/assignments`);
  await page.getByRole("radio", { name: t.assign.chosenTeams }).check();
  await page.getByRole("checkbox", { name: new RegExp(teamName) }).check();
  await page.getByRole("button", { name: t.assign.submit, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: t.assign.assigned })).toBeVisible();

  // The programs list says it is the organization's own.
  await page.goto(programsPath);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: programTitle }) });
  await expect(card).toContainText(t.list.ownProgram);
  await expect(card).toContainText(t.status.published);

  // The team's employee reads the resource and rates both statements: the program is complete.
  await actAs(page, context, baseURL, learner);
  await page.goto(`/nb/o/${slug}/learn/${programId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(programTitle);
  await page.getByRole("link", { name: resourceTitle }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(resourceTitle);
  await expect(page.locator("strong").filter({ hasText: "generaliseringer" })).toBeVisible();
  await page.getByRole("button", { name: l.resource.markDone }).click();
  await expect(page.getByRole("status").filter({ hasText: l.resource.markedDone })).toBeVisible();
  for (const text of [know, can]) {
    await page.goto(`/nb/o/${slug}/learn/${programId}`);
    await page.getByRole("heading", { level: 3 }).getByRole("link", { name: text }).click();
    await page.getByRole("radio", { name: `3 · ${l.levels[3].name}` }).click();
    await page.getByRole("button", { name: l.rating.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: l.rating.saved })).toBeVisible();
  }
  await page.goto(`/nb/o/${slug}/learn`);
  const mine = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: programTitle }) });
  await expect(mine).toContainText(l.myPrograms.completed);
  await expect(mine.getByRole("progressbar")).toHaveCount(0);

  // HR duplicates it from the list: the copy has both statements and is a draft of its own.
  await actAs(page, context, baseURL, hr);
  await page.goto(programsPath);
  await card.getByRole("link", { name: `${t.list.duplicate} : ${programTitle}` }).click();
  await expect(page.getByLabel(t.create.startFrom)).toHaveValue(programId);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "own-program-duplicate-nb");
  await page.getByRole("button", { name: t.create.submitDuplicate }).click();
  await expect(page).toHaveURL(new RegExp(`${programsPath}/[0-9a-f-]{36}\\?created=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${programTitle} (2)`);
  await expect(
    page.getByRole("status").filter({ hasText: fill(t.editor.duplicated, { org: orgName }) }),
  ).toBeVisible();
  await expect(page.getByText(know).first()).toBeVisible();
  await expect(page.getByText(can).first()).toBeVisible();
  await page.goto(programsPath);
  await expect(
    page.getByRole("heading", { level: 2, name: fill(t.list.count_other, { count: 2 }) }),
  ).toBeVisible();

  // HR archives the original: after a confirmation that names what ends, the learner no longer
  // has it to do; it waits in the list's archived part and comes back as a draft.
  await page.goto(editorPath);
  await page.getByRole("button", { name: t.archive.archive }).click();
  const dialog = page.getByRole("dialog", { name: fill(t.archive.confirmTitle, { name: programTitle }) });
  await expect(dialog).toContainText(fill(t.archive.confirmBody_one, { count: 1 }));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "own-program-archive-confirm-nb");
  await dialog.getByRole("button", { name: t.archive.confirm, exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: t.archive.archivedTitle })).toBeVisible();
  await expect(page.getByRole("button", { name: t.status.publish })).toHaveCount(0);
  await page.goto(programsPath);
  const archivedList = page.getByRole("region", { name: fill(t.list.archivedTitle, { count: 1 }) });
  await expect(archivedList.getByRole("link", { name: programTitle, exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "own-program-list-archived-nb");
  // The same pages on a phone, in nb and en: nothing wider than the screen.
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [name, path] of [
    ["nb-list", programsPath],
    ["en-list", `/en/o/${slug}/programs`],
    ["nb-new", `${programsPath}/new`],
    ["en-new", `/en/o/${slug}/programs/new`],
    ["en-archived-editor", `/en/o/${slug}/programs/${programId}`],
  ] as const) {
    await page.goto(path);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(390);
    await screenshot(page, testInfo, `own-program-phone-${name}`);
  }
  if (desktop) await page.setViewportSize(desktop);

  await actAs(page, context, baseURL, learner);
  await page.goto(`/nb/o/${slug}/learn`);
  await expect(page.getByRole("heading", { name: programTitle })).toHaveCount(0);
  expect((await page.goto(`/nb/o/${slug}/learn/${programId}`))?.status()).toBe(404);

  await actAs(page, context, baseURL, hr);
  await page.goto(editorPath);
  await page.getByRole("button", { name: t.archive.restore }).click();
  await expect(page.getByRole("button", { name: t.status.publish })).toBeVisible();
  await expect(page.getByRole("button", { name: t.archive.archive })).toBeVisible();
});
