// XSS corpus (e2e/support/xss-payloads.ts) in program texts and the learner's own writing, viewed
// by the learner, their manager and HR; and the CSV exports with formula payloads defused. The
// list of every writable field and where it is covered is in e2e/xss-people.spec.ts.
import type { Page } from "@playwright/test";
import Papa from "papaparse";
import nbChallenge from "@/locales/nb/challenge.json";
import nbLearning from "@/locales/nb/learning.json";
import { expect, test, type LoggedInUser } from "./support/login";
import { logChallengeAttempt, saveReflection } from "./support/learner-forms";
import { actAs, fill, inOrganization, unique } from "./support/people";
import { copyIntoNewOrganization } from "./support/programs";
import { screenshot } from "./support/screenshot";
import { addMemberships, addTeamMembers, addTeams } from "./support/xss-arrange";
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

  const arranged = await inOrganization(slug, hr, async (client, orgId) => {
    const [learnerId, managerId, ...raterIds] = await addMemberships(
      client,
      orgId,
      [learner.id, manager.id, ...raters.map((rater) => rater.id)],
      "employee",
    );
    await client.query(`update "Membership" set role = 'manager' where id = $1`, [managerId]);
    const [teamId] = await addTeams(client, orgId, [teamName]);
    await addTeamMembers(client, orgId, teamId!, [managerId!, learnerId!, ...raterIds], 1);
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
      await client.query<{ id: string; revision: number; prompts: number }>(
        `select id, revision, jsonb_array_length("reflectionPrompts") as prompts
           from "ProgramStatement" where "programId" = $1 order by position`,
        [programId],
      )
    ).rows;
    for (const [index, statement] of statements.entries())
      await client.query(`update "ProgramStatement" set text = $2 where id = $1`, [
        statement.id,
        localized(chunks200[(index + 1) % chunks200.length]!),
      ]);
    const resources = (
      await client.query<{ id: string }>(
        `select id from "ProgramResource" where "statementId" = $1 order by position`,
        [statements[0]!.id],
      )
    ).rows;
    await client.query(`update "ProgramResource" set title = $2, body = $3 where "programId" = $1`, [
      programId,
      localized(payloadChunks(150)[2]!),
      localized(body),
    ]);
    await client.query(
      `insert into "Assignment" (id, "organizationId", "programId", "teamId", "audienceKey", "dueDate", "createdAt", "updatedAt")
       values (gen_random_uuid(), $1, $2, $3::uuid, $3::text, current_date + 7, now(), now())`,
      [orgId, programId, teamId],
    );
    // Three raters on the first statement, so its distribution is shown to the manager and HR.
    for (const [index, membershipId] of raterIds.entries()) {
      const rating = await client.query<{ id: string }>(
        `insert into "Rating" (id, "organizationId", "membershipId", "programId", "statementId", "statementRevision", level, "requestKey", "createdAt")
         values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, gen_random_uuid()::text, now()) returning id`,
        [orgId, membershipId, programId, statements[0]!.id, statements[0]!.revision, index + 1],
      );
      await client.query(
        `insert into "CurrentRating" ("organizationId", "membershipId", "statementId", "programId", "ratingId", level, "statementRevision", "ratedAt")
         values ($1, $2, $3, $4, $5, $6, $7, now())`,
        [
          orgId,
          membershipId,
          statements[0]!.id,
          programId,
          rating.rows[0]!.id,
          index + 1,
          statements[0]!.revision,
        ],
      );
    }
    await client.query(
      `insert into "HelpRequest" (id, "organizationId", "membershipId", "programId", "statementId", "createdAt")
       values (gen_random_uuid(), $1, $2, $3, $4, now())`,
      [orgId, learnerId, programId, statements[0]!.id],
    );
    return { teamId: teamId!, learnerId: learnerId!, statements, resourceId: resources[0]!.id };
  });

  // The learner's private rows, written as the learner (RLS binds them to their author): 100 rated
  // notes, a reflection holding the whole corpus, 100 challenge attempts.
  const hundred = oneLinePayloads.slice(0, 100);
  const s1 = arranged.statements[0]!;
  const prompted = arranged.statements.find((statement) => statement.prompts > 0)!;
  await inOrganization(slug, learner, async (client, orgId) => {
    const ratings = await client.query<{ id: string }>(
      `insert into "Rating" (id, "organizationId", "membershipId", "programId", "statementId", "statementRevision", level, "requestKey", "createdAt")
       select gen_random_uuid(), $1, $2, $3, $4, $5, 1 + n % 4, gen_random_uuid()::text, now() - make_interval(mins => n::int)
         from generate_series(1, 100) as n
       returning id`,
      [orgId, arranged.learnerId, programId, s1.id, s1.revision],
    );
    await client.query(
      `insert into "RatingNote" ("ratingId", "organizationId", "userId", text, "createdAt")
       select r, $1, $2, ($4::text[])[n], now() from unnest($3::uuid[]) with ordinality as t(r, n)`,
      [orgId, learner.id, ratings.rows.map((row) => row.id), hundred],
    );
    await client.query(
      `insert into "Reflection" (id, "organizationId", "userId", "membershipId", "statementId", "promptIndex", text, "createdAt", "updatedAt")
       values (gen_random_uuid(), $1, $2, $3, $4, 0, $5, now(), now())`,
      [orgId, learner.id, arranged.learnerId, prompted.id, reflection],
    );
    await client.query(
      `insert into "ChallengeGoal" (id, "organizationId", "membershipId", target, "startsOn", "endsOn", "shareCountWithTeams", "noCount", "createdAt", "updatedAt")
       values (gen_random_uuid(), $1, $2, 100, current_date - 30, current_date + 30, true, 100, now(), now())`,
      [orgId, arranged.learnerId],
    );
    await client.query(
      `insert into "ChallengeAttempt" (id, "organizationId", "userId", "membershipId", "occurredOn", area, ask, outcome, "feelingBefore", "feelingAfter", lesson, "requestKey", "createdAt", "updatedAt")
       select gen_random_uuid(), $1, $2, $3, current_date - (n % 30)::int, 'work', ask, 'no', 2, 4, ask, gen_random_uuid()::text, now(), now()
         from unnest($4::text[]) with ordinality as t(ask, n)`,
      [orgId, learner.id, arranged.learnerId, hundred],
    );
  });

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
