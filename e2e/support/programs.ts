// The copy flow as a journey step, shared by the program specs: from the public library page into
// a new organization's editor, as a signed-in person with no organization yet.
import type { Page } from "@playwright/test";
import enPrograms from "@/locales/en/programs.json";
import nbPrograms from "@/locales/nb/programs.json";
import { expectNoSeriousA11yViolations } from "./a11y";
import { copy } from "./copy";
import { libraryCopy } from "./library-copy";
import { expect } from "./login";
import { fill } from "./people";
import { screenshot } from "./screenshot";

export const FLAGSHIP = "handtere-avvisning";
const programsCopy = { nb: nbPrograms, en: enPrograms } as const;

/** From the library page through the copy flow as someone with no organization; returns the copy's URL parts. */
export async function copyIntoNewOrganization(
  page: Page,
  lang: "nb" | "en",
  orgName: string,
  shots?: { testInfo: Parameters<typeof screenshot>[1] },
) {
  const t = programsCopy[lang];
  await page.goto(`/${lang}/library/${FLAGSHIP}`);
  await page.getByRole("link", { name: libraryCopy[lang].program.copy }).click();
  await expect(page).toHaveURL(`/${lang}/library/${FLAGSHIP}/copy`);
  await expect(page.getByRole("heading", { level: 2, name: t.copy.createTitle })).toBeVisible();
  if (shots) {
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, shots.testInfo, `copy-create-org-${lang}`);
  }
  await page.getByLabel(copy[lang].orgs.new.name).fill(orgName);
  const slug = await page.getByLabel(copy[lang].orgs.new.slug).inputValue();
  await page.getByRole("button", { name: copy[lang].orgs.new.submit }).click();

  // Back on the copy page, now with the one organization to copy into.
  await expect(page).toHaveURL(`/${lang}/library/${FLAGSHIP}/copy`);
  const confirm = page.getByRole("button", { name: fill(t.copy.copyTo, { org: orgName }) });
  await expect(confirm).toBeVisible();
  if (shots) {
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, shots.testInfo, `copy-confirm-${lang}`);
  }
  await confirm.click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/o/${slug}/programs/[0-9a-f-]{36}\\?copied=1$`));
  const programId = new URL(page.url()).pathname.split("/").at(-1)!;
  return { slug, programId, editorPath: `/${lang}/o/${slug}/programs/${programId}` };
}

/** HR: copy the flagship into a new organization, publish it and assign it to everyone. */
export async function publishFlagshipToEveryone(page: Page, lang: "nb" | "en", orgName: string) {
  const t = programsCopy[lang];
  await page.goto(`/${lang}/library/${FLAGSHIP}/copy`);
  await page.getByLabel(copy[lang].orgs.new.name).fill(orgName);
  const slug = await page.getByLabel(copy[lang].orgs.new.slug).inputValue();
  await page.getByRole("button", { name: copy[lang].orgs.new.submit }).click();
  await page.getByRole("button", { name: fill(t.copy.copyTo, { org: orgName }) }).click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/o/${slug}/programs/[0-9a-f-]{36}\\?copied=1$`));
  const programId = new URL(page.url()).pathname.split("/").at(-1)!;
  await page.getByRole("button", { name: t.status.publish }).click();
  await expect(page.getByRole("status").filter({ hasText: t.status.publishedNow })).toBeVisible();
  await page.goto(`/${lang}/o/${slug}/programs/${programId}/assignments`);
  await page.getByRole("radio", { name: fill(t.assign.everyone, { org: orgName }) }).check();
  await page.getByRole("button", { name: t.assign.submit, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: t.assign.assigned })).toBeVisible();
  return { slug, programId };
}
