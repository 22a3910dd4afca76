// The `dashboard-weight` item of `npm run bench` (issue 17 item 4: "dashboards send the browser only
// what it shows"): the HTML of the manager's team dashboard (a 20-person team with the bench
// organization's three programs), uncompressed, as the production build serves it to the team's
// manager, split into markup and the inline React Server Component payload (`self.__next_f.push`
// scripts) that repeats every server-rendered element a second time. The floor is the same server's
// 404 page for a team that does not exist under the same layout: what any signed-in page costs.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { freePort, startAppServer, waitUntilHealthy } from "../serve-app";
import { signInBenchPerson } from "./bench-session";

/** Uncompressed HTML of the team dashboard, in KB (issue 17: "well under 60 KB"). */
export const DASHBOARD_WEIGHT_TARGET_KB = 60;

export type DashboardWeightFigure = {
  /** "team" (the default view) or "team?program=…" for another program's view. */
  page: string;
  htmlKb: number;
  /** The HTML without the inline flight scripts. */
  markupKb: number;
  /** The `self.__next_f.push(…)` scripts. */
  flightKb: number;
  /** The same server's not-found page for a team id that does not exist, signed in. */
  floorKb: number;
  /** Markup of each `<section aria-labelledby=…>`, with BENCH_WEIGHT_DETAIL=1. */
  sections: Record<string, number>;
};

const kb = (text: string) => Buffer.byteLength(text, "utf8") / 1024;

/** The bench organization's first manager (`<slug>-1`), a fresh session, their team and its programs. */
async function prepareManager(appUrl: string, slug: string) {
  return signInBenchPerson(appUrl, slug, async (client, userId) => {
    const team = await client.query<{ id: string }>(
      `select tm."teamId"::text as id from "TeamMember" tm
         join "Membership" m on m.id = tm."membershipId"
        where m."userId" = $1::uuid and tm."isManager" limit 1`,
      [userId],
    );
    const programs = await client.query<{ id: string }>(
      `select p.id::text from "Program" p join "Assignment" a on a."programId" = p.id
        where p.status = 'published' and a."audienceKey" = 'everyone' order by p."createdAt", p.id`,
    );
    if (!team.rows[0]) throw new Error(`${slug}-1 manages no team`);
    return { teamId: team.rows[0].id, programIds: programs.rows.map((row) => row.id) };
  });
}

/** Splits a page's HTML into its markup and its inline flight scripts. */
export function splitHtml(html: string) {
  const flight = [...html.matchAll(/<script\b[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g)].map(
    (match) => match[0],
  );
  const flightKb = flight.reduce((sum, script) => sum + kb(script), 0);
  return { htmlKb: kb(html), flightKb, markupKb: kb(html) - flightKb };
}

/** Markup per `<section aria-labelledby="…">` (nested sections count in their parent too). */
function sectionSizes(html: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  for (const match of html.matchAll(/<section\b[^>]*aria-labelledby="([^"]+)"/g)) {
    const start = match.index;
    // The matching </section>, counting nested ones.
    let depth = 0;
    const tags = /<section\b|<\/section>/g;
    tags.lastIndex = start;
    let end = html.length;
    for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
      depth += tag[0] === "</section>" ? -1 : 1;
      if (depth === 0) {
        end = tag.index + tag[0].length;
        break;
      }
    }
    sizes[match[1]!] = kb(html.slice(start, end));
  }
  return sizes;
}

/** The dashboard's weight served by the production build to the bench team's manager. */
export async function measureDashboardWeight(appUrl: string, slug: string): Promise<DashboardWeightFigure[]> {
  const root = path.resolve(__dirname, "../..");
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("dashboard-weight measures the production build: run `npm run build` first");
  }
  const manager = await prepareManager(appUrl, slug);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = startAppServer({
    appUrl,
    port,
    host: "127.0.0.1",
    processes: 1,
    env: {
      ...process.env,
      APP_URL: origin,
      NEXTAUTH_URL: origin,
      PORT: String(port),
      // Only pages are read: no nightly run or mail jobs from this server in the bench database.
      SNAPSHOT_SCHEDULER: "off",
      JOB_WORKER: "off",
      JOB_SCHEDULE: "off",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    if (!(await waitUntilHealthy(`${origin}/api/health`, 60_000))) throw new Error("the app did not start");
    const headers = { cookie: `next-auth.session-token=${manager.token}` };
    const get = async (url: string, status = 200) => {
      const response = await fetch(url, { headers, redirect: "manual" });
      const html = await response.text();
      if (response.status !== status) throw new Error(`${url} answered ${response.status}`);
      return html;
    };
    const teams = `${origin}/en/o/${slug}/insights/teams`;
    const floorKb = kb(await get(`${teams}/00000000-0000-4000-8000-000000000000`, 404));
    const pages: [string, string][] = [
      ["team", `${teams}/${manager.teamId}`],
      // Another program's view: the switcher's link, which must weigh no more than the default.
      ...manager.programIds
        .slice(1, 2)
        .map((id): [string, string] => ["team?program=2", `${teams}/${manager.teamId}?program=${id}`]),
    ];
    const figures: DashboardWeightFigure[] = [];
    for (const [page, url] of pages) {
      const html = await get(url);
      // BENCH_DASHBOARD_DUMP=/tmp/dir keeps each page's HTML, to see what it carries.
      if (process.env.BENCH_DASHBOARD_DUMP) {
        writeFileSync(path.join(process.env.BENCH_DASHBOARD_DUMP, `${page.replace(/\W/g, "-")}.html`), html);
      }
      figures.push({ page, ...splitHtml(html), floorKb, sections: sectionSizes(html) });
    }
    return figures;
  } finally {
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  }
}
