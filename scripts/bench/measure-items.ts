// The second half of `npm run bench` (started by run.ts with APP_DATABASE_URL pointing at the
// bench database): each item calls the app's own domain code exactly as a request would, through
// withTenant as the application role under row-level security; its floor does the same work in
// hand-written SQL through `pg`, as the same role in the same organization.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { withTenant } from "@/lib/db/tenant";
import { getEnv, databaseUrls } from "@/lib/env";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { getOrganizationOverview } from "@/lib/insights/organization-overview";
import { getTeamDashboard } from "@/lib/insights/team-dashboard";
import { publishRatingSnapshots } from "@/lib/insights/snapshots/publish-snapshots";
import { withOrganization } from "@/lib/db/tenant";
import { rateStatement } from "@/lib/learning/rate-statement";
import { claimAssigned } from "@/lib/notifications/claim-notifications";
import { copyLibraryProgram } from "@/lib/programs/copy-library-program";
import { DECOY_ORGANIZATION, MAIN_ORGANIZATION } from "./seed-bench-data";
import {
  LEARNER_STATEMENTS_TARGET,
  LEARNER_THROUGHPUT_TARGET,
  PAGE_WEIGHT_MARGIN_KB,
  measureServedPages,
} from "./learner-pages";
import { DASHBOARD_WEIGHT_TARGET_KB, measureDashboardWeight } from "./dashboard-weight";
import { formatResults, measure, missedTarget, type BenchItem, type BenchResult } from "./stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const FLAGSHIP = "handtere-avvisning";

/** The first team of the organization, its manager, one of its employees and one statement. */
async function findTeamAndPeople(pool: pg.Pool, owner: WorkspaceContext) {
  let found:
    { team: string; manager: WorkspaceContext; employee: WorkspaceContext; statementId: string } | undefined;
  await inOrganization(pool, owner, async (client) => {
    const { rows } = await client.query<{
      team: string;
      manager_membership: string;
      manager_user: string;
      employee_membership: string;
      employee_user: string;
      statement: string;
    }>(
      `select t.id::text as team,
              mm.id::text as manager_membership, mm."userId"::text as manager_user,
              em.id::text as employee_membership, em."userId"::text as employee_user,
              (select id::text from "ProgramStatement" where "organizationId" = $1::uuid order by position limit 1) as statement
         from "Team" t
         join "TeamMember" mt on mt."teamId" = t.id and mt."isManager"
         join "Membership" mm on mm.id = mt."membershipId"
         join "TeamMember" et on et."teamId" = t.id and not et."isManager"
         join "Membership" em on em.id = et."membershipId"
        where t."organizationId" = $1::uuid
        order by t.name, em."createdAt" limit 1`,
      [owner.orgId],
    );
    const row = rows[0];
    if (!row) throw new Error("the bench organization has no team");
    found = {
      team: row.team,
      manager: { ...owner, membershipId: row.manager_membership, userId: row.manager_user, role: "manager" },
      employee: {
        ...owner,
        membershipId: row.employee_membership,
        userId: row.employee_user,
        role: "employee",
      },
      statementId: row.statement,
    };
  });
  return found!;
}

// The floors: what the dashboards compute, as one hand-written statement each (progress per
// person and program, current distributions, monthly trend, open help requests), returning the
// same figures without the k rule's bookkeeping.
const assignedProgress = (onlyPeople: boolean) => `
  assigned as (
    select pe.id as membership_id, a."programId" as program_id, min(a."dueDate") as due_date
      from people pe
      join "Assignment" a on a."organizationId" = $1::uuid
      join "Program" p on p.id = a."programId" and p.status = 'published'
     where a."audienceKey" = 'everyone'
        or exists (select 1 from "TeamMember" tm where tm."membershipId" = pe.id and tm."teamId" = a."teamId")
     group by pe.id, a."programId"),
  totals as (
    select "programId" as program_id, count(*) as total from (
      select "programId" from "ProgramResource" where "organizationId" = $1::uuid and not hidden
      union all
      select "programId" from "ProgramStatement" where "organizationId" = $1::uuid and not hidden) i
     group by 1),
  done as (
    select membership_id, program_id, count(*) as done from (
      select rc."membershipId" as membership_id, r."programId" as program_id
        from "ResourceCompletion" rc
        join "ProgramResource" r on r.id = rc."resourceId" and r.revision = rc."resourceRevision" and not r.hidden
       where rc."organizationId" = $1::uuid ${onlyPeople ? `and rc."membershipId" in (select id from people)` : ""}
      union all
      select cr."membershipId", s."programId"
        from "CurrentRating" cr
        join "ProgramStatement" s on s.id = cr."statementId" and s.revision = cr."statementRevision" and not s.hidden
       where cr."organizationId" = $1::uuid ${onlyPeople ? `and cr."membershipId" in (select id from people)` : ""}) d
     group by 1, 2),
  progress as (
    select a.membership_id, a.program_id, a.due_date, coalesce(t.total, 0) as total, coalesce(d.done, 0) as done
      from assigned a
      left join totals t on t.program_id = a.program_id
      left join done d on d.membership_id = a.membership_id and d.program_id = a.program_id)`;

const TEAM_DASHBOARD_FLOOR = `
  with people as (
    select tm."membershipId" as id from "TeamMember" tm
      join "Membership" m on m.id = tm."membershipId" and m.status = 'active'
     where tm."organizationId" = $1::uuid and tm."teamId" = $2::uuid and not tm."isManager"),
  ${assignedProgress(true)},
  months(cutoff) as (
    select least(($3::timestamptz - (n || ' months')::interval), $3::timestamptz) from generate_series(0, 5) n)
  select
    (select json_agg(json_build_object('m', p.membership_id, 'p', p.program_id, 'total', p.total, 'done', p.done,
                                       'due', p.due_date, 'name', u.name, 'last', m."lastActivityAt"))
       from progress p join "Membership" m on m.id = p.membership_id join "User" u on u.id = m."userId") as progress,
    (select json_agg(x) from (
       select cr."statementId", cr.level, count(*) from "CurrentRating" cr
        where cr."organizationId" = $1::uuid and cr."membershipId" in (select id from people)
        group by 1, 2) x) as distributions,
    (select json_agg(x) from (
       select mo.cutoff, latest."statementId", latest.level, count(*) from months mo
       cross join lateral (
         select distinct on (r."membershipId", r."statementId") r."statementId", r.level from "Rating" r
          where r."organizationId" = $1::uuid and r."membershipId" in (select id from people) and r."createdAt" < mo.cutoff
          order by r."membershipId", r."statementId", r."createdAt" desc) latest
       group by 1, 2, 3) x) as trend,
    (select json_agg(h) from "HelpRequest" h
      where h."organizationId" = $1::uuid and h."membershipId" in (select id from people) and h."handledAt" is null) as help`;

const HR_OVERVIEW_FLOOR = `
  with people as (select id from "Membership" where "organizationId" = $1::uuid and status = 'active'),
  ${assignedProgress(false)}
  select
    (select json_agg(x) from (
       select p.program_id, tm."teamId", count(*), count(*) filter (where p.done > 0),
              count(*) filter (where p.total > 0 and p.done >= p.total)
         from progress p left join "TeamMember" tm on tm."membershipId" = p.membership_id and not tm."isManager"
        group by grouping sets ((p.program_id), (p.program_id, tm."teamId"))) x) as figures,
    (select json_agg(x) from (
       select p.membership_id, p.program_id, p.due_date from progress p
        where p.due_date < $2::date and not (p.total > 0 and p.done >= p.total)
        order by p.due_date limit 200) x) as overdue,
    (select json_agg(x) from (
       select cr."statementId", cr.level, count(*) from "CurrentRating" cr
        where cr."organizationId" = $1::uuid and cr."membershipId" in (select id from people)
        group by 1, 2) x) as distributions,
    (select json_agg(h) from (
       select * from "HelpRequest" where "organizationId" = $1::uuid and "handledAt" is null
        order by "createdAt" desc limit 200) h) as help`;

function toContext(
  row: { id: string; name: string; membership_id: string; user_id: string },
  slug: string,
): WorkspaceContext {
  return {
    orgId: row.id,
    orgSlug: slug,
    orgName: row.name,
    orgLanguage: "nb",
    membershipId: row.membership_id,
    role: "owner",
    userId: row.user_id,
  };
}

/** Runs `sql` statements in one transaction as the application role inside the organization. */
async function inOrganization(
  pool: pg.Pool,
  ctx: WorkspaceContext,
  work: (client: pg.PoolClient) => Promise<void>,
) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    await client.query(`select set_config('app.org_id', $1, true), set_config('app.user_id', $2, true)`, [
      ctx.orgId,
      ctx.userId,
    ]);
    await work(client);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}

/** Thrown to roll a measured run back. */
const ROLLBACK = new Error("rollback");

// The nightly run's floor: every group's distribution per statement as of the cutoff (the
// organization and each team's learners), in one statement, without the privacy rules or writes.
const NIGHTLY_FLOOR = `
  with latest as (
    select distinct on (r."statementId", r."membershipId") r."statementId", r."membershipId", r.level
      from "Rating" r
     where r."organizationId" = $1::uuid and r."createdAt" < $2::timestamptz
     order by r."statementId", r."membershipId", r."createdAt" desc, r.id desc)
  select tm."teamId", l."statementId", l.level, count(*)
    from latest l
    left join "TeamMember" tm on tm."organizationId" = $1::uuid and tm."membershipId" = l."membershipId"
                              and not tm."isManager"
   group by grouping sets ((tm."teamId", l."statementId", l.level), (l."statementId", l.level))`;

async function main() {
  const appUrl = databaseUrls(getEnv()).appUrl;
  const pool = new pg.Pool({ connectionString: appUrl, max: 4 });
  const decoy = await findOrganization(pool, DECOY_ORGANIZATION.slug);
  const bench = await findOrganization(pool, MAIN_ORGANIZATION.slug);
  const { team, manager, employee, statementId } = await findTeamAndPeople(pool, bench);
  const assignedProgramId = await withOrganization(bench.orgId, async (tx) => {
    const assignment = await tx.assignment.findFirstOrThrow({
      where: { organizationId: bench.orgId, audienceKey: "everyone", program: { status: "published" } },
      select: { programId: true },
    });
    return assignment.programId;
  });
  const now = new Date();
  // Every rating counts at the next midnight; the run is rolled back so that each one starts alike.
  const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));

  const items: BenchItem[] = [
    {
      name: "copy-program",
      target: 3,
      note: `"${FLAGSHIP}" into ${DECOY_ORGANIZATION.name} vs one INSERT … SELECT transaction`,
      run: () =>
        withTenant({ orgId: decoy.orgId, userId: decoy.userId }, (tx) =>
          copyLibraryProgram({
            tx,
            ctx: decoy,
            librarySlug: FLAGSHIP,
            requestKey: randomUUID(),
            again: true,
          }),
        ),
      floor: () =>
        inOrganization(pool, decoy, async (client) => {
          const programId = randomUUID();
          await client.query(
            `insert into "Program" (id, "organizationId", title, tagline, summary, quote, status, "sourceProgramId",
                                    "sourceVersion", "copyRequestKey", "createdById", "createdAt", "updatedAt")
             select $1::uuid, $2::uuid, title, tagline, summary, quote, 'draft', id, "currentVersion", $1::text, $3::uuid, now(), now()
               from "LibraryProgram" where slug = $4`,
            [programId, decoy.orgId, decoy.userId, FLAGSHIP],
          );
          await client.query(
            `with statements as (
               insert into "ProgramStatement" (id, "organizationId", "programId", key, position, kind, text,
                                               "reflectionPrompts", "createdAt", "updatedAt")
               select gen_random_uuid(), $2::uuid, $1::uuid, s.key, s.position, s.kind, s.text, s."reflectionPrompts", now(), now()
                 from "LibraryStatement" s join "LibraryProgram" p on p.id = s."programId" where p.slug = $3
               returning id, key)
             insert into "ProgramResource" (id, "organizationId", "programId", "statementId", key, position, title, body,
                                            "createdAt", "updatedAt")
             select gen_random_uuid(), $2::uuid, $1::uuid, st.id, r.key, r.position, r.title, r.body, now(), now()
               from statements st
               join "LibraryStatement" ls on ls.key = st.key
               join "LibraryProgram" p on p.id = ls."programId" and p.slug = $3
               join "LibraryResource" r on r."statementId" = ls.id`,
            [programId, decoy.orgId, FLAGSHIP],
          );
        }),
    },
    {
      name: "team-dashboard",
      target: 2,
      note: `a ${MAIN_ORGANIZATION.teamSize}-person team's dashboard (as its manager) vs one SQL statement`,
      run: () =>
        withTenant({ orgId: bench.orgId, userId: manager.userId }, (tx) =>
          getTeamDashboard({ tx, ctx: manager, teamId: team, now }),
        ),
      floor: () =>
        inOrganization(pool, manager, (client) =>
          client.query(TEAM_DASHBOARD_FLOOR, [bench.orgId, team, now.toISOString()]).then(() => undefined),
        ),
    },
    {
      name: "hr-overview",
      target: 2,
      note: `the organization overview of ${MAIN_ORGANIZATION.teams * MAIN_ORGANIZATION.teamSize} people vs one SQL statement`,
      run: () =>
        withTenant({ orgId: bench.orgId, userId: bench.userId }, (tx) =>
          getOrganizationOverview({ tx, ctx: bench, now }),
        ),
      floor: () =>
        inOrganization(pool, bench, (client) =>
          client.query(HR_OVERVIEW_FLOOR, [bench.orgId, now.toISOString()]).then(() => undefined),
        ),
    },
    {
      name: "nightly-snapshots",
      // The run writes what the floor only computes: every figure with its roster, twenty thousand
      // rows on a first night at this size.
      target: 4,
      // Seconds each: three timed runs after one warm-up.
      runs: 3,
      warmup: 1,
      note: `the nightly reporting run of ${MAIN_ORGANIZATION.teams * MAIN_ORGANIZATION.teamSize} people in ${MAIN_ORGANIZATION.teams} teams (rolled back) vs one SQL statement of the same distributions`,
      run: () =>
        withOrganization(bench.orgId, async (tx) => {
          await publishRatingSnapshots({ tx, orgId: bench.orgId, cutoff: tomorrow });
          throw ROLLBACK;
        }).catch((error: unknown) => {
          if (error !== ROLLBACK) throw error;
        }),
      floor: () =>
        inOrganization(pool, bench, async (client) => {
          await client.query(`set local work_mem = '128MB'`);
          await client.query(NIGHTLY_FLOOR, [bench.orgId, tomorrow.toISOString()]);
        }),
    },
    {
      name: "assignment-mails",
      // Each claimed mail is a Notification row and a queued job (one add_jobs call), against the
      // Notification rows alone.
      target: 3,
      runs: 5,
      warmup: 1,
      note: `queueing "assigned" mails for the ${MAIN_ORGANIZATION.teams * MAIN_ORGANIZATION.teamSize} people of a program assigned to everyone (rolled back) vs one plain INSERT … SELECT of their rows`,
      run: () =>
        withOrganization(bench.orgId, async (tx) => {
          const claimed = await claimAssigned(tx, { orgId: bench.orgId, now, programId: assignedProgramId });
          if (claimed < MAIN_ORGANIZATION.teams * MAIN_ORGANIZATION.teamSize) {
            throw new Error(`claimed ${claimed} mails, expected one per person`);
          }
          throw ROLLBACK;
        }).catch((error: unknown) => {
          if (error !== ROLLBACK) throw error;
        }),
      floor: () =>
        inOrganization(pool, bench, async (client) => {
          await client.query(
            `insert into "Notification" (id, "organizationId", "userId", kind, key, data)
             select gen_random_uuid(), $1::uuid, m."userId", 'assigned', 'assigned:' || $2::text || ':' || m.id, '{}'::jsonb
               from "Membership" m where m."organizationId" = $1::uuid and m.status = 'active'`,
            [bench.orgId, assignedProgramId],
          );
          throw ROLLBACK;
        }).catch((error: unknown) => {
          if (error !== ROLLBACK) throw error;
        }),
    },
    {
      name: "rate-statement",
      target: 3,
      note: "one rating through the domain function vs one plain INSERT",
      run: () =>
        withTenant({ orgId: bench.orgId, userId: employee.userId }, (tx) =>
          rateStatement({
            tx,
            ctx: employee,
            input: {
              statementId,
              level: 3,
              note: "",
              unclear: false,
              wantsHelp: false,
              requestKey: randomUUID(),
            },
          }),
        ),
      floor: () =>
        inOrganization(pool, employee, (client) =>
          client
            .query(
              `insert into "Rating" (id, "organizationId", "membershipId", "programId", "statementId",
                                     "statementRevision", level, "requestKey", "createdAt")
               select gen_random_uuid(), $1::uuid, $2::uuid, s."programId", s.id, s.revision, 3, gen_random_uuid()::text, now()
                 from "ProgramStatement" s where s.id = $3::uuid`,
              [bench.orgId, employee.membershipId, statementId],
            )
            .then(() => undefined),
        ),
    },
  ];

  // BENCH_ONLY=assignment-mails,copy-program measures just those (while working on one).
  const only = process.env.BENCH_ONLY?.split(",").map((name) => name.trim());
  const chosen = only ? items.filter((item) => only.includes(item.name)) : items;
  const results = await measure(chosen, { runs: RUNS, warmup: WARMUP });
  const notes: Record<string, string> = Object.fromEntries(
    chosen.map((item) => [item.name, item.note ?? ""]),
  );
  const asked = {
    throughput: !only || only.includes("learner-pages"),
    weight: !only || only.includes("page-weight"),
  };
  const served =
    asked.throughput || asked.weight
      ? await measureServedPages(appUrl, MAIN_ORGANIZATION.slug, asked)
      : { throughput: [], weight: [] };
  for (const figure of served.weight) {
    // "ratio" is the KB above the empty page, against the margin allowed.
    const name = `page-weight/${figure.page}`;
    results.push({
      name,
      ms: Number(figure.firstLoadKb.toFixed(1)),
      floor_ms: Number(figure.emptyKb.toFixed(1)),
      ratio: Number((figure.firstLoadKb - figure.emptyKb).toFixed(1)),
      target: PAGE_WEIGHT_MARGIN_KB,
    });
    notes[name] =
      `first-load JS ${figure.firstLoadKb.toFixed(1)} KB gzip vs an empty App Router page's ${figure.emptyKb.toFixed(1)} KB: +${(figure.firstLoadKb - figure.emptyKb).toFixed(1)} KB (target ≤ +${PAGE_WEIGHT_MARGIN_KB}); HTML ${figure.htmlKb.toFixed(1)} KB gzip; "ms" = KB`;
  }
  const dashboards =
    !only || only.includes("dashboard-weight")
      ? await measureDashboardWeight(appUrl, MAIN_ORGANIZATION.slug)
      : [];
  for (const figure of dashboards) {
    // "ms" and "ratio" are the dashboard's KB of HTML, the floor the KB of a signed-in 404 page.
    const name = `dashboard-weight/${figure.page}`;
    results.push({
      name,
      ms: Number(figure.htmlKb.toFixed(1)),
      floor_ms: Number(figure.floorKb.toFixed(1)),
      ratio: Number(figure.htmlKb.toFixed(1)),
      target: DASHBOARD_WEIGHT_TARGET_KB,
    });
    notes[name] =
      `${MAIN_ORGANIZATION.teamSize}-person team, ${MAIN_ORGANIZATION.statementsPerProgram.length} programs, as its manager: HTML ${figure.htmlKb.toFixed(1)} KB uncompressed = markup ${figure.markupKb.toFixed(1)} KB + flight ${figure.flightKb.toFixed(1)} KB (target ≤ ${DASHBOARD_WEIGHT_TARGET_KB}); floor = a signed-in 404 page; "ms" = KB`;
    // BENCH_WEIGHT_DETAIL=1 lists the markup of each section.
    if (process.env.BENCH_WEIGHT_DETAIL === "1") {
      for (const [section, size] of Object.entries(figure.sections)) {
        console.log(`  ${figure.page}: ${size.toFixed(1)} KB markup in section ${section}`);
      }
    }
  }
  {
    // HTTP against the production build: throughput as a time per request, so that "ratio ≤
    // target" reads the same as the other items (throughput ≥ 0.4 of /api/health ⇔ ratio ≤ 2.5).
    for (const figure of served.throughput) {
      const name = `learner-pages/${figure.page}`;
      results.push(
        {
          name,
          ms: Number((1000 / figure.perSecond).toFixed(3)),
          floor_ms: Number((1000 / figure.healthPerSecond).toFixed(3)),
          ratio: Number((1 / figure.throughput).toFixed(2)),
          target: Number((1 / LEARNER_THROUGHPUT_TARGET).toFixed(2)),
        },
        {
          name: `${name}/sql`,
          ms: figure.statementsPerRequest,
          floor_ms: 1,
          ratio: figure.statementsPerRequest,
          target: LEARNER_STATEMENTS_TARGET,
        } satisfies BenchResult,
      );
      notes[name] =
        `${figure.perSecond.toFixed(0)} req/s vs /api/health ${figure.healthPerSecond.toFixed(0)} req/s: throughput ${figure.throughput.toFixed(2)} (target ≥ ${LEARNER_THROUGHPUT_TARGET}); ms = 1000 / req/s`;
      notes[`${name}/sql`] =
        `${figure.statementsPerRequest} SQL statements per request through the app's pool (target ≤ ${LEARNER_STATEMENTS_TARGET}); "ms" = statements`;
    }
  }
  console.log(`\nMedian of ${RUNS} interleaved runs each (after ${WARMUP} warm-up rounds):\n`);
  console.log(formatResults(results, notes));
  const file = path.join(process.cwd(), "bench-results.json");
  // With BENCH_ONLY, the items measured now replace theirs; the others keep their last figures.
  const kept: { name: string }[] = only && existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : [];
  const measured = (name: string) => only?.some((item) => name === item || name.startsWith(`${item}/`));
  const merged = [...kept.filter((item) => !measured(item.name)), ...results];
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  console.log(`\nWrote ${file}`);
  await pool.end();
  const missed = results.filter(missedTarget);
  process.exitCode = missed.length > 0 ? 1 : 0;
}

/**
 * The bench organization's owner as a workspace context. The application role sees an
 * organization only as one of its members (RLS), so the owner is found by the seeded address.
 */
async function findOrganization(pool: pg.Pool, slug: string): Promise<WorkspaceContext> {
  const client = await pool.connect();
  try {
    await client.query("begin");
    const user = await client.query<{ id: string }>(`select id::text from "User" where email = $1`, [
      `${slug}-0@bench.example`,
    ]);
    const userId = user.rows[0]?.id;
    if (!userId) throw new Error(`bench organization ${slug} not found: run with BENCH_RESEED=1`);
    await client.query(`select set_config('app.user_id', $1, true)`, [userId]);
    const { rows } = await client.query<{ id: string; name: string; membership_id: string; user_id: string }>(
      `select o.id::text, o.name, m.id::text as membership_id, m."userId"::text as user_id
         from "Organization" o join "Membership" m on m."organizationId" = o.id
        where o.slug = $1 and m."userId" = $2::uuid`,
      [slug, userId],
    );
    await client.query("commit");
    if (!rows[0]) throw new Error(`bench organization ${slug} has no owner`);
    return toContext(rows[0], slug);
  } finally {
    client.release();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
