// Making an organization the way a person does, through the new-organization form.
import type { Page } from "@playwright/test";
import { copy } from "./copy";
import { expect } from "./login";

/** Fills and submits the new-organization form in `lang`; returns the address the form proposed. */
export async function createOrganization(
  page: Page,
  name: string,
  lang: "nb" | "en" | "nl" = "nb",
): Promise<string> {
  const text = copy[lang].orgs.new;
  await page.goto(`/${lang}/orgs/new`);
  await page.getByLabel(text.name).fill(name);
  const slug = await page.getByLabel(text.slug).inputValue();
  await page.getByRole("button", { name: text.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/o/${slug}$`));
  return slug;
}
