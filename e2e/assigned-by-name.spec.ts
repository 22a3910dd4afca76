// A program HR assigns to one person by name (issue 18) reaches that person end to end: My
// programs lists it, and its program and resource pages open. A colleague in the same organization
// it was not assigned to gets 404 at the same addresses. (The program pages once left assignments
// by name out of their rule, so the person saw the program listed and got 404 when opening it.)
import nbLearning from "@/locales/nb/learning.json";
import nbPrograms from "@/locales/nb/programs.json";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, test } from "./support/login";
import { actAs, addMember, fill, unique } from "./support/people";
import { copyIntoNewOrganization } from "./support/programs";
import { screenshot } from "./support/screenshot";

const t = nbPrograms;
const PROGRAM_TITLE = "Håndtere avvisning";

test("a program assigned to one person by name opens for them, and answers 404 to a colleague", async ({
  page,
  context,
  login,
  baseURL,
}, testInfo) => {
  const hr = await login({ name: `Hanne HR ${unique()}`, language: "nb" });
  const { slug, programId, editorPath } = await copyIntoNewOrganization(page, "nb", `Navnefjord ${unique()}`);
  await page.getByRole("button", { name: t.status.publish }).click();
  await expect(page.getByRole("status").filter({ hasText: t.status.publishedNow })).toBeVisible();

  const anna = await login({ name: `Anna Navn ${unique()}`, language: "nb" });
  const bo = await login({ name: `Bo Kollega ${unique()}`, language: "nb" });
  await addMember(slug, hr, anna, "employee");
  await addMember(slug, hr, bo, "employee");

  // HR assigns it to Anna alone, by name (each login above signed the browser in as that person).
  await actAs(page, context, baseURL, hr);
  await page.goto(`${editorPath}/assignments`);
  await page.getByRole("radio", { name: t.assign.chosenPeople }).check();
  const annaLabel = `${anna.name} (${anna.email})`;
  await page.getByLabel(t.assign.findPerson).fill(annaLabel);
  await page.getByRole("button", { name: t.assign.addPerson }).click();
  await page.getByRole("button", { name: t.assign.submit, exact: true }).click();
  const current = page.getByRole("region", { name: t.assign.currentTitle });
  await expect(current).toContainText(fill(t.assign.byName, { email: anna.email }));
  await expect(current).toContainText(fill(t.assign.peopleTotal_one, { count: 1 }));

  // Anna finds it in My programs and works in it.
  await actAs(page, context, baseURL, anna);
  await page.goto(`/nb/o/${slug}/learn`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(nbLearning.myPrograms.title);
  await page
    .getByRole("link", { name: new RegExp(PROGRAM_TITLE) })
    .first()
    .click();
  const programPath = `/nb/o/${slug}/learn/${programId}`;
  await expect(page).toHaveURL(programPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PROGRAM_TITLE);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "learner-program-assigned-by-name-nb");
  const firstResource = page.locator(".statement-cards ul a").first();
  const resourceTitle = await firstResource.innerText();
  await firstResource.click();
  await expect(page).toHaveURL(new RegExp(`${programPath}/resources/[0-9a-f-]{36}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(resourceTitle);
  const resourcePath = new URL(page.url()).pathname;

  // Bo works in the same organization, but the program was not assigned to him.
  await actAs(page, context, baseURL, bo);
  expect((await page.goto(`/nb/o/${slug}/learn`))?.status()).toBe(200);
  await expect(page.getByRole("link", { name: new RegExp(PROGRAM_TITLE) })).toHaveCount(0);
  expect((await page.goto(programPath))?.status()).toBe(404);
  expect((await page.goto(resourcePath))?.status()).toBe(404);
});
