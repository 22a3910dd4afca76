// The rejection challenge and "My data & privacy", end to end: an employee sets a goal, logs,
// edits and deletes attempts, sees progress, streak and chart, downloads the CSV, flips the
// sharing switch and downloads all their data; and (separately) deletes their account and cannot
// get back into the workspace. Copy comes from the locale files.
import { readFile } from "node:fs/promises";
import type { Download } from "@playwright/test";
import enAccount from "@/locales/en/account.json";
import enChallenge from "@/locales/en/challenge.json";
import nbAccount from "@/locales/nb/account.json";
import nbChallenge from "@/locales/nb/challenge.json";
import { logAttempts } from "@/lib/challenge/testing/challenge-fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { joinAs, organizationOf } from "./support/arrange";
import { copy } from "./support/copy";
import { expect, test, withE2eDatabase } from "./support/login";
import { actAs, addMember, fill, unique } from "./support/people";
import { logChallengeAttempt } from "./support/learner-forms";
import { createOrganization } from "./support/organizations";
import { screenshot } from "./support/screenshot";

const texts = {
  nb: { challenge: nbChallenge, account: nbAccount },
  en: { challenge: enChallenge, account: enAccount },
} as const;

async function downloadedText(download: Download): Promise<string> {
  const file = await download.path();
  if (!file) throw new Error("the download did not finish");
  return readFile(file, "utf8");
}

for (const lang of ["nb", "en"] as const) {
  test(`${lang}: an employee runs the rejection challenge, downloads the log, shares ratings and downloads all their data`, async ({
    page,
    context,
    login,
    baseURL,
  }, testInfo) => {
    test.slow();
    const t = texts[lang].challenge;
    const a = texts[lang].account;
    const hr = await login({ name: `Hanne HR ${unique()}` });
    const slug = await createOrganization(page, `Fjordlys ${unique()}`);
    const employee = await login({ name: `Ella Employee ${unique()}`, language: lang });
    await addMember(slug, hr, employee, "employee");
    await actAs(page, context, baseURL, employee);

    // The empty challenge says what to do.
    await page.goto(`/${lang}/o/${slug}`);
    await page
      .getByRole("navigation", { name: copy[lang].workspace.nav })
      .getByRole("link", { name: t.nav.challenge })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    await expect(page.getByText(t.list.empty)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `challenge-empty-${lang}`);

    // A goal of ten no's, from today for a year (the defaults).
    await page.getByRole("radio", { name: fill(t.goal.presetOption, { number: 10 }), exact: true }).check();
    await page.getByRole("button", { name: t.goal.start }).click();
    const progress = page.getByRole("progressbar", { name: t.progress.label });
    await expect(progress).toHaveAttribute(
      "aria-valuetext",
      fill(t.progress.valueText, { count: 0, target: 10 }),
    );

    // Two attempts: a no and a yes.
    const logAttempt = (ask: string, outcome: "no" | "yes", before: number, after: number) =>
      logChallengeAttempt(page, t, { ask, outcome, before, after, lesson: "Det gikk bedre enn jeg trodde" });
    const firstAsk = `Spurte om rabatt på kafeen ${unique()}`;
    const secondAsk = `=Asked my manager for a course ${unique()}`;
    await logAttempt(firstAsk, "no", 2, 4);
    await logAttempt(secondAsk, "yes", 1, 5);

    await expect(progress).toHaveAttribute(
      "aria-valuetext",
      fill(t.progress.valueText, { count: 1, target: 10 }),
    );
    await expect(page.getByText(fill(t.streak.current_one, { count: 1 }))).toBeVisible();
    const yeses = page.getByRole("region", { name: t.yeses.title });
    await expect(yeses.getByText(secondAsk)).toBeVisible();
    const chart = page.getByRole("img", { name: new RegExp(t.chart.title) });
    await expect(chart).toBeVisible();
    await page.getByText(t.chart.showTable).click();
    await expect(page.getByRole("table", { name: t.chart.title })).toContainText(t.chart.cumulativeColumn);
    await expect(
      page.getByRole("heading", { level: 2, name: fill(t.list.title_other, { count: 2 }) }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `challenge-progress-${lang}`);

    // Edit the first attempt in place.
    const first = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: firstAsk }) });
    await first.getByRole("button", { name: new RegExp(`^${t.list.edit}`) }).click();
    const editedAsk = `${firstAsk} (2)`;
    await first.getByLabel(t.form.ask).fill(editedAsk);
    await first.getByRole("button", { name: t.form.save }).click();
    await expect(page.getByText(t.messages.attemptUpdated)).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: editedAsk })).toBeVisible();

    // Delete the yes, after confirming.
    const second = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: secondAsk }) });
    await second.getByRole("button", { name: new RegExp(`^${t.list.delete}`) }).click();
    const dialog = page.getByRole("dialog", { name: t.list.deleteTitle });
    await expect(dialog).toBeVisible();
    await screenshot(page, testInfo, `challenge-delete-dialog-${lang}`);
    await dialog.getByRole("button", { name: t.list.deleteConfirm }).click();
    await expect(page.getByText(t.messages.attemptDeleted)).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: fill(t.list.title_one, { count: 1 }) }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: secondAsk })).toHaveCount(0);
    await expect(progress).toHaveAttribute(
      "aria-valuetext",
      fill(t.progress.valueText, { count: 1, target: 10 }),
    );

    // The CSV: BOM, headers in the page's language, the edited attempt, formulas neutralised.
    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: t.list.export }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(
      new RegExp(`^${t.csv.fileName}-\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const csv = await downloadedText(csvDownload);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [header, row, ...rest] = csv.slice(1).split("\r\n");
    expect(header).toBe(
      [
        t.csv.date,
        t.csv.area,
        t.csv.ask,
        t.csv.outcome,
        t.csv.feelingBefore,
        t.csv.feelingAfter,
        t.csv.lesson,
      ].join(","),
    );
    expect(row).toContain(`${t.areas.social},${editedAsk},${t.outcomes.no},2,4,`);
    expect(rest).toEqual([""]);

    // My data & privacy: the switch is off until the person turns it on, and stays on.
    await page
      .getByRole("navigation", { name: copy[lang].workspace.nav })
      .getByRole("link", { name: a.nav.me })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.title);
    await expect(page.getByText(a.privacy.never.body)).toBeVisible();
    const share = page.getByRole("switch", { name: a.privacy.switchLabel });
    await expect(share).not.toBeChecked();
    await share.click();
    await expect(page.getByText(a.privacy.sharedOn)).toBeVisible();
    await page.reload();
    await expect(page.getByRole("switch", { name: a.privacy.switchLabel })).toBeChecked();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `me-${lang}`);

    // Everything about me, as JSON.
    const [jsonDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: a.export.button }).click(),
    ]);
    const data = JSON.parse(await downloadedText(jsonDownload)) as {
      user: { email: string };
      membership: { role: string; shareRatingsWithManager: boolean };
      challenge: { goal: { target: number; noCount: number }; attempts: { ask: string }[] };
    };
    expect(data.user.email).toBe(employee.email);
    expect(data.membership).toMatchObject({ role: "employee", shareRatingsWithManager: true });
    expect(data.challenge.goal).toMatchObject({ target: 10, noCount: 1 });
    expect(data.challenge.attempts.map((attempt) => attempt.ask)).toEqual([editedAsk]);
  });
}

test("en: the only owner is told to hand over first; an employee deletes their account, lands on the goodbye page and cannot get back in", async ({
  page,
  context,
  login,
  baseURL,
}, testInfo) => {
  test.slow();
  const a = texts.en.account;
  const hr = await login({ name: `Hanne HR ${unique()}`, language: "en" });
  const orgName = `Fjordlys ${unique()}`;
  const slug = await createOrganization(page, orgName);
  const employee = await login({ name: `Emil Employee ${unique()}`, language: "en" });
  await addMember(slug, hr, employee, "employee");

  // The owner of an organization with other members is refused, with the reason.
  await actAs(page, context, baseURL, hr);
  await page.goto(`/en/o/${slug}/me`);
  await page.getByRole("button", { name: a.delete.button }).click();
  let dialog = page.getByRole("dialog", { name: a.delete.dialogTitle });
  await dialog.getByLabel(fill(a.delete.emailLabel, { email: hr.email })).fill(hr.email);
  await dialog.getByRole("button", { name: a.delete.confirm }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    fill(a.delete.errors.onlyOwner, { organization: orgName }),
  );

  await actAs(page, context, baseURL, employee);
  await page.goto(`/en/o/${slug}/me`);
  await page.getByRole("button", { name: a.delete.button }).click();
  dialog = page.getByRole("dialog", { name: a.delete.dialogTitle });
  const email = dialog.getByLabel(fill(a.delete.emailLabel, { email: employee.email }));
  await email.fill("not-me@evne.test");
  await dialog.getByRole("button", { name: a.delete.confirm }).click();
  await expect(email).toHaveAccessibleDescription(a.delete.errors.emailMismatch);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "me-delete-dialog-en");
  await email.fill(employee.email.toUpperCase());
  await dialog.getByRole("button", { name: a.delete.confirm }).click();

  await expect(page).toHaveURL(/\/en\/goodbye$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(a.goodbye.title);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "goodbye-en");

  // Gone: the workspace asks for a sign-in, and the person is no longer in the database.
  await page.goto(`/en/o/${slug}/challenge`);
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=/);
  const left = await withE2eDatabase((client) =>
    client.query<{ count: string }>(`select count(*) from "User" where id = $1`, [employee.id]),
  );
  expect(left.rows[0]?.count).toBe("0");
});

test("nb: the log pages 20 attempts at a time, by keyboard, and a surprising yes has its own colour", async ({
  page,
  context,
  login,
  baseURL,
}, testInfo) => {
  test.slow();
  const t = texts.nb.challenge;
  const hr = await login({ name: `Hanne HR ${unique()}` });
  const slug = await createOrganization(page, `Fjordlys ${unique()}`);
  const employee = await login({ name: `Per Paging ${unique()}` });
  const author = await joinAs(await organizationOf(slug, hr), employee, "employee");
  // 45 attempts, one a day back from today; every fifth a yes; logged by their author.
  await logAttempts(
    author,
    Array.from({ length: 45 }, (_, n) => ({
      daysAgo: n,
      ask: `Spørsmål ${n + 1}`,
      outcome: (n + 1) % 5 === 0 ? "yes" : "no",
    })),
  );
  await actAs(page, context, baseURL, employee);
  await page.goto(`/nb/o/${slug}/challenge`);
  await expect(
    page.getByRole("heading", { level: 2, name: fill(t.list.title_other, { count: 45 }) }),
  ).toBeVisible();
  const pages = page.getByRole("navigation", { name: t.list.pages });
  await expect(pages).toContainText(fill(t.list.page, { page: 1, count: 3 }));
  const log = page.getByRole("region", { name: fill(t.list.title_other, { count: 45 }) });
  await expect(log.getByRole("heading", { level: 3 })).toHaveCount(20);
  await expect(log.getByRole("heading", { level: 3 }).first()).toHaveText("Spørsmål 1");

  // Older attempts by keyboard: focus the link, Enter.
  await pages.getByRole("link", { name: t.list.next }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/challenge\\?page=2#list-title$`));
  await expect(pages).toContainText(fill(t.list.page, { page: 2, count: 3 }));
  await expect(log.getByRole("heading", { level: 3 }).first()).toHaveText("Spørsmål 21");
  await page.goto(`/nb/o/${slug}/challenge?page=3`);
  await expect(log.getByRole("heading", { level: 3 })).toHaveCount(5);
  await expect(pages.getByRole("link", { name: t.list.next })).toHaveCount(0);
  await expect(pages.getByRole("link", { name: t.list.previous })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "challenge-log-page-3-nb");

  // Good news is not painted in the warning amber: the yes badge and the yeses list use their own colour.
  const yesBadge = log.getByText(t.outcomes.yes, { exact: true }).first();
  const background = await yesBadge.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(background).toBe("rgb(245, 243, 255)"); // --color-joy-50 in app/globals.css
  const yeses = page.getByRole("region", { name: t.yeses.title });
  await expect(yeses.getByRole("listitem")).toHaveCount(9);
  // The chart still counts every no, from all pages: 36 of them.
  await page.getByText(t.chart.showTable).click();
  await expect(
    page.getByRole("table", { name: t.chart.title }).locator("tbody tr").last().locator("td").last(),
  ).toHaveText("36");
});
