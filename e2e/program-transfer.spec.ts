// A program moves between organizations (issue 21, item 4): HR of one exports it as a zip in the
// content format, and imports it into a second organization of which the same person is HR; a bad
// zip lists every problem, translated, and imports nothing. Copy comes from the locale files.
import { readFile } from "node:fs/promises";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { Page, TestInfo } from "@playwright/test";
import enPrograms from "@/locales/en/programs.json";
import nbPrograms from "@/locales/nb/programs.json";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, test } from "./support/login";
import { createOrganization } from "./support/organizations";
import { fill, unique } from "./support/people";
import { copyIntoNewOrganization, FLAGSHIP } from "./support/programs";
import { screenshot } from "./support/screenshot";

const copyOf = { nb: nbPrograms, en: enPrograms } as const;

/** A zip with three problems: a statement without Bokmål, raw HTML, and a resource file missing. */
const badZip = Buffer.from(
  zipSync({
    "feil/program.json": strToU8(
      JSON.stringify({
        slug: "feil",
        position: 1,
        title: { nb: "Feil" },
        statements: [
          { key: "a", kind: "know", text: { en: "I know" }, resources: ["forklaring"] },
          { key: "b", kind: "can", text: { nb: "Jeg kan" }, resources: ["mangler"] },
        ],
      }),
    ),
    "feil/resources/forklaring.nb.md": strToU8("# Forklaring\n\n<div>HTML</div>\n"),
  }),
);

async function noHorizontalOverflow(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    )
    .toBeLessThanOrEqual(0);
}

/** The import page with the bad zip's problems, checked and photographed in `lang`. */
async function showProblems(page: Page, testInfo: TestInfo, lang: "nb" | "en", slug: string, suffix: string) {
  const t = copyOf[lang].transfer;
  await page.goto(`/${lang}/o/${slug}/programs/import`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.import.heading);
  await noHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, `program-import-${lang}${suffix}`);
  // No file: said at the form, in the page's language, without a trip to the server.
  await page.getByRole("button", { name: t.import.submit }).click();
  await expect(page.getByRole("alert").filter({ hasText: t.import.required })).toBeVisible();
  await expect(page.getByRole("button", { name: t.import.choose })).toBeFocused();
  await expect(page.getByText(t.import.noneChosen)).toBeVisible();
  await page
    .getByLabel(t.import.fileLabel, { exact: true })
    .setInputFiles({ name: "feil.zip", mimeType: "application/zip", buffer: badZip });
  await expect(page.getByText("feil.zip", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: t.import.submit }).click();
  const problems = page.getByRole("alert").filter({ has: page.getByRole("heading", { level: 2 }) });
  await expect(problems.getByRole("heading")).toHaveText(fill(t.import.problemsTitle_other, { count: 3 }));
  await expect(problems).toBeFocused();
  await expect(problems.getByRole("listitem")).toHaveText([
    `program.json: statements[0].text.nb ${t.problems.required}`,
    `resources/forklaring.nb.md: ${fill(t.line, { line: 3 })} ${fill(t.problems.rawHtml, { found: '"<div", "</div"' })}`,
    `resources/mangler.nb.md ${fill(t.problems.missingResource, { key: "mangler", statement: "b" })}`,
  ]);
  await noHorizontalOverflow(page);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, `program-import-errors-${lang}${suffix}`);
}

test("HR exports a program from one organization and imports it into another; a bad zip lists its problems", async ({
  page,
  login,
}, testInfo) => {
  test.setTimeout(240_000);
  const t = nbPrograms;
  await login({ name: `Ines ${unique()}`, language: "nb" });

  // Organization A has a copy of the flagship; its card on the programs page offers the zip.
  const { slug: slugA, programId } = await copyIntoNewOrganization(page, "nb", `Eksport ${unique()}`);
  await page.goto(`/nb/o/${slugA}/programs`);
  const card = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Håndtere avvisning" }) });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("link", { name: new RegExp(`^${t.list.export}\\b`) }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${FLAGSHIP}.zip`);
  const zipPath = await download.path();
  const files = unzipSync(new Uint8Array(await readFile(zipPath)));
  expect(JSON.parse(strFromU8(files[`${FLAGSHIP}/program.json`]!))).toMatchObject({
    slug: FLAGSHIP,
    title: { nb: "Håndtere avvisning", en: "Handling rejection" },
  });
  expect(programId).toMatch(/^[0-9a-f-]{36}$/);

  // Organization B, of which the same person is HR: no programs yet, "Import program" on offer.
  const orgB = `Import ${unique()}`;
  const slugB = await createOrganization(page, orgB, "nb");
  await page.goto(`/nb/o/${slugB}/programs`);
  await page.getByRole("link", { name: t.list.import }).click();
  await expect(page).toHaveURL(`/nb/o/${slugB}/programs/import`);

  // A bad zip: every problem, where and what, in Norwegian; nothing imported.
  await showProblems(page, testInfo, "nb", slugB, "");
  await page.goto(`/nb/o/${slugB}/programs`);
  await expect(page.getByRole("heading", { name: t.list.empty.title })).toBeVisible();

  // The exported zip: a draft of B's own, straight into its editor.
  await page.goto(`/nb/o/${slugB}/programs/import`);
  await page.getByLabel(t.transfer.import.fileLabel, { exact: true }).setInputFiles(zipPath);
  await page.getByRole("button", { name: t.transfer.import.submit }).click();
  await expect(page).toHaveURL(new RegExp(`/nb/o/${slugB}/programs/[0-9a-f-]{36}\\?imported=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Håndtere avvisning");
  await expect(
    page.getByRole("status").filter({ hasText: fill(t.editor.imported, { org: orgB }) }),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/nb/o/${slugB}/programs`);
  const imported = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Håndtere avvisning" }) });
  await expect(imported).toContainText(t.status.draft);
  await expect(imported).toContainText(t.list.ownProgram);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-transfer-list-nb");
  await imported.getByRole("link", { name: "Håndtere avvisning", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Håndtere avvisning");

  // The programs list and the import page in English, and both languages on a phone.
  await page.goto(`/en/o/${slugB}/programs`);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "program-transfer-list-en");
  await showProblems(page, testInfo, "en", slugB, "");
  await page.setViewportSize({ width: 390, height: 844 });
  for (const lang of ["nb", "en"] as const) {
    await page.goto(`/${lang}/o/${slugB}/programs`);
    await expect(page.getByRole("link", { name: copyOf[lang].list.import })).toBeVisible();
    await noHorizontalOverflow(page);
    await screenshot(page, testInfo, `program-transfer-list-${lang}-390`);
    await showProblems(page, testInfo, lang, slugB, "-390");
  }
});
