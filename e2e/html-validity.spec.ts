// The W3C Nu HTML checker (npm vnu-jar, run with the system's Java) over the HTML the server sends
// for every page a test can reach: public pages, and signed in as a learner, a manager and HR. All
// pages go to one java run (a JVM start costs seconds; the check itself is fast). Errors fail the
// test, except the few that Next.js itself renders (ADR 033), each named below with why.
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { APIRequestContext } from "@playwright/test";
import { logAttempts } from "@/lib/challenge/testing/challenge-fixtures";
import { teamWithProgress } from "./support/arrange";
import { expect, test } from "./support/login";
import { actAs, unique } from "./support/people";
import { FLAGSHIP, publishFlagshipToEveryone } from "./support/programs";

const run = promisify(execFile);
const VNU_JAR = path.join(process.cwd(), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
/**
 * For one short run: the quick compiler only (half the CPU time of a default JVM for ~50 pages,
 * measured 2.7 s against 6.3 s), with the deeper stack its frames need for the HTML schema.
 */
const JVM_FLAGS = ["-XX:TieredStopAtLevel=1", "-Xss16m"];

type VnuMessage = {
  type: "error" | "info" | "non-document-error";
  url: string;
  message: string;
  extract?: string;
  lastLine?: number;
};

/**
 * What Next.js renders and we cannot change, matched on the checker's message and the markup it
 * quotes (ADR 033). Each entry says why it is there; nothing of ours may match.
 */
const NEXT_OWN: ReadonlyArray<{ why: string; message: RegExp; extract: RegExp }> = [
  {
    why:
      "React renders a form bound to a server action with an empty action (post to this page's URL) " +
      "before hydration, so that it works without JavaScript; the standard wants the URL spelt out.",
    message: /^Bad value “” for attribute “action” on element “form”: Must be non-empty\.$/,
    extract: /action="" encType="multipart\/form-data" method="POST"/,
  },
];

function allowed(message: VnuMessage): boolean {
  return NEXT_OWN.some(
    (entry) => entry.message.test(message.message) && entry.extract.test(message.extract ?? ""),
  );
}

/** Every page's HTML as the server sends it (before any script runs), saved under `dir`. */
async function savePages(request: APIRequestContext, dir: string, pages: Array<[string, string]>) {
  const files: string[] = [];
  for (const [name, url] of pages) {
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), `${url} answers with a page`).toBeLessThan(500);
    expect(response.headers()["content-type"], url).toContain("text/html");
    const html = await response.text();
    // One h1 per page, in the HTML as sent (the checker below finds skipped levels). Not for the
    // 404 answers: Next.js sends their body for the browser to render from the page's data.
    if (response.status() === 200) expect(html.match(/<h1[\s>]/g), `${url}: one h1`).toHaveLength(1);
    const file = path.join(dir, `${name}.html`);
    await writeFile(file, html);
    files.push(file);
  }
  return files;
}

test("every page a test can reach is valid HTML by the W3C Nu checker", async ({
  page,
  context,
  login,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const dir = testInfo.outputPath("html");
  await mkdir(dir, { recursive: true });
  const files: string[] = [];

  // Public pages, signed out.
  files.push(
    ...(await savePages(context.request, dir, [
      ["public-home-nb", "/nb"],
      ["public-home-en", "/en"],
      ["public-home-nl", "/nl"],
      ["sign-in", "/nb/sign-in"],
      ["sign-in-confirm", "/nb/sign-in/confirm"],
      ["verify", "/nb/verify"],
      ["signed-out", "/nb/signed-out"],
      ["goodbye", "/nb/goodbye"],
      ["library", "/nb/library"],
      ["library-program", `/nb/library/${FLAGSHIP}`],
      ["unsubscribe-without-token", "/nb/unsubscribe"],
      ["invitation-unknown", "/nb/invitations/no-such-token"],
      ["not-found", "/nb/no-such-page"],
    ])),
  );

  // An organization with the flagship assigned to everyone, a team of a manager and an employee,
  // and some progress, so that the learner's and the insight pages show their tables and charts.
  const suffix = unique();
  const owner = await login({ name: `Hilde HR ${suffix}` });
  // A statement's public page, by the first link to one on the program's page.
  await page.goto(`/nb/library/${FLAGSHIP}`);
  const statementPath = await page
    .locator(`main a[href^="/nb/library/${FLAGSHIP}/"]:not([href$="/copy"])`)
    .first()
    .getAttribute("href");
  files.push(...(await savePages(context.request, dir, [["library-statement", statementPath!]])));
  files.push(
    ...(await savePages(context.request, dir, [
      ["orgs-none", "/nb/orgs"],
      ["orgs-new", "/nb/orgs/new"],
      ["library-copy-no-org", `/nb/library/${FLAGSHIP}/copy`],
    ])),
  );
  const { slug, programId } = await publishFlagshipToEveryone(page, "nb", `Gyldig ${suffix}`);
  const employee = await login({ name: `Eva Ansatt ${suffix}` });
  const manager = await login({ name: `Mona Leder ${suffix}` });
  const arranged = await teamWithProgress({
    slug,
    owner,
    programId,
    employee,
    manager,
    teamName: `Salg ${suffix}`,
    levels: [3],
  });
  const { team, resource, statement } = arranged;
  // Two "no"s in the employee's challenge log, in different weeks, so its chart and table are on
  // the page; logged by the employee, whose log it is.
  await logAttempts(
    arranged.employeeMember,
    [1, 15].map((daysAgo) => ({
      daysAgo,
      area: "work",
      ask: "Spurte om en rabatt",
      outcome: "no",
      feelingBefore: 2,
      feelingAfter: 3,
    })),
  );
  const base = `/nb/o/${slug}`;

  // HR (the owner; each login above made the browser that person).
  await actAs(page, context, baseURL, owner);
  files.push(
    ...(await savePages(context.request, dir, [
      ["orgs", "/nb/orgs"],
      ["library-copy", `/nb/library/${FLAGSHIP}/copy`],
      ["hr-home", base],
      ["hr-members", `${base}/members`],
      ["hr-teams", `${base}/teams`],
      ["hr-team", `${base}/teams/${team}`],
      ["hr-invitations", `${base}/invitations`],
      ["hr-invitations-import", `${base}/invitations/import`],
      ["hr-programs", `${base}/programs`],
      ["hr-programs-new", `${base}/programs/new`],
      ["hr-program-editor", `${base}/programs/${programId}`],
      ["hr-program-assignments", `${base}/programs/${programId}/assignments`],
      ["hr-program-updates", `${base}/programs/${programId}/updates`],
      ["hr-insights", `${base}/insights`],
      ["hr-insights-organization", `${base}/insights/organization`],
      ["hr-insights-team", `${base}/insights/teams/${team}`],
      ["hr-audit", `${base}/audit`],
      ["hr-settings", `${base}/settings`],
      ["hr-settings-sso", `${base}/settings/sso`],
    ])),
  );

  // The employee: every learner page.
  await actAs(page, context, baseURL, employee);
  files.push(
    ...(await savePages(context.request, dir, [
      ["learner-home", base],
      ["learner-programs", `${base}/learn`],
      ["learner-program", `${base}/learn/${programId}`],
      ["learner-resource", `${base}/learn/${programId}/resources/${resource}`],
      ["learner-statement", `${base}/learn/${programId}/statements/${statement}`],
      ["learner-growth", `${base}/learn/${programId}/growth`],
      ["learner-challenge", `${base}/challenge`],
      ["learner-me", `${base}/me`],
      ["sign-out", "/nb/sign-out"],
    ])),
  );

  // The manager: their insights and their team's dashboard.
  await actAs(page, context, baseURL, manager);
  files.push(
    ...(await savePages(context.request, dir, [
      ["manager-insights", `${base}/insights`],
      ["manager-team", `${base}/insights/teams/${team}`],
    ])),
  );

  // A page with one known error, to show the checker ran over the files and reports what it finds.
  const canary = path.join(dir, "canary.html");
  await writeFile(
    canary,
    `<!doctype html><html lang="en"><head><title>Canary</title></head><body><div made-up="1"></div></body></html>`,
  );

  // One java run over every page. vnu exits non-zero when it finds errors; its JSON is on stderr.
  const { stderr } = await run(
    "java",
    [
      ...JVM_FLAGS,
      "-jar",
      VNU_JAR,
      "--format",
      "json",
      "--errors-only",
      "--exit-zero-always",
      canary,
      ...files,
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const messages = (JSON.parse(stderr) as { messages: VnuMessage[] }).messages;
  const fromCanary = (message: VnuMessage) => decodeURIComponent(message.url).endsWith("/canary.html");
  expect(messages.filter(fromCanary).map((message) => message.message)).toEqual([
    "Attribute “made-up” not allowed on element “div” at this point.",
  ]);
  const errors = messages
    .filter((message) => !fromCanary(message) && message.type !== "info" && !allowed(message))
    .map(
      (message) =>
        `${path.basename(decodeURIComponent(message.url))}:${message.lastLine ?? "?"} ${message.message}` +
        (message.extract ? `  «${message.extract.replace(/\s+/g, " ").slice(0, 160)}»` : ""),
    );
  expect(files.length).toBeGreaterThan(40);
  expect(errors, `the W3C Nu checker on ${files.length} pages`).toEqual([]);
});
