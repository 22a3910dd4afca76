import { expect, test } from "@playwright/test";
import flagship from "@/content/programs/handtere-avvisning/program.json";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { copy, testLanguages } from "./support/copy";
import { libraryCopy } from "./support/library-copy";
import { screenshot } from "./support/screenshot";

const FLAGSHIP = "handtere-avvisning";
const flagshipTitle = {
  nb: "Håndtere avvisning",
  en: "Handling rejection",
  nl: "Omgaan met afwijzing",
} as const;
const flagshipStatementsNb = [
  "Jeg vet hva som menes med avvisning",
  "Jeg kjenner de forskjellige dimensjonene for avvisning",
  "Jeg vet hvordan mennesker opplever avvisning",
  "Jeg forstår hva som kan få folk til å avvise andre",
  "Jeg kan prosessere avvisning",
  "Jeg lar ikke avvisning bremse meg",
  "Jeg tar ikke avvisning personlig",
  "Jeg ser de positive aspektene ved avvisning",
];

for (const lang of testLanguages) {
  test(`library list in ${lang}: every program as a card, accessible`, async ({ page }, testInfo) => {
    await page.goto(`/${lang}/library`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(libraryCopy[lang].title);
    const cards = page
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 2 }) });
    await expect(cards).toHaveCount(5);
    await expect(page.getByRole("link", { name: flagshipTitle[lang], exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `library-${lang}`);
  });

  test(`program page in ${lang}: statements in the seed's order, grouped, with the copy button`, async ({
    page,
  }, testInfo) => {
    await page.goto(`/${lang}/library/${FLAGSHIP}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(flagshipTitle[lang]);
    // The quote in the page's language (issue 19: the Norwegian page quoted in English).
    await expect(page.locator("main blockquote")).toHaveText(flagship.quote.text[lang]);
    const know = page.getByRole("region", { name: libraryCopy[lang].program.knowHeading });
    const can = page.getByRole("region", { name: libraryCopy[lang].program.canHeading });
    await expect(know.getByRole("listitem")).toHaveCount(4);
    await expect(can.getByRole("listitem")).toHaveCount(4);
    const copyButton = page.getByRole("link", { name: libraryCopy[lang].program.copy });
    await expect(copyButton).toBeVisible();
    await expect(copyButton).toHaveAttribute("href", `/${lang}/library/${FLAGSHIP}/copy`);
    await expect(page.getByRole("heading", { name: libraryCopy[lang].program.related })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `program-${lang}`);
  });

  test(`statement page in ${lang}: resources rendered, previous and next`, async ({ page }, testInfo) => {
    await page.goto(`/${lang}/library/${FLAGSHIP}/opplevelse`);
    await expect(page.locator("article")).toHaveCount(3);
    await expect(
      page.getByRole("link", { name: new RegExp(libraryCopy[lang].statement.previous) }),
    ).toHaveAttribute("href", `/${lang}/library/${FLAGSHIP}/dimensjoner`);
    await expect(
      page.getByRole("link", { name: new RegExp(libraryCopy[lang].statement.next) }),
    ).toHaveAttribute("href", `/${lang}/library/${FLAGSHIP}/arsaker`);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `statement-${lang}`);
  });
}

test("the flagship's statements appear in the seed's order and wording", async ({ page }) => {
  await page.goto(`/nb/library/${FLAGSHIP}`);
  const statements = page
    .getByRole("region", { name: libraryCopy.nb.program.statementsTitle })
    .getByRole("listitem");
  await expect(statements).toHaveText(flagshipStatementsNb.map((text) => new RegExp(`^\\d+${text}`)));
});

test("search filters by title, statement and folded letters, and says what to do when nothing matches", async ({
  page,
}, testInfo) => {
  await page.goto("/nb/library");
  const search = page.getByRole("searchbox", { name: libraryCopy.nb.search.label });
  await search.fill("avvisningsarsaker");
  await expect(page.getByRole("link", { name: "Avvisningsårsaker", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: flagshipTitle.nb, exact: true })).toHaveCount(0);

  await search.fill("positive aspektene");
  await expect(page.getByRole("link", { name: flagshipTitle.nb, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/q=positive/);

  await search.fill("xylofon");
  await expect(page.getByText(libraryCopy.nb.search.emptyHint)).toBeVisible();
  await screenshot(page, testInfo, "library-search-empty-nb");
  await page.getByRole("button", { name: libraryCopy.nb.search.clear }).click();
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(5);
});

test("a visitor reads the flagship in Norwegian, switches to English on the same page, and pages through", async ({
  page,
}) => {
  await page.goto("/nb");
  await page.getByRole("link", { name: copy.nb.home.cta }).click();
  await page.getByRole("link", { name: flagshipTitle.nb, exact: true }).click();
  await page.getByRole("link", { name: /Jeg vet hva som menes med avvisning/ }).click();
  await expect(page).toHaveURL(`/nb/library/${FLAGSHIP}/hva-er-avvisning`);
  await page
    .getByRole("navigation", { name: copy.nb.language.label })
    .getByRole("link", { name: /English/ })
    .click();
  await expect(page).toHaveURL(`/en/library/${FLAGSHIP}/hva-er-avvisning`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("I know what is meant by rejection");
  const following = [
    "dimensjoner",
    "opplevelse",
    "arsaker",
    "prosessere",
    "ikke-bremse",
    "ikke-personlig",
    "positive-aspekter",
  ];
  for (const key of following) {
    await page.getByRole("link", { name: new RegExp(libraryCopy.en.statement.next) }).click();
    await expect(page).toHaveURL(`/en/library/${FLAGSHIP}/${key}`);
  }
  await expect(
    page.getByRole("link", {
      name: libraryCopy.en.statement.backToProgram.replace("{{title}}", flagshipTitle.en),
    }),
  ).toBeVisible();
});

test("program links inside resources lead to the linked program in the reader's language", async ({
  page,
}) => {
  await page.goto(`/en/library/${FLAGSHIP}/arsaker`);
  const link = page.locator("article a[href='/en/library/avvisningsarsaker']").first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reasons for rejection");
});

test("unknown programs and statements answer a translated 404", async ({ page }) => {
  expect((await page.goto("/en/library/no-such-program"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.en.errors.notFound.title);
  expect((await page.goto(`/nl/library/${FLAGSHIP}/no-such-statement`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copy.nl.errors.notFound.title);
});

test("pages carry hreflang alternates and the sitemap lists every public page in every language", async ({
  page,
  request,
}) => {
  await page.goto(`/nb/library/${FLAGSHIP}`);
  for (const tag of ["nb-NO", "en", "nl-NL"]) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${tag}"]`)).toHaveCount(1);
  }
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", flagshipTitle.nb);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const lang of testLanguages) {
    expect(sitemap).toContain(`/${lang}/library/${FLAGSHIP}/positive-aspekter</loc>`);
    expect(sitemap).toContain(`/${lang}/library</loc>`);
  }
  // 3 languages × (home + library + 5 programs + 37 statements)
  expect(sitemap.match(/<url>/g)?.length).toBe(3 * (2 + 5 + 37));
});
