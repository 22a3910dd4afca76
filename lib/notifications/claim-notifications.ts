// Which notification mails are due, decided in SQL for a whole organization at once, and claimed:
// each is inserted into Notification under its unique key and its send job queued in the same
// statement (ADR 020). Two workers, a retry or a restart that reach the same mail find its key taken
// and queue nothing: every mail is recorded before it is sent, and sent once.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { Prisma } from "@/lib/generated/prisma/client";
import { progressCtes } from "@/lib/insights/learning-progress";
import { JOB_PRIORITY } from "@/lib/jobs/enqueue";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/job-queue-schema";
import { MAIL_MAX_ATTEMPTS } from "@/lib/mail/mail-queue";
import { EVERYONE } from "@/lib/programs/assigned-people";

const DAY_MS = 24 * 60 * 60 * 1000;
/** People assigned longer ago than this get no "assigned" mail from the scan (nor a flood on upgrade). */
export const ASSIGNED_RECENT_DAYS = 7;
/** An overdue reminder is sent on the day after the due date, or up to this many days later. */
export const OVERDUE_REMINDER_WITHIN_DAYS = 7;

/** The day `now` falls on (UTC), as due dates are days (lib/insights/learning-progress.ts). */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Inserts the candidates (rows of user_id, kind, key, data) that are not yet in Notification and
 * whose person has not turned that kind off, and queues one send_notification job for each one
 * inserted. Returns how many were claimed.
 */
async function claim(tx: TenantTx, orgId: string, candidates: Prisma.Sql): Promise<number> {
  const jobSpec = Prisma.raw(`${JOB_QUEUE_SCHEMA}.job_spec`);
  const addJobs = Prisma.raw(`${JOB_QUEUE_SCHEMA}.add_jobs`);
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    with candidates as (${candidates}),
    claimed as (
      insert into "Notification" (id, "organizationId", "userId", kind, key, data)
      select gen_random_uuid(), ${orgId}::uuid, c.user_id, c.kind, c.key, c.data
        from (select distinct on (key) * from candidates order by key) c
        join "User" u on u.id = c.user_id
       where not (c.kind = any(u."mailOptOut"))
      on conflict ("organizationId", key) do nothing
      returning id
    )
    select count(*)::int as count from ${addJobs}(array(
      select row('send_notification', json_build_object('orgId', ${orgId}::text, 'notificationId', id),
                 null, null, ${MAIL_MAX_ATTEMPTS}::int, null, ${JOB_PRIORITY.notification}::int, null)::${jobSpec}
        from claimed))`;
  return row?.count ?? 0;
}

/**
 * "A program was assigned to you": for each active person a published program is assigned to
 * (everyone, a team they are in, or them by name), once however many of these reach them: the key
 * names the program and the person, not the assignment. With `programId`, for that program (assigning, publishing);
 * without, for every program, but only where the assignment or the person's place in it is recent
 * (the scan: someone who joined a team since).
 */
export function claimAssigned(
  tx: TenantTx,
  options: { orgId: string; now: Date; programId?: string },
): Promise<number> {
  const { orgId, now, programId } = options;
  const since = new Date(now.getTime() - ASSIGNED_RECENT_DAYS * DAY_MS);
  const onlyProgram = programId ? Prisma.sql`and a."programId" = ${programId}::uuid` : Prisma.empty;
  const recent = programId
    ? Prisma.empty
    : Prisma.sql`and (a."createdAt" >= ${since} or m."createdAt" >= ${since}
        or (tm."createdAt" is not null and tm."createdAt" >= ${since}))`;
  return claim(
    tx,
    orgId,
    Prisma.sql`
      select m."userId" as user_id, 'assigned' as kind,
             'assigned:' || a."programId" || ':' || m.id as key,
             jsonb_build_object('programId', a."programId", 'membershipId', m.id) as data
        from "Assignment" a
        join "Program" p on p."organizationId" = a."organizationId" and p.id = a."programId"
         and p.status = 'published'
        join "Membership" m on m."organizationId" = a."organizationId" and m.status = 'active'
        left join "TeamMember" tm on tm."organizationId" = a."organizationId" and tm."teamId" = a."teamId"
         and tm."membershipId" = m.id
       where a."organizationId" = ${orgId}::uuid ${onlyProgram}
         and (a."audienceKey" = ${EVERYONE} or a."membershipId" = m.id or tm."membershipId" is not null)
         ${recent}`,
  );
}

/**
 * Due-date reminders to people who have not completed: the organization's days before the due date
 * (default 7 and 1; each reminder is the nearest stage not yet sent, so someone assigned three days
 * before gets one, not two at once), and one on the day after it passed. A changed due date is a new
 * date: its reminders are new.
 */
export function claimDueReminders(tx: TenantTx, options: { orgId: string; now: Date }): Promise<number> {
  const { orgId, now } = options;
  const today = dayOf(now);
  return claim(
    tx,
    orgId,
    Prisma.sql`
      with ${progressCtes({ orgId, teamId: null })},
      settings as (
        select "reminderDaysBefore" as days, "overdueReminder" as overdue
          from "Organization" where id = ${orgId}::uuid
      ),
      open_due as (
        select pr.membership_id, pr.program_id, pr.due_date,
               (pr.due_date - ${today}::date) as days_left
          from progress pr
         where pr.due_date is not null and not (pr.total > 0 and pr.done >= pr.total)
      ),
      staged as (
        select o.*, case
                 when o.days_left >= 0 then
                   (select min(d) from unnest(s.days) d where d > 0 and d >= o.days_left)::text
                 when o.days_left between ${-OVERDUE_REMINDER_WITHIN_DAYS} and -1 and s.overdue then 'overdue'
               end as stage
          from open_due o cross join settings s
      )
      select m."userId" as user_id, 'dueReminder' as kind,
             'due:' || st.program_id || ':' || st.membership_id || ':' || st.due_date || ':' || st.stage as key,
             jsonb_build_object('programId', st.program_id, 'membershipId', st.membership_id,
                                'dueDate', st.due_date, 'stage', st.stage) as data
        from staged st
        join "Membership" m on m."organizationId" = ${orgId}::uuid and m.id = st.membership_id
       where st.stage is not null`,
  );
}

/**
 * "Time to rate again": a person's newest rating in a program they are assigned is older than the
 * organization's refresh interval. Keyed by that rating's time, so it is sent once until they rate
 * again, and so at most once per interval.
 */
export function claimRateAgain(tx: TenantTx, options: { orgId: string; now: Date }): Promise<number> {
  const { orgId, now } = options;
  return claim(
    tx,
    orgId,
    Prisma.sql`
      with ${progressCtes({ orgId, teamId: null })},
      newest as (
        select cr."membershipId" as membership_id, cr."programId" as program_id, max(cr."ratedAt") as rated_at
          from "CurrentRating" cr
         where cr."organizationId" = ${orgId}::uuid
         group by cr."membershipId", cr."programId"
      )
      select m."userId" as user_id, 'rateAgain' as kind,
             'rateAgain:' || n.program_id || ':' || n.membership_id || ':' ||
               to_char(n.rated_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') as key,
             jsonb_build_object('programId', n.program_id, 'membershipId', n.membership_id,
                                'ratedAt', n.rated_at) as data
        from newest n
        join progress pr on pr.membership_id = n.membership_id and pr.program_id = n.program_id
        join "Membership" m on m."organizationId" = ${orgId}::uuid and m.id = n.membership_id
        join "Organization" o on o.id = ${orgId}::uuid
       where n.rated_at < ${now}::timestamptz - make_interval(days => o."ratingRefreshDays")`,
  );
}

/** The ISO week `now` is in, e.g. "2026-W50": a digest's key. */
export function isoWeek(now: Date): string {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((day.getTime() - yearStart.getTime()) / DAY_MS + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** Digests go out on Monday mornings (UTC), one per person and week. */
export function isDigestTime(now: Date): boolean {
  return now.getUTCDay() === 1 && now.getUTCHours() >= 6;
}

/**
 * The weekly digest, on Monday: to each active manager of a team (their teams' new help requests and
 * who is overdue) and to HR (owners and HR admins: completion, overdue, failed invitation mails).
 */
export function claimDigests(tx: TenantTx, options: { orgId: string; now: Date }): Promise<number> {
  const { orgId, now } = options;
  if (!isDigestTime(now)) return Promise.resolve(0);
  const week = isoWeek(now);
  return claim(
    tx,
    orgId,
    Prisma.sql`
      select m."userId" as user_id, 'digest' as kind,
             'digest:' || m.id || ':' || ${week}::text as key,
             jsonb_build_object('membershipId', m.id, 'week', ${week}::text,
               'hr', m.role in ('owner', 'admin'),
               'manager', exists (select 1 from "TeamMember" tm
                                   where tm."organizationId" = m."organizationId"
                                     and tm."membershipId" = m.id and tm."isManager")) as data
        from "Membership" m
       where m."organizationId" = ${orgId}::uuid and m.status = 'active'
         and (m.role in ('owner', 'admin')
              or exists (select 1 from "TeamMember" tm
                          where tm."organizationId" = m."organizationId"
                            and tm."membershipId" = m.id and tm."isManager"))`,
  );
}
