import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { copy, testLanguages } from "./support/copy";
import { screenshot } from "./support/screenshot";

for (const lang of testLanguages) {
  test(`home page in ${lang} is translated and accessible`, async ({ page }, testInfo) => {
    const response = await page.goto(`/${lang}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy[lang].home.title);
    await expect(page.getByRole("link", { name: copy[lang].nav.signIn })).toBeVisible();
    await expect(page).toHaveTitle(copy[lang].home.metaTitle);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `home-${lang}`);
  });
}

test("the language switcher keeps the page and remembers the choice", async ({ page }) => {
  await page.goto("/nb");
  const switcher = page.getByRole("navigation", { name: copy.nb.language.label });
  await switcher.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.en.home.title);

  await page
    .getByRole("navigation", { name: copy.en.language.label })
    .getByRole("link", { name: "Nederlands" })
    .click();
  await expect(page).toHaveURL(/\/nl$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.nl.home.title);

  // The cookie now outranks the browser's nb-NO preference.
  await page.goto("/");
  await expect(page).toHaveURL(/\/nl$/);
});

test.describe("language negotiation on /", () => {
  test.use({ locale: "en-GB" });
  test("follows Accept-Language when there is no cookie", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
  });
});

test.describe("Norwegian browsers", () => {
  test.use({ locale: "no" });
  test("'no' is served as Bokmål", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/nb$/);
  });
});

test("an unknown language answers a translated 404", async ({ page }, testInfo) => {
  const response = await page.goto("/de/library");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.nb.errors.notFound.title);
  await screenshot(page, testInfo, "not-found-unknown-language");
});

test("an unknown page answers a 404 in the page's language", async ({ page }) => {
  const response = await page.goto("/en/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.en.errors.notFound.title);
  await expectNoSeriousA11yViolations(page);
});

test("health answers ok while the database is up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});

test("a phone can add Evne to its home screen: a manifest whose icons all load, and an Apple icon", async ({
  page,
  request,
}) => {
  await page.goto("/nb");
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  const manifest = await (await request.get(manifestHref!)).json();
  expect(manifest).toMatchObject({ name: "Evne", start_url: "/", display: "standalone" });
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(["any", "192x192", "512x512"]);
  for (const icon of manifest.icons as { src: string; type: string }[]) {
    const answer = await request.get(icon.src);
    expect(answer.status(), icon.src).toBe(200);
    expect(answer.headers()["content-type"], icon.src).toContain(icon.type);
  }
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect((await request.get(apple!)).headers()["content-type"]).toContain("image/png");
});
