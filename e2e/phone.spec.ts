// Evne on a phone (issue 19): a learner reaches every page of theirs from the tab bar at the bottom,
// HR and a manager every section of theirs from the grouped menu, and every one of those pages
// fits 390 px and 1366 px without sideways scrolling, axe clean, with screenshots to look at.
import type { Page, TestInfo } from "@playwright/test";
import enAccount from "@/locales/en/account.json";
import enChallenge from "@/locales/en/challenge.json";
import enInsights from "@/locales/en/insights.json";
import enLearning from "@/locales/en/learning.json";
import enPeople from "@/locales/en/people.json";
import enPrograms from "@/locales/en/programs.json";
import nbAccount from "@/locales/nb/account.json";
import nbChallenge from "@/locales/nb/challenge.json";
import nbInsights from "@/locales/nb/insights.json";
import nbLearning from "@/locales/nb/learning.json";
import nbPeople from "@/locales/nb/people.json";
import nbPrograms from "@/locales/nb/programs.json";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { teamWithProgress } from "./support/arrange";
import { copy } from "./support/copy";
import { logChallengeAttempt, logQuickAttempt } from "./support/learner-forms";
import { expect, test, type LoggedInUser } from "./support/login";
import { actAs, fill, unique } from "./support/people";
import { FLAGSHIP, publishFlagshipToEveryone } from "./support/programs";
import { screenshot } from "./support/screenshot";
import { takeSnapshots } from "./support/snapshots";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const sections = {
  nb: {
    account: nbAccount,
    challenge: nbChallenge,
    insights: nbInsights,
    learning: nbLearning,
    people: nbPeople,
    programs: nbPrograms,
  },
  en: {
    account: enAccount,
    challenge: enChallenge,
    insights: enInsights,
    learning: enLearning,
    people: enPeople,
    programs: enPrograms,
  },
} as const;

/**
 * What sticks out of the page on the right (a box, or text overflowing its box), outside any
 * scroll box: empty when the page is no wider than the screen, else named, to say what to fix.
 */
function widerThanScreen(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const visible = (element: Element) => getComputedStyle(element).overflowX === "visible";
    const right = (element: Element) => {
      const box = element.getBoundingClientRect();
      return Math.max(box.right, visible(element) ? box.left + element.scrollWidth : 0);
    };
    const inScrollBox = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (!visible(up)) return true;
      }
      return false;
    };
    return [...document.body.querySelectorAll("*")]
      .filter((element) => right(element) > width + 0.5 && !inScrollBox(element))
      .slice(-5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} ${Math.round(right(element))}`,
      );
  });
}

/** The page is no wider than the screen, axe finds nothing serious; a screenshot to look at. */
async function fits(page: Page, testInfo: TestInfo, name: string) {
  const width = page.viewportSize()!.width;
  await expect.poll(() => widerThanScreen(page), { message: `${name} at ${width}` }).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, `${name}-${width}`);
}

/** The page at a phone's size and at a desktop's, in that order; the phone's size is kept. */
async function fitsBoth(page: Page, testInfo: TestInfo, name: string) {
  await page.setViewportSize(DESKTOP);
  await fits(page, testInfo, name);
  await page.setViewportSize(PHONE);
  await fits(page, testInfo, name);
}

/** An organization with the flagship assigned to everyone; an employee with some progress in a manager's team. */
async function arrange(
  page: Page,
  login: (options?: { name?: string; language?: "nb" | "en" }) => Promise<LoggedInUser>,
  lang: "nb" | "en",
) {
  const suffix = unique();
  const owner = await login({ name: `Hilde HR ${suffix}`, language: lang });
  const { slug, programId } = await publishFlagshipToEveryone(page, lang, `Mobil ${suffix}`);
  const employee = await login({ name: `Eva Ansatt ${suffix}`, language: lang });
  const manager = await login({ name: `Mona Leder ${suffix}`, language: lang });
  const arranged = await teamWithProgress({
    slug,
    owner,
    programId,
    employee,
    manager,
    teamName: `Salg ${suffix}`,
    levels: [2, 3],
  });
  await takeSnapshots(arranged.orgId);
  return { slug, programId, owner, employee, manager, ...arranged };
}

for (const lang of ["nb", "en"] as const) {
  test(`${lang}: on a phone a learner reaches every page of theirs from the tab bar, and each fits the screen`, async ({
    page,
    context,
    login,
    baseURL,
  }, testInfo) => {
    test.setTimeout(lang === "en" ? 420_000 : 300_000);
    const t = sections[lang];
    const { slug, programId, employee, resource, statement } = await arrange(page, login, lang);
    await actAs(page, context, baseURL, employee);
    await page.setViewportSize(PHONE);
    const base = `/${lang}/o/${slug}`;

    // The header is one row: the logo and one button, which opens the account, language and sign-out.
    await page.goto(base);
    const header = page.locator("header[data-site-header]");
    expect((await header.boundingBox())!.height).toBeLessThan(80);
    const menuButton = header.locator("summary");
    await menuButton.click();
    const account = page.getByRole("navigation", { name: copy[lang].orgs.switcher.label });
    await expect(account.getByRole("link", { name: new RegExp(`Mobil`) })).toHaveAttribute(
      "aria-current",
      "true",
    );
    await expect(header.getByRole("button", { name: copy[lang].auth.signOut.button })).toBeVisible();
    await expect(header.getByRole("navigation", { name: copy[lang].language.label })).toBeVisible();
    await screenshot(page, testInfo, `phone-header-menu-${lang}`);
    // Escape closes it and gives the focus back to its button.
    await page.keyboard.press("Escape");
    await expect(account).toBeHidden();
    await expect(menuButton).toBeFocused();
    // An employee has nothing beyond the tab bar: no grouped menu.
    await expect(page.locator("main summary").filter({ hasText: copy[lang].workspace.menu })).toHaveCount(0);

    // The tab bar: real links, the current one marked.
    const tabs = page.getByRole("navigation", { name: copy[lang].workspace.tabs });
    const tabNames = [
      copy[lang].workspace.overview,
      t.learning.nav.learn,
      t.challenge.nav.challenge,
      t.account.nav.me,
    ];
    await expect(tabs.getByRole("link")).toHaveText(tabNames);
    for (const [name, path] of [
      [t.learning.nav.learn, `${base}/learn`],
      [t.challenge.nav.challenge, `${base}/challenge`],
      [t.account.nav.me, `${base}/me`],
      [copy[lang].workspace.overview, base],
    ] as const) {
      await tabs.getByRole("link", { name, exact: true }).click();
      await expect(page).toHaveURL(path);
      await expect(tabs.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
    }

    // On the screen's bottom edge, also on a short page…
    const barBox = (await tabs.boundingBox())!;
    expect(Math.round(barBox.y + barBox.height)).toBe(PHONE.height);
    // …and at the end of a page it covers nothing: it sits below the content, above the footer.
    await page.goto(`${base}/me`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bar = (await tabs.boundingBox())!;
    const content = (await page.locator("main > div > div").nth(1).boundingBox())!;
    expect(content.y + content.height).toBeLessThanOrEqual(bar.y + 1);
    const footer = (await page.locator("footer[data-site-footer]").boundingBox())!;
    expect(bar.y + bar.height).toBeLessThanOrEqual(footer.y + 1);

    // Home: where to carry on, named, with the progress spelled out; one tap to the next item.
    await page.goto(base);
    const carryOn = page.getByRole("region", { name: t.learning.home.continueTitle });
    await expect(carryOn).toContainText(/1\D+\d+\D+ · 2\D+8\D+/);
    await carryOn
      .getByRole("link", {
        name: new RegExp(
          `^(${fill(t.learning.home.nextResource, { title: "" })}|${fill(t.learning.home.nextStatement, { title: "" })}).+`,
        ),
      })
      .click();
    await expect(page).toHaveURL(
      new RegExp(`${base}/learn/${programId}/(resources|statements)/[0-9a-f-]{36}$`),
    );

    // One attempt in the challenge, so its chart and log are on the page.
    await page.goto(`${base}/challenge`);
    await logChallengeAttempt(page, t.challenge, {
      ask: "Spurte om en rabatt",
      outcome: "no",
      before: 2,
      after: 3,
      lesson: "Det gikk bra.",
    });

    // A quick entry with one thumb (issue 19): the line, "No", save. Nothing is preselected, and
    // the details (day, area, feelings, lesson) wait behind their disclosure.
    const form = page.getByRole("region", { name: t.challenge.form.title });
    await expect(form.getByRole("radio", { checked: true })).toHaveCount(0);
    await expect(form.getByRole("radiogroup", { name: t.challenge.form.area })).toBeHidden();
    await screenshot(page, testInfo, `phone-challenge-quick-${lang}`);
    const quickAsk = `Spurte om vindusplass ${unique()}`;
    await logQuickAttempt(page, t.challenge, quickAsk, "no");
    const logged = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: quickAsk }) });
    await expect(logged).toContainText(t.challenge.outcomes.no);
    // Not the old defaults ("Work", feelings 3 and 3): what was not given is not shown.
    await expect(logged).not.toContainText(t.challenge.areas.work);
    await expect(logged).not.toContainText(fill(t.challenge.list.feelings, { before: 3, after: 3 }));

    const pages: Array<[string, string]> = [
      ["library", `/${lang}/library`],
      ["library-program", `/${lang}/library/${FLAGSHIP}`],
      ["learner-home", base],
      ["learner-programs", `${base}/learn`],
      ["learner-program", `${base}/learn/${programId}`],
      ["learner-resource", `${base}/learn/${programId}/resources/${resource}`],
      ["learner-statement", `${base}/learn/${programId}/statements/${statement}`],
      ["learner-growth", `${base}/learn/${programId}/growth`],
      ["learner-challenge", `${base}/challenge`],
      ["learner-me", `${base}/me`],
    ];
    for (const [name, path] of pages) {
      await page.goto(path);
      await fitsBoth(page, testInfo, `${name}-${lang}`);
    }
    // Dutch too, once: the same pages under /nl (the language is the address's, not the person's).
    if (lang === "en") {
      for (const [name, path] of pages) {
        await page.goto(path.replace(/^\/en\//, "/nl/"));
        await expect(page.locator("html")).toHaveAttribute("lang", "nl");
        await fitsBoth(page, testInfo, `${name}-nl`);
      }
    }
  });

  test(`${lang}: on a phone HR and a manager reach every section from the grouped menu, and each fits the screen`, async ({
    page,
    context,
    login,
    baseURL,
  }, testInfo) => {
    test.setTimeout(300_000);
    const t = sections[lang];
    const { slug, programId, owner, manager, team } = await arrange(page, login, lang);
    const base = `/${lang}/o/${slug}`;
    await actAs(page, context, baseURL, owner);
    await page.setViewportSize(PHONE);
    await page.goto(base);

    const menu = page.locator("main summary").filter({ hasText: copy[lang].workspace.menu });
    const nav = page.getByRole("navigation", { name: copy[lang].workspace.nav });
    const sectionsOfHr: Array<[string, string]> = [
      [copy[lang].workspace.members, `${base}/members`],
      [t.people.nav.teams, `${base}/teams`],
      [t.people.nav.invitations, `${base}/invitations`],
      [t.programs.nav.programs, `${base}/programs`],
      [t.insights.nav.insights, `${base}/insights`],
      [copy[lang].workspace.audit, `${base}/audit`],
      [t.insights.nav.settings, `${base}/settings`],
      [copy[lang].sso.nav, `${base}/settings/sso`],
    ];
    await menu.click();
    for (const group of ["people", "programs", "insights", "settings"] as const) {
      await expect(nav.getByRole("list", { name: copy[lang].workspace.groups[group] })).toBeVisible();
    }
    await expect(nav.getByRole("link")).toHaveText(sectionsOfHr.map(([name]) => name));
    await screenshot(page, testInfo, `phone-workspace-menu-${lang}`);
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    for (const [name, path] of sectionsOfHr) {
      await menu.click();
      await nav.getByRole("link", { name, exact: true }).click();
      await expect(page).toHaveURL(path);
      await expect(nav).toBeHidden();
      await menu.click();
      await expect(nav.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
      await page.keyboard.press("Escape");
      await fitsBoth(page, testInfo, `hr-${path.slice(base.length + 1).replace("/", "-")}-${lang}`);
    }
    const deeper: Array<[string, string]> = [
      ["hr-home", base],
      ["hr-team", `${base}/teams/${team}`],
      ["hr-invitations-import", `${base}/invitations/import`],
      ["hr-program-editor", `${base}/programs/${programId}`],
      ["hr-program-assignments", `${base}/programs/${programId}/assignments`],
      ["hr-insights-organization", `${base}/insights/organization`],
      ["hr-insights-team", `${base}/insights/teams/${team}`],
    ];
    for (const [name, path] of deeper) {
      await page.goto(path);
      await fitsBoth(page, testInfo, `${name}-${lang}`);
    }

    // A manager's menu holds Insights only; their team's dashboard fits the phone.
    await actAs(page, context, baseURL, manager);
    await page.setViewportSize(PHONE);
    await page.goto(base);
    await menu.click();
    await expect(nav.getByRole("link")).toHaveText([t.insights.nav.insights]);
    await nav.getByRole("link", { name: t.insights.nav.insights, exact: true }).click();
    await expect(page).toHaveURL(`${base}/insights`);
    await fitsBoth(page, testInfo, `manager-insights-${lang}`);
    await page.goto(`${base}/insights/teams/${team}`);
    await fitsBoth(page, testInfo, `manager-team-${lang}`);
  });
}
