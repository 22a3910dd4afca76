// Which notification mails are due, decided in SQL for a whole organization at once, and claimed:
// each is inserted into Notification under its unique key and its send job queued in the same
// statement (ADR 020). Two workers, a retry or a restart that reach the same mail find its key taken
// and queue nothing: every mail is recorded before it is sent, and sent once.
import "server-only";
import type { SelectQueryBuilder } from "kysely";
import { q, queryRows, sql, uuid, type DB } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { isComplete, withProgress } from "@/lib/insights/learning-progress";
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
/** A candidate mail: to whom, which kind, its unique key, and what it is about. */
type Candidate = { user_id: string; kind: string; key: string; data: unknown };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any tables: each scan has its own CTEs
type CandidateQuery = SelectQueryBuilder<any, any, Candidate>;

async function claim(tx: TenantTx, orgId: string, candidates: CandidateQuery): Promise<number> {
  // graphile-worker's add_jobs and job_spec live in another schema, outside our generated types
  // (ADR 037): that part stays SQL text.
  const jobSpec = sql.raw(`${JOB_QUEUE_SCHEMA}.job_spec`);
  const addJobs = sql.raw(`${JOB_QUEUE_SCHEMA}.add_jobs`);
  const [row] = await queryRows(
    tx,
    q
      .with("candidates", () => candidates as unknown as SelectQueryBuilder<DB, never, Candidate>)
      .with("claimed", (db) =>
        db
          .insertInto("Notification")
          .columns(["id", "organizationId", "userId", "kind", "key", "data"])
          .expression((eb) =>
            eb
              .selectFrom((sub) =>
                sub
                  .selectFrom("candidates")
                  .distinctOn("key")
                  .selectAll()
                  .orderBy("key")
                  .as("c"),
              )
              .innerJoin("User as u", "u.id", "c.user_id")
              .select((eb2) => [
                sql<string>`gen_random_uuid()`.as("id"),
                uuid(orgId).as("organizationId"),
                "c.user_id",
                "c.kind",
                "c.key",
                sql`${eb2.ref("c.data")}`.as("data"),
              ])
              .where((eb2) => eb2.not(sql<boolean>`(${eb2.ref("c.kind")} = any(${eb2.ref("u.mailOptOut")}))`)),
          )
          .onConflict((oc) => oc.columns(["organizationId", "key"]).doNothing())
          .returning("id"),
      )
      .selectFrom(
        sql`${addJobs}(array(
          select row('send_notification', json_build_object('orgId', ${orgId}::text, 'notificationId', id),
                     null, null, ${MAIL_MAX_ATTEMPTS}::int, null, ${JOB_PRIORITY.notification}::int, null)::${jobSpec}
            from claimed))`.as("jobs"),
      )
      .select(sql<number>`count(*)::int`.as("count")),
  );
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
  return claim(
    tx,
    orgId,
    q
      .selectFrom("Assignment as a")
      .innerJoin("Program as p", (join) =>
        join
          .onRef("p.organizationId", "=", "a.organizationId")
          .onRef("p.id", "=", "a.programId")
          .on("p.status", "=", sql.lit("published")),
      )
      .innerJoin("Membership as m", (join) =>
        join.onRef("m.organizationId", "=", "a.organizationId").on("m.status", "=", sql.lit("active")),
      )
      .leftJoin("TeamMember as tm", (join) =>
        join
          .onRef("tm.organizationId", "=", "a.organizationId")
          .onRef("tm.teamId", "=", "a.teamId")
          .onRef("tm.membershipId", "=", "m.id"),
      )
      .select((eb) => [
        "m.userId as user_id",
        sql.lit("assigned").$castTo<string>().as("kind"),
        sql<string>`'assigned:' || ${eb.ref("a.programId")} || ':' || ${eb.ref("m.id")}`.as("key"),
        sql`jsonb_build_object('programId', ${eb.ref("a.programId")}, 'membershipId', ${eb.ref("m.id")})`.as("data"),
      ])
      .where("a.organizationId", "=", uuid(orgId))
      .$if(programId !== undefined, (qb) => qb.where("a.programId", "=", uuid(programId!)))
      .where((eb) =>
        eb.or([
          eb("a.audienceKey", "=", EVERYONE),
          eb("a.membershipId", "=", eb.ref("m.id")),
          eb("tm.membershipId", "is not", null),
        ]),
      )
      // The scan: only where the assignment or the person's place in it is recent.
      .$if(programId === undefined, (qb) =>
        qb.where((eb) =>
          eb.or([
            eb("a.createdAt", ">=", since),
            eb("m.createdAt", ">=", since),
            eb.and([eb("tm.createdAt", "is not", null), eb("tm.createdAt", ">=", since)]),
          ]),
        ),
      ),
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
    withProgress({ orgId, teamId: null })
      .with("settings", (db) =>
        db
          .selectFrom("Organization")
          .select(["Organization.reminderDaysBefore as days", "Organization.overdueReminder as overdue"])
          .where("Organization.id", "=", uuid(orgId)),
      )
      .with("open_due", (db) =>
        db
          .selectFrom("progress as pr")
          .select((eb) => [
            "pr.membership_id",
            "pr.program_id",
            "pr.due_date",
            sql<number>`(${eb.ref("pr.due_date")} - ${today}::date)`.as("days_left"),
          ])
          .where("pr.due_date", "is not", null)
          .where((eb) => eb.not(isComplete(eb.ref("pr.total"), eb.ref("pr.done")))),
      )
      .with("staged", (db) =>
        db
          .selectFrom("open_due as o")
          .crossJoin("settings as s")
          .selectAll("o")
          .select((eb) =>
            sql<string | null>`case
                 when ${eb.ref("o.days_left")} >= 0 then
                   (select min(d) from unnest(${eb.ref("s.days")}) d where d > 0 and d >= ${eb.ref("o.days_left")})::text
                 when ${eb.ref("o.days_left")} between ${-OVERDUE_REMINDER_WITHIN_DAYS} and -1 and ${eb.ref("s.overdue")} then 'overdue'
               end`.as("stage"),
          ),
      )
      .selectFrom("staged as st")
      .innerJoin("Membership as m", (join) =>
        join.on("m.organizationId", "=", uuid(orgId)).onRef("m.id", "=", "st.membership_id"),
      )
      .select((eb) => [
        "m.userId as user_id",
        sql.lit("dueReminder").$castTo<string>().as("kind"),
        sql<string>`'due:' || ${eb.ref("st.program_id")} || ':' || ${eb.ref("st.membership_id")} || ':' || ${eb.ref(
          "st.due_date",
        )} || ':' || ${eb.ref("st.stage")}`.as("key"),
        sql`jsonb_build_object('programId', ${eb.ref("st.program_id")}, 'membershipId', ${eb.ref("st.membership_id")},
                                'dueDate', ${eb.ref("st.due_date")}, 'stage', ${eb.ref("st.stage")})`.as("data"),
      ])
      .where("st.stage", "is not", null),
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
    withProgress({ orgId, teamId: null })
      .with("newest", (db) =>
        db
          .selectFrom("CurrentRating as cr")
          .select((eb) => [
            "cr.membershipId as membership_id",
            "cr.programId as program_id",
            eb.fn.max("cr.ratedAt").as("rated_at"),
          ])
          .where("cr.organizationId", "=", uuid(orgId))
          .groupBy(["cr.membershipId", "cr.programId"]),
      )
      .selectFrom("newest as n")
      .innerJoin("progress as pr", (join) =>
        join.onRef("pr.membership_id", "=", "n.membership_id").onRef("pr.program_id", "=", "n.program_id"),
      )
      .innerJoin("Membership as m", (join) =>
        join.on("m.organizationId", "=", uuid(orgId)).onRef("m.id", "=", "n.membership_id"),
      )
      .innerJoin("Organization as o", (join) => join.on("o.id", "=", uuid(orgId)))
      .select((eb) => [
        "m.userId as user_id",
        sql.lit("rateAgain").$castTo<string>().as("kind"),
        sql<string>`'rateAgain:' || ${eb.ref("n.program_id")} || ':' || ${eb.ref("n.membership_id")} || ':' ||
               to_char(${eb.ref("n.rated_at")}, 'YYYY-MM-DD"T"HH24:MI:SS.MS')`.as("key"),
        sql`jsonb_build_object('programId', ${eb.ref("n.program_id")}, 'membershipId', ${eb.ref("n.membership_id")},
                                'ratedAt', ${eb.ref("n.rated_at")})`.as("data"),
      ])
      .where((eb) =>
        eb(
          "n.rated_at",
          "<",
          sql<Date>`${now}::timestamptz - make_interval(days => ${eb.ref("o.ratingRefreshDays")})`,
        ),
      ),
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
  const hr = [sql.lit<"owner">("owner"), sql.lit<"admin">("admin")];
  return claim(
    tx,
    orgId,
    q
      .selectFrom("Membership as m")
      .select((eb) => {
        const managesATeam = eb.exists(
          eb
            .selectFrom("TeamMember as tm")
            .select(sql.lit(1).as("one"))
            .whereRef("tm.organizationId", "=", "m.organizationId")
            .whereRef("tm.membershipId", "=", "m.id")
            .where((eb2) => eb2.ref("tm.isManager")),
        );
        return [
          "m.userId as user_id",
          sql.lit("digest").$castTo<string>().as("kind"),
          sql<string>`'digest:' || ${eb.ref("m.id")} || ':' || ${week}::text`.as("key"),
          sql`jsonb_build_object('membershipId', ${eb.ref("m.id")}, 'week', ${week}::text,
               'hr', ${eb("m.role", "in", hr)},
               'manager', ${managesATeam})`.as("data"),
        ];
      })
      .where("m.organizationId", "=", uuid(orgId))
      .where("m.status", "=", sql.lit("active"))
      .where((eb) =>
        eb.or([
          eb("m.role", "in", hr),
          eb.exists(
            eb
              .selectFrom("TeamMember as tm")
              .select(sql.lit(1).as("one"))
              .whereRef("tm.organizationId", "=", "m.organizationId")
              .whereRef("tm.membershipId", "=", "m.id")
              .where((eb2) => eb2.ref("tm.isManager")),
          ),
        ]),
      ),
  );
}
