// The learner's "due this week" notice on My programs (issue 16): HR assigns the flagship to
// everyone due in three days; the employee sees the notice with the date and the days left, and its
// link opens the program. Moved behind the app's back, the due date then shows as overdue, and
// eight days ahead as nothing at all. Screenshots at desktop and phone size; axe on each state.
import enLearning from "@/locales/en/learning.json";
import nbLearning from "@/locales/nb/learning.json";
import nbPrograms from "@/locales/nb/programs.json";
import { addDays, fromIsoDate, todayIso } from "@/lib/challenge/challenge-dates";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { expect, test } from "./support/login";
import { actAs, addMember, fill, inOrganization, unique } from "./support/people";
import { copyIntoNewOrganization } from "./support/programs";
import { screenshot } from "./support/screenshot";

const PHONE = { width: 390, height: 844 };

/** A due date (ISO) as the notice writes it, in `tag`'s words. */
const weekdayDate = (iso: string, tag: string) =>
  new Intl.DateTimeFormat(tag, { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(
    fromIsoDate(iso),
  );
const dayMonth = (iso: string, tag: string) =>
  new Intl.DateTimeFormat(tag, {
    day: "numeric",
    month: "long",
    year: iso.slice(0, 4) === todayIso().slice(0, 4) ? undefined : "numeric",
    timeZone: "UTC",
  }).format(fromIsoDate(iso));

test("an employee sees what is due this week and what is overdue at the top of My programs", async ({
  page,
  context,
  login,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const t = nbLearning.myPrograms.dueSoon;
  const p = nbPrograms;
  const orgName = `Frister ${unique()}`;
  const owner = await login({ name: `HR ${unique()}` });
  const { slug, programId, editorPath } = await copyIntoNewOrganization(page, "nb", orgName);
  await page.getByRole("button", { name: p.status.publish }).click();
  await expect(page.getByRole("status").filter({ hasText: p.status.publishedNow })).toBeVisible();

  // Due in three days, counted by the calendar in Oslo as the app does.
  const inThreeDays = addDays(todayIso(), 3);
  await page.goto(`${editorPath}/assignments`);
  await page.getByRole("radio", { name: fill(p.assign.everyone, { org: orgName }) }).check();
  await page.getByLabel(p.assign.dueDate).fill(inThreeDays);
  await page.getByRole("button", { name: p.assign.submit, exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: p.assign.assigned })).toBeVisible();

  const employee = await login({ name: `Ansatt ${unique()}` });
  await addMember(slug, owner, employee, "employee");
  await actAs(page, context, baseURL, employee);
  const learnPath = `/nb/o/${slug}/learn`;
  await page.goto(learnPath);

  const notice = page.getByRole("region", { name: t.title });
  await expect(notice).toBeVisible();
  const item = notice.getByRole("listitem");
  await expect(item).toHaveCount(1);
  await expect(item).toHaveText(
    `Håndtere avvisning — ${fill(t.dueOn, {
      date: weekdayDate(inThreeDays, "nb-NO"),
      left: fill(t.daysLeft_other, { count: 3 }),
    })}`,
  );
  const link = item.getByRole("link", { name: "Håndtere avvisning" });
  await expect(link).toHaveAttribute("href", `${learnPath}/${programId}`);
  // The notice comes before the list of programs.
  await expect(page.getByRole("heading", { level: 2 }).first()).toHaveText(t.title);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "due-soon-nb-desktop");
  await page.setViewportSize(PHONE);
  await screenshot(page, testInfo, "due-soon-nb-phone");

  // The same in English.
  await page.goto(`/en/o/${slug}/learn`);
  await expect(page.getByRole("region", { name: enLearning.myPrograms.dueSoon.title })).toContainText(
    `Handling rejection — ${fill(enLearning.myPrograms.dueSoon.dueOn, {
      date: weekdayDate(inThreeDays, "en"),
      left: fill(enLearning.myPrograms.dueSoon.daysLeft_other, { count: 3 }),
    })}`,
  );

  // The link opens the program.
  await page.goto(learnPath);
  await link.click();
  await expect(page).toHaveURL(`${learnPath}/${programId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Håndtere avvisning");

  // Four days overdue: the notice says since when.
  const setDueDate = (iso: string) =>
    inOrganization(slug, owner, (client) =>
      client.query(`update "Assignment" set "dueDate" = $1::date where "programId" = $2`, [iso, programId]),
    );
  const fourDaysAgo = addDays(todayIso(), -4);
  await setDueDate(fourDaysAgo);
  await page.goto(learnPath);
  const overdue = page.getByRole("region", { name: t.titleOverdue });
  await expect(overdue.getByRole("listitem")).toHaveText(
    `Håndtere avvisning — ${fill(t.overdueSince, { date: dayMonth(fourDaysAgo, "nb-NO") })}`,
  );
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, testInfo, "due-soon-overdue-nb-phone");
  await page.setViewportSize({ width: 1280, height: 720 });
  await screenshot(page, testInfo, "due-soon-overdue-nb-desktop");

  // Eight days ahead is not this week: no notice.
  await setDueDate(addDays(todayIso(), 8));
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: t.title })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: t.titleOverdue })).toHaveCount(0);
});
