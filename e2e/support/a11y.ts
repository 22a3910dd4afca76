import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Fails with the list of rules when axe finds a serious or critical violation on the page. */
export async function expectNoSeriousA11yViolations(page: Page) {
  // Pages render per request (ADR 010), and Next.js streams their metadata: after a client-side
  // navigation the new <title> can arrive a moment after the content. Wait for it, or axe may
  // check the page in between and report a missing title that the page does have.
  await expect.poll(() => page.title(), { message: `a <title> on ${page.url()}` }).not.toBe("");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
  expect(serious, `axe found serious violations on ${page.url()}`).toEqual([]);
}
