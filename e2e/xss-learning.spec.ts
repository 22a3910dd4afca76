// XSS corpus (e2e/support/xss-payloads.ts) in program texts and the learner's own writing, viewed
// by the learner, their manager and HR; and the CSV exports with formula payloads defused. The
// list of every writable field and where it is covered is in e2e/xss-people.spec.ts.
import type { Page } from "@playwright/test";
import Papa from "papaparse";
import nbChallenge from "@/locales/nb/challenge.json";
import nbLearning from "@/locales/nb/learning.json";
import { randomUUID } from "node:crypto";
import { logAttempts, setGoal } from "@/lib/challenge/testing/challenge-fixtures";
import {
  addTeamsNamed,
  addToTeam,
  askForHelp,
  assignToTeams,
  rate,
  withProgram,
} from "@/lib/insights/testing/insight-fixtures";
import { rateStatement } from "@/lib/learning/rate-statement";
import { saveReflection as saveReflectionUseCase } from "@/lib/learning/save-reflection";
import { as } from "@/lib/programs/testing/program-fixtures";
import { joinAs, organizationOf, type TestMember } from "./support/arrange";
import { expect, test, type LoggedInUser } from "./support/login";
import { logChallengeAttempt, saveReflection } from "./support/learner-forms";
import { actAs, fill, inOrganization, unique } from "./support/people";
import { copyIntoNewOrganization } from "./support/programs";
import { screenshot } from "./support/screenshot";
import {
  csvFormulaPayloads,
  oneLinePayloads,
  payloadChunks,
  storablePayloads,
  textareaPayloads,
  watchForScripts,
} from "./support/xss-payloads";

const SPOT = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(3)">',
  "{{constructor.constructor('alert(46)')()}}",
];
const main = (page: Page) => page.getByRole("main");
const localized = (text: string) => JSON.stringify({ nb: text, en: text, nl: text });

test("payload program texts, notes, reflections and challenge entries never run, for the learner, the manager and HR; CSV exports defuse formulas", async ({
  page,
  context,
  login,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const guard = watchForScripts(page);
  await guard.installed;
  const hr = await login({ name: `<svg/onload=alert('hr')> ${unique()}` });
  const { slug, programId } = await copyIntoNewOrganization(page, "nb", `<x onclick=alert(55)> ${unique()}`);

  // People whose names are formula cells and markup; the learner, a manager and three more raters.
  const learner = await login({ name: `-2+3+cmd|' /C calc'!A0 <img src=x onerror=alert('learner')>` });
  const manager = await login({ name: `@SUM(1+1)*cmd|' /C calc'!A0` });
  const raters: LoggedInUser[] = [];
  for (const name of [csvFormulaPayloads[0], csvFormulaPayloads[1], SPOT[0]!])
    raters.push(await login({ name }));
  const teamName = csvFormulaPayloads[2];
  const title = `${csvFormulaPayloads[0]} <img src=x onerror=alert('title')>`.slice(0, 120);
  const chunks200 = payloadChunks(200);
  const body = storablePayloads.join("\n\n");
  const reflection = textareaPayloads.join("\n\n");

  // The people, the team and the learning rows through the factories and use cases; the
  // program's texts become payloads directly (longer and stranger than the editor's forms allow).
  const org = await organizationOf(slug, hr);
  const learnerMember = await joinAs(org, learner, "employee");
  const managerMember = await joinAs(org, manager, "manager");
  const raterMembers: TestMember[] = [];
  for (const rater of raters) raterMembers.push(await joinAs(org, rater, "employee"));
  const [teamId] = await addTeamsNamed(org, [teamName]);
  await addToTeam(
    org,
    teamId!,
    [managerMember, learnerMember, ...raterMembers].map((member) => member.membershipId),
    1,
  );
  await inOrganization(slug, hr, async (client) => {
    await client.query(
      `update "Program" set status = 'published', title = $2, tagline = $3, summary = $4,
              quote = jsonb_build_object('text', $5::jsonb, 'author', $6::text)
        where id = $1`,
      [
        programId,
        localized(title),
        localized(chunks200[0]!),
        localized(payloadChunks(600)[0]!),
        localized(payloadChunks(300)[1]!),
        "<svg onload=alert('author')>",
      ],
    );
    const statements = (
      await client.query<{ id: string }>(
        `select id from "ProgramStatement" where "programId" = $1 order by position`,
        [programId],
      )
    ).rows;
    for (const [index, statement] of statements.entries())
      await client.query(`update "ProgramStatement" set text = $2 where id = $1`, [
        statement.id,
        localized(chunks200[(index + 1) % chunks200.length]!),
      ]);
    await client.query(`update "ProgramResource" set title = $2, body = $3 where "programId" = $1`, [
      programId,
      localized(payloadChunks(150)[2]!),
      localized(body),
    ]);
  });
  const program = await withProgram(org, programId);
  const statements = await as(org.members.owner, ({ tx }) =>
    tx.programStatement.findMany({
      where: { programId },
      orderBy: { position: "asc" },
      select: { id: true, reflectionPrompts: true },
    }),
  );
  await assignToTeams(program, [teamId!], new Date(Date.now() + 7 * 24 * 60 * 60 * 1000));
  // Three raters on the first statement, so its distribution is shown to the manager and HR.
  const s1 = program.statements[0]!;
  for (const [index, rater] of raterMembers.entries()) await rate(program, rater.membershipId, s1, index + 1);
  await askForHelp(program, learnerMember.membershipId, s1);
  const arranged = { teamId: teamId!, resourceId: s1.resources[0]!.id };

  // The learner's private rows, written as the learner through the learning and challenge use
  // cases: 100 rated notes, a reflection holding the whole corpus, a goal and 100 attempts.
  const hundred = oneLinePayloads.slice(0, 100);
  const prompted = statements.find(
    (statement) => Array.isArray(statement.reflectionPrompts) && statement.reflectionPrompts.length > 0,
  )!;
  await as(learnerMember, async ({ tx, ctx }) => {
    for (const [index, note] of hundred.entries())
      await rateStatement({
        tx,
        ctx,
        input: {
          statementId: s1.id,
          level: 1 + ((index + 1) % 4),
          note,
          unclear: false,
          wantsHelp: false,
          requestKey: randomUUID(),
        },
      });
    await saveReflectionUseCase({
      tx,
      ctx,
      input: { statementId: prompted.id, promptIndex: 0, text: reflection },
    });
  });
  await setGoal(learnerMember, { target: "100", daysAgo: 30, daysAhead: 30, shareWithTeams: true });
  await logAttempts(
    learnerMember,
    hundred.map((ask, index) => ({
      daysAgo: (index + 1) % 30,
      area: "work",
      ask,
      outcome: "no",
      feelingBefore: 2,
      feelingAfter: 4,
      lesson: ask,
    })),
  );

  const visit = async (path: string, where: string, texts: readonly string[]) => {
    await page.goto(path);
    for (const text of texts) await expect(main(page), `${where}: ${text}`).toContainText(text);
    await guard.expectNoScriptRan(where);
  };
  const base = `/nb/o/${slug}`;
  const learn = `${base}/learn/${programId}`;

  // The learner: every page that shows the program's texts and their own writing.
  await actAs(page, context, baseURL, learner);
  await visit(`${base}/learn`, "learn", [title]);
  await visit(learn, "learner program", [title, chunks200[1]!]);
  await visit(`${learn}/statements/${s1.id}`, "statement with 100 notes", [
    chunks200[1]!,
    hundred[0]!,
    hundred[99]!,
  ]);
  expect(await page.title()).toContain(chunks200[1]!);
  await visit(`${learn}/statements/${prompted.id}`, "statement with a reflection", []);
  await expect(
    page.getByRole("region", { name: nbLearning.reflection.title }).getByRole("textbox").first(),
  ).toHaveValue(reflection);
  await screenshot(page, testInfo, "xss-statement-notes-nb");
  await visit(`${learn}/resources/${arranged.resourceId}`, "resource (Markdown body)", [
    "md-js",
    "md-entity",
    SPOT[2]!,
  ]);
  await visit(`${learn}/growth`, "growth", [chunks200[1]!]);
  // The log is paged, 20 attempts a page (issue 19): the payloads are spread over five pages.
  const logTexts: string[] = [];
  for (let number = 1; number <= 5; number += 1) {
    await visit(`${base}/challenge?page=${number}`, `challenge log page ${number}`, [
      fill(nbChallenge.list.page, { page: number, count: 5 }),
    ]);
    logTexts.push((await main(page).textContent()) ?? "");
    if (number === 1) await screenshot(page, testInfo, "xss-challenge-nb");
  }
  for (const payload of [hundred[0]!, hundred[50]!, hundred[99]!])
    expect(logTexts.join("\n")).toContain(payload);
  await visit(`${base}/me`, "my data", []);

  // The learner's forms: a rating note, a reflection and a challenge attempt typed in the UI.
  const t = nbLearning;
  const typedNote = `<img src=x onerror=alert('note')> ${unique()}`;
  await page.goto(`${learn}/statements/${prompted.id}`);
  await page.getByRole("radio", { name: `2 · ${t.levels[2].name}` }).click();
  await page.getByLabel(t.rating.note).fill(typedNote);
  await page.getByRole("button", { name: t.rating.submit }).click();
  await expect(page.getByRole("status").filter({ hasText: t.rating.saved })).toBeVisible();
  await expect(page.getByRole("region", { name: t.rating.historyTitle })).toContainText(typedNote);
  await guard.expectNoScriptRan("note typed");
  // `prompted` has reflection prompts: the reflection form is there.
  await saveReflection(page, t, `</textarea><script>alert('reflection')</script> ${unique()}`);
  await guard.expectNoScriptRan("reflection typed");
  const c = nbChallenge;
  const typedAsk = `<svg><script>alert('ask')</script></svg> ${unique()}`;
  await page.goto(`${base}/challenge`);
  await logChallengeAttempt(page, c, {
    ask: typedAsk,
    outcome: "no",
    before: 2,
    after: 4,
    lesson: "${alert('lesson')} {{constructor.constructor('alert(1)')()}}",
  });
  await expect(main(page)).toContainText(typedAsk);
  await guard.expectNoScriptRan("attempt typed");

  // The manager: the team's insights (names, statement texts, the help request).
  await actAs(page, context, baseURL, manager);
  await visit(`${base}/insights`, "manager insights", [teamName]);
  await visit(`${base}/insights/teams/${arranged.teamId}`, "manager team insights", [
    learner.name!,
    chunks200[1]!,
  ]);
  expect(await page.title()).toContain(teamName);

  // HR: programs, editor, assignments, organization insights, and the CSV exports.
  await actAs(page, context, baseURL, hr);
  await visit(`${base}/programs`, "programs", [title]);
  await visit(`${base}/programs/${programId}`, "editor", [title]);
  await visit(`${base}/programs/${programId}/assignments`, "assignments", [teamName]);
  await visit(`${base}/insights/organization`, "organization insights", [title]);
  await visit(`${base}/insights/teams/${arranged.teamId}`, "HR team insights", [learner.name!]);
  await visit(`${base}/audit`, "audit log", []);

  for (const kind of ["ratings", "completion"] as const) {
    const response = await page.request.get(`${base}/insights/export/${kind}`);
    expect(response.status(), kind).toBe(200);
    const text = (await response.text()).replace(/^\uFEFF/, "");
    const cells = Papa.parse<string[]>(text, { skipEmptyLines: true }).data.flat();
    // Every payload arrives, defused with a leading apostrophe; no cell starts a formula.
    expect(
      cells.filter((cell) => /^[=+\-@\t\r]/.test(cell)),
      kind,
    ).toEqual([]);
    expect(cells, kind).toContain(`'${title}`);
    if (kind === "ratings") expect(cells).toContain(`'${teamName}`);
    else
      for (const { name } of [learner, manager, ...raters])
        expect(cells, kind).toContain(/^[=+\-@\t\r]/.test(name!) ? `'${name}` : name);
  }
});
