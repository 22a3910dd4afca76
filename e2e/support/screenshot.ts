import type { Page, TestInfo } from "@playwright/test";
import path from "node:path";

/**
 * Saves a full-page PNG under e2e/screenshots/<project>/ for a person to open and look at,
 * and attaches it to the test report.
 */
export async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const file = path.join("e2e", "screenshots", testInfo.project.name, `${name}.png`);
  const body = await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { body, contentType: "image/png" });
}
