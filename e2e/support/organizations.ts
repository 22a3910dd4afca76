// Making an organization the way a person does, through the new-organization form.
import type { Page } from "@playwright/test";
import en from "@/locales/en/account.json";
import nb from "@/locales/nb/account.json";
import nl from "@/locales/nl/account.json";
import { copy } from "./copy";
import { expect } from "./login";

const account = { nb, en, nl };

/** Fills and submits the new-organization form in `lang`; returns the address the form proposed. */
export async function createOrganization(
  page: Page,
  name: string,
  lang: "nb" | "en" | "nl" = "nb",
): Promise<string> {
  const text = copy[lang].orgs.new;
  await page.goto(`/${lang}/orgs/new`);
  // People who signed up by mail a moment ago have no name yet; the form asks for one.
  const yourName = page.getByLabel(account[lang].name.label);
  if ((await yourName.inputValue()) === "") await yourName.fill(`Founder of ${name}`);
  await page.getByLabel(text.name).fill(name);
  const slug = await page.getByLabel(text.slug).inputValue();
  await page.getByRole("button", { name: text.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/o/${slug}$`));
  return slug;
}
