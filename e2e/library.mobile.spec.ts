import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { copy } from "./support/copy";
import { libraryCopy } from "./support/library-copy";
import { screenshot } from "./support/screenshot";

// Many employees open Evne on a phone: the public journey must read well on a small screen.
test("on a phone, a visitor finds and reads the flagship program", async ({ page }, testInfo) => {
  await page.goto("/nb");
  await screenshot(page, testInfo, "home-nb");
  await page.getByRole("link", { name: copy.nb.home.cta }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(libraryCopy.nb.title);
  await screenshot(page, testInfo, "library-nb");
  await page.getByRole("link", { name: "Håndtere avvisning", exact: true }).click();
  await expect(page.getByRole("link", { name: libraryCopy.nb.program.copy })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-nb");
  await page.getByRole("link", { name: /Jeg kan prosessere avvisning/ }).click();
  await expect(page.locator("article")).toHaveCount(5);
  // Nothing overflows sideways on a narrow screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "statement-nb");
});
