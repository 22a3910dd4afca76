// The learner's journey: HR copies, publishes and assigns the flagship to everyone; an employee
// opens My programs, reads and marks a resource done, rates all eight statements (one with "I'd
// like help"), writes a private reflection, sees the progress, rates again "a month later" (ratings
// back-dated in the database) and opens the growth view. In nb and in en; axe on every page.
import type { Page, TestInfo } from "@playwright/test";
import type pg from "pg";
import enLearning from "@/locales/en/learning.json";
import nbLearning from "@/locales/nb/learning.json";
import { setResourceDone } from "@/lib/learning/set-resource-done";
import { as } from "@/lib/programs/testing/program-fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { joinAs, organizationOf, type TestMember } from "./support/arrange";
import { copy } from "./support/copy";
import { expect, test, withE2eDatabase } from "./support/login";
import { saveReflection } from "./support/learner-forms";
import { actAs, fill, unique } from "./support/people";
import { publishFlagshipToEveryone } from "./support/programs";
import { screenshot } from "./support/screenshot";

const learningCopy = { nb: nbLearning, en: enLearning } as const;
const titles = { nb: "Håndtere avvisning", en: "Handling rejection" } as const;

/** The page again at 390×844 (a phone): a screenshot, and nothing wider than the screen. */
async function onPhone(page: Page, testInfo: TestInfo, name: string) {
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, testInfo, `${name}-390`);
  if (desktop) await page.setViewportSize(desktop);
}

/** Runs `work` in one transaction that row-level security lets see the person's learning data. */
async function asLearner(
  membershipId: string,
  userId: string,
  work: (client: pg.Client) => Promise<unknown>,
) {
  await withE2eDatabase(async (client) => {
    await client.query("begin");
    // Row-level security binds the owner connection too: the person sees their own membership…
    await client.query(`select set_config('app.user_id', $1, true)`, [userId]);
    const { rows } = await client.query<{ organizationId: string }>(
      `select "organizationId" from "Membership" where id = $1`,
      [membershipId],
    );
    // …and then the organization is named for its learning tables.
    await client.query(`select set_config('app.org_id', $1, true)`, [rows[0]!.organizationId]);
    await work(client);
    await client.query("commit");
  });
}

/** Moves the person's ratings `days` into the past, as if they had rated a month ago. */
async function backDateRatings(membershipId: string, userId: string, days: number) {
  await asLearner(membershipId, userId, async (client) => {
    const interval = `${days} days`;
    await client.query(
      `update "Rating" set "createdAt" = "createdAt" - $2::interval where "membershipId" = $1`,
      [membershipId, interval],
    );
    await client.query(
      `update "CurrentRating" set "ratedAt" = "ratedAt" - $2::interval where "membershipId" = $1`,
      [membershipId, interval],
    );
  });
}

/** Marks every visible resource of the program done for the person, at its current revision. */
/** Every visible resource of the program marked done by the learner, through the learner's own use case. */
async function markAllResourcesDone(learner: TestMember, programId: string) {
  await as(learner, async ({ tx, ctx }) => {
    const resources = await tx.programResource.findMany({
      where: { organizationId: ctx.orgId, programId, hidden: false },
      select: { id: true },
    });
    for (const resource of resources)
      await setResourceDone({ tx, ctx, input: { resourceId: resource.id, done: true } });
  });
}

for (const lang of ["nb", "en"] as const) {
  test(`an employee works through the flagship, rates every statement and sees the growth (${lang})`, async ({
    page,
    context,
    login,
    baseURL,
  }, testInfo) => {
    test.setTimeout(300_000);
    const t = learningCopy[lang];
    const title = titles[lang];
    const owner = await login({ name: `HR ${unique()}`, language: lang });
    const { slug, programId } = await publishFlagshipToEveryone(page, lang, `Lærende ${unique()}`);
    const employee = await login({ name: `Ansatt ${unique()}`, language: lang });
    const learner = await joinAs(await organizationOf(slug, owner), employee, "employee");
    const { membershipId } = learner;
    await actAs(page, context, baseURL, employee);

    // The overview names the first step and what the program is made of (issue 19), and leads to
    // My programs, which is also the first entry of the navigation.
    await page.goto(`/${lang}/o/${slug}`);
    const start = page.getByRole("region", { name: t.home.startTitle });
    await expect(start).toContainText(title);
    await expect(
      start.getByRole("link", { name: new RegExp(`^${fill(t.home.nextResource, { title: "" })}.+`) }),
    ).toBeVisible();
    await expect(start).toContainText(/0\D+\d+\D+ · 0\D+8\D+/);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `learn-home-start-${lang}`);
    const nav = page.getByRole("navigation", { name: copy[lang].workspace.nav });
    await expect(nav.getByRole("link").first()).toHaveText(t.nav.learn);
    await page.getByRole("link", { name: t.home.action }).click();
    await expect(page).toHaveURL(`/${lang}/o/${slug}/learn`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.myPrograms.title);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
    // Progress told apart (issue 19): resources read and statements rated, not one mixed count.
    const total = Number(
      /\d+\D+(\d+)/.exec((await card.getByRole("progressbar").getAttribute("aria-valuetext")) ?? "")?.[1],
    );
    expect(total).toBeGreaterThan(8);
    const progressText = (resources: number, statements: number) =>
      `${fill(t.home.resourcesRead_other, { done: resources, count: total })} · ${fill(t.home.statementsRated_other, { done: statements, count: 8 })}`;
    await expect(card).toContainText(progressText(0, 0));
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `learn-my-programs-${lang}`);

    // Start: the first resource. Mark it done, then undo and mark again.
    await card.getByRole("link", { name: new RegExp(`^${t.myPrograms.start}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/learn/${programId}/resources/[0-9a-f-]{36}$`));
    await page.getByRole("button", { name: t.resource.markDone }).click();
    await expect(page.getByRole("status").filter({ hasText: t.resource.markedDone })).toBeVisible();
    await page.getByRole("button", { name: t.resource.undo }).click();
    await expect(page.getByRole("status").filter({ hasText: t.resource.undone })).toBeVisible();
    await page.getByRole("button", { name: t.resource.markDone }).click();
    await expect(page.getByText(t.resource.isDone)).toBeVisible();
    await expect(page.getByRole("link", { name: new RegExp(`^${t.resource.next}`) })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `learn-resource-${lang}`);
    await onPhone(page, testInfo, `learn-resource-${lang}`);

    // The program page: statements in two groups, the resource ticked.
    await page.goto(`/${lang}/o/${slug}/learn/${programId}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { level: 2, name: t.kind.know })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: t.kind.can })).toBeVisible();
    await expect(page.getByText(`(${t.program.resourceDone})`)).toHaveCount(1);
    const statementLinks = page.getByRole("heading", { level: 3 }).getByRole("link");
    await expect(statementLinks).toHaveCount(8);
    const statementPaths = await statementLinks.evaluateAll((links) =>
      links.map((link) => link.getAttribute("href")!),
    );
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `learn-program-${lang}`);
    await onPhone(page, testInfo, `learn-program-${lang}`);

    // Rate all eight; the fifth with "I'd like help" and a private note.
    for (const [index, path] of statementPaths.entries()) {
      await page.goto(path);
      await page.getByRole("radio", { name: `2 · ${t.levels[2].name}` }).click();
      if (index === 4) {
        await page.getByLabel(t.rating.wantsHelp).check();
        await page.getByLabel(t.rating.note).fill("Vanskelig etter forrige salgsmøte.");
        await expectNoSeriousA11yViolations(page);
        await screenshot(page, testInfo, `learn-statement-${lang}`);
        await onPhone(page, testInfo, `learn-statement-${lang}`);
      }
      await page.getByRole("button", { name: t.rating.submit }).click();
      await expect(page.getByRole("status").filter({ hasText: t.rating.saved })).toBeVisible();
      await expect(
        page.getByRole("region", { name: t.rating.historyTitle }).getByRole("listitem"),
      ).toHaveCount(1);
      // The first statement's one resource was read: rating it finishes the statement, and says so.
      if (index === 0) {
        await expect(page.getByRole("region", { name: t.statement.doneTitle })).toBeVisible();
        await screenshot(page, testInfo, `learn-statement-done-${lang}`);
      }
    }
    await expect(page.getByText(t.rating.privacy)).toBeVisible();

    // A private reflection on a statement that has prompts.
    let reflected = false;
    for (const path of statementPaths) {
      await page.goto(path);
      const reflect = page.getByRole("region", { name: t.reflection.title });
      if ((await reflect.count()) === 0) continue;
      await expect(reflect).toContainText(t.reflection.private);
      await saveReflection(page, t, "Jeg lytter godt, og en kunde takket meg for det.");
      await expectNoSeriousA11yViolations(page);
      await screenshot(page, testInfo, `learn-reflection-${lang}`);
      reflected = true;
      break;
    }
    expect(reflected).toBe(true);

    // Progress: one resource and eight statements.
    await page.goto(`/${lang}/o/${slug}/learn/${programId}`);
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuetext", progressText(1, 8));
    // The first statement (one resource, read and rated) is marked done; the others are not.
    await expect(page.getByText(t.program.statementDone, { exact: true })).toHaveCount(1);

    // The other resources are read the same way; to keep the journey short they are marked done
    // in the database (at their current revision), and My programs shows the program completed.
    await markAllResourcesDone(learner, programId);
    await page.goto(`/${lang}/o/${slug}/learn`);
    // Finished: the bar gives way to the done badge.
    await expect(card.getByRole("progressbar")).toHaveCount(0);
    await expect(card).toContainText(t.myPrograms.completed);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `learn-my-programs-complete-${lang}`);
    // The overview marks the moment: a "done" card, and the program among the completed ones.
    await page.goto(`/${lang}/o/${slug}`);
    await expect(page.getByRole("region", { name: t.home.allDoneTitle })).toBeVisible();
    await expect(page.getByRole("region", { name: t.home.completedTitle })).toContainText(
      fill(t.home.completedBody, { program: title }),
    );
    await expect(page.getByRole("region", { name: t.home.startTitle })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `learn-home-complete-${lang}`);

    // A month later: the ratings are stale; rate the first statement again, higher.
    await backDateRatings(membershipId, employee.id, 31);
    await page.goto(statementPaths[0]!);
    const staleBody = page.getByText(fill(t.rating.staleBody, { days: 30 }));
    await expect(staleBody).toBeVisible();
    await expect(page.getByText(t.program.stale, { exact: true }).first()).toBeVisible();
    await screenshot(page, testInfo, `learn-stale-${lang}`);
    await page.getByRole("radio", { name: `4 · ${t.levels[4].name}` }).click();
    await page.getByRole("button", { name: t.rating.submit }).click();
    await expect(page.getByRole("status").filter({ hasText: t.rating.saved })).toBeVisible();
    await expect(page.getByRole("region", { name: t.rating.historyTitle }).getByRole("listitem")).toHaveCount(
      2,
    );
    await expect(staleBody).toHaveCount(0);

    // The growth view: two days in the chart's table, first against now.
    await page.goto(`/${lang}/o/${slug}/learn/${programId}`);
    await page.getByRole("link", { name: t.program.growth }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.growth.title);
    await expect(page.getByRole("img", { name: t.growth.chartTitle })).toBeVisible();
    const table = page.getByRole("table", { name: t.growth.tableCaption });
    await expect(table.getByRole("row")).toHaveCount(3);
    await expect(page.getByText(fill(t.growth.up, { count: 2 }))).toBeVisible();
    // The other seven were rated once, a month ago: rating again is what shows growth, and it is due.
    await expect(page.getByText(t.growth.rateAgainNow)).toHaveCount(7);
    // Rated once is said as such, not as "first … unchanged … now".
    await expect(page.getByText(fill(t.growth.same, {}), { exact: true })).toHaveCount(0);
    await expect(page.getByRole("link", { name: new RegExp(`^${t.growth.rateAgainLink}`) })).toHaveCount(7);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, testInfo, `learn-growth-${lang}`);

    // HR sees counts, never ratings: one of one completed.
    await actAs(page, context, baseURL, owner);
    await page.goto(`/${lang}/o/${slug}/programs`);
    await expect(page.getByRole("main")).toContainText(
      fill(t.hr.summary, { assigned: 2, started: 1, completed: 1 }),
    );
    await screenshot(page, testInfo, `learn-hr-programs-${lang}`);
  });
}
