// The words people read (issue 19, item 7; ADR 033): the program's quote in the page's language,
// a content version as the date the library published it, counts and percentages as each language
// writes them. Each page at a desktop's size and a phone's, in nb and en, axe clean, screenshots.
import type { Page, TestInfo } from "@playwright/test";
import enInsights from "@/locales/en/insights.json";
import enLibrary from "@/locales/en/library.json";
import enPrograms from "@/locales/en/programs.json";
import nbInsights from "@/locales/nb/insights.json";
import nbLibrary from "@/locales/nb/library.json";
import nbPrograms from "@/locales/nb/programs.json";
import flagship from "@/content/programs/handtere-avvisning/program.json";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, test, withE2eDatabase } from "./support/login";
import { fill, unique } from "./support/people";
import { FLAGSHIP, publishFlagshipToEveryone } from "./support/programs";
import { screenshot } from "./support/screenshot";

const copy = {
  nb: { insights: nbInsights, library: nbLibrary, programs: nbPrograms },
  en: { insights: enInsights, library: enLibrary, programs: enPrograms },
} as const;
const SIZES = [
  { width: 1366, height: 900 },
  { width: 390, height: 844 },
];

/** At a desktop's and a phone's size: no wider than the screen, axe clean, a screenshot to look at. */
async function looked(page: Page, testInfo: TestInfo, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `${name}-${size.width}`);
  }
}

for (const lang of ["nb", "en"] as const) {
  test(`${lang}: the quote in the page's language, versions as dates, counts and percentages as the language writes them`, async ({
    page,
    login,
  }, testInfo) => {
    test.setTimeout(120_000);
    const t = copy[lang];

    // The library page quotes in the reader's language: Norwegian on the Norwegian page.
    await page.goto(`/${lang}/library/${FLAGSHIP}`);
    await expect(page.locator("main blockquote")).toHaveText(flagship.quote.text[lang]);
    await looked(page, testInfo, `words-library-program-${lang}`);

    await login({ name: `Hilde HR ${unique()}`, language: lang });
    const { slug, programId } = await publishFlagshipToEveryone(page, lang, `Ord ${unique()}`);

    // The editor names each language's quote by its language and holds that language's text.
    for (const language of ["nb", "en"] as const) {
      await page.goto(`/${lang}/o/${slug}/programs/${programId}?language=${language}`);
      const field = page.getByLabel(
        fill(t.programs.editor.fields.quoteIn, { language: t.programs.languages[language] }),
      );
      await expect(field).toHaveValue(flagship.quote.text[language]);
      await expect(field).toHaveAttribute("lang", language);
    }
    await expect(page.getByLabel(t.programs.editor.fields.quoteSource, { exact: true })).toHaveValue("");
    await page
      .getByLabel(fill(t.programs.editor.fields.quoteIn, { language: t.programs.languages.en }))
      .scrollIntoViewIfNeeded();
    await looked(page, testInfo, `words-editor-quote-en-${lang}`);

    // The copy's version is the day the library published it; its hash is not in the text.
    await page.goto(`/${lang}/o/${slug}/programs`);
    const version = page.locator("main [data-version]");
    await expect(version).toHaveAttribute("data-version", /^[0-9a-f]{16}$/);
    const hash = (await version.getAttribute("data-version"))!;
    const published = await withE2eDatabase(
      async (client) =>
        (
          await client.query<{ createdAt: Date }>(
            `select "createdAt" from "LibraryProgramVersion" where version = $1`,
            [hash],
          )
        ).rows[0]!.createdAt,
    );
    const day = new Intl.DateTimeFormat(lang === "nb" ? "nb-NO" : "en", {
      dateStyle: "medium",
      timeZone: "UTC",
    });
    await expect(version).toContainText(fill(t.programs.list.version, { date: day.format(published) }));
    await expect(page.locator("main")).not.toContainText(/\b(version|versjon) [0-9a-f]{7}\b/);
    await looked(page, testInfo, `words-programs-${lang}`);

    // One person assigned, none started: "1 person", and the share as the language writes it.
    await page.goto(`/${lang}/o/${slug}/insights/organization`);
    const percent = lang === "nb" ? "0\u00a0%" : "0%";
    await expect(page.locator("main")).toContainText(fill(t.insights.organization.people_one, { count: 1 }));
    const share = fill(t.insights.organization.of, { count: 0, total: 1, percent });
    // The no-break space is in the page's text itself (Playwright's text matching would ignore it).
    expect(await page.locator("main").evaluate((main) => main.textContent)).toContain(share);
    await looked(page, testInfo, `words-insights-organization-${lang}`);
  });
}
