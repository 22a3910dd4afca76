// The nightly reporting run of one organization (ADR 014): for every reportable group (the
// organization, each team's learners) and statement, the distribution of the levels people held at
// the cutoff, published only where lib/insights/snapshots/release-rules.ts allows it. Managers and
// HR read nothing else about ratings; a run at the same cutoff twice publishes nothing new.
import "server-only";
import { execute, q, queryRows, sql, uuid, type Row } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { effectiveMinimumGroupSize } from "../minimum-group";
import {
  decidePublication,
  OrganizationSum,
  sameRoster,
  isSettling,
  type Refusal,
  type Roster,
} from "./release-rules";

export const ORGANIZATION_GROUP = "organization";
/** Figures older than this are no longer shown anywhere (the trend covers six months). */
export const VISIBLE_MONTHS = 7;

type Group = { key: string; teamId: string | null; members: ReadonlySet<string>; settled: boolean };

export type SnapshotRunResult = {
  cutoff: Date;
  published: number;
  /** Why candidates were held back, by rule (for the operator's log and the tests). */
  refused: Partial<Record<Refusal | "settling", number>>;
};

/** Midnight UTC at or before `now`: the cutoff of the run that is due at `now`. */
export function snapshotCutoff(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

async function reportableGroups(tx: TenantTx, orgId: string, cutoff: Date): Promise<Group[]> {
  // People who share their ratings with their manager are left out of every aggregate: their
  // manager knows their levels and could otherwise subtract them from the figures of the others.
  const [members, teams] = await Promise.all([
    tx.membership.findMany({
      where: { organizationId: orgId, status: "active", shareRatingsWithManager: false },
      select: { id: true },
    }),
    tx.team.findMany({
      where: { organizationId: orgId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        membersChangedAt: true,
        members: { where: { isManager: false }, select: { membershipId: true } },
      },
    }),
  ]);
  const counted = new Set(members.map((member) => member.id));
  return [
    { key: ORGANIZATION_GROUP, teamId: null, members: counted, settled: true },
    ...teams.map((team) => ({
      key: team.id,
      teamId: team.id,
      members: new Set(team.members.map((m) => m.membershipId).filter((id) => counted.has(id))),
      settled: !isSettling(team.membersChangedAt, cutoff),
    })),
  ];
}

/** statementId → membershipId → the level of each person's newest rating made before the cutoff. */
async function levelsAt(tx: TenantTx, orgId: string, cutoff: Date) {
  // A newest rating that the person's manager was shown (made while sharing was on) counts nowhere.
  const rows = await queryRows(
    tx,
    q
      .with("latest", (db) =>
        db
          .selectFrom("Rating as r")
          .innerJoin("ProgramStatement as s", (join) =>
            join
              .onRef("s.organizationId", "=", "r.organizationId")
              .onRef("s.id", "=", "r.statementId")
              .on((eb) => eb.not(eb.ref("s.hidden"))),
          )
          .innerJoin("Program as p", (join) =>
            join
              .onRef("p.organizationId", "=", "s.organizationId")
              .onRef("p.id", "=", "s.programId")
              .on("p.status", "=", "published"),
          )
          .distinctOn(["r.statementId", "r.membershipId"])
          .select(["r.statementId", "r.membershipId", "r.level", "r.createdAt"])
          .where("r.organizationId", "=", orgId)
          .where("r.createdAt", "<", cutoff)
          .orderBy("r.statementId")
          .orderBy("r.membershipId")
          .orderBy("r.createdAt", "desc")
          .orderBy("r.id", "desc"),
      )
      .selectFrom("latest as l")
      .innerJoin("Membership as m", (join) =>
        join.on("m.organizationId", "=", orgId).onRef("m.id", "=", "l.membershipId"),
      )
      .select(["l.statementId", "l.membershipId", "l.level"])
      .where((eb) =>
        eb.not(
          eb.and([
            eb("m.ratingsSharedUntil", "is not", null),
            eb("l.createdAt", "<", eb.ref("m.ratingsSharedUntil")),
            eb.or([
              eb("m.ratingsSharedSince", "is", null),
              eb("l.createdAt", ">=", eb.ref("m.ratingsSharedSince")),
            ]),
          ]),
        ),
      ),
  );
  const byStatement = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const levels = byStatement.get(row.statementId) ?? new Map<string, number>();
    levels.set(row.membershipId, row.level);
    byStatement.set(row.statementId, levels);
  }
  return byStatement;
}

type Visible = { groupKey: string; statementId: string; takenAt: Date; roster: Roster; heldBack: boolean };

function readRoster(value: unknown): Roster {
  if (!value || typeof value !== "object" || Array.isArray(value)) return new Map();
  return new Map(
    Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number"),
  );
}

/**
 * Every figure that is or was recently visible (the newest of each group, and the trend's months),
 * and every hold.
 */
async function visibleSnapshots(tx: TenantTx, orgId: string, cutoff: Date): Promise<Visible[]> {
  const since = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() - VISIBLE_MONTHS, 1));
  const rows = await queryRows(
    tx,
    q
      .selectFrom("RatingSnapshot as s")
      .select(["s.groupKey", "s.statementId", "s.takenAt", "s.roster", "s.heldBack"])
      .where("s.organizationId", "=", orgId)
      .where((eb) =>
        eb.or([
          eb.ref("s.heldBack"),
          eb("s.takenAt", ">=", since),
          eb(
            "s.takenAt",
            "=",
            eb
              .selectFrom("RatingSnapshot as n")
              .select((eb) => eb.fn.max("n.takenAt").as("max"))
              .whereRef("n.organizationId", "=", "s.organizationId")
              .whereRef("n.groupKey", "=", "s.groupKey")
              .whereRef("n.statementId", "=", "s.statementId")
              .where((eb) => eb.not(eb.ref("n.heldBack"))),
          ),
        ]),
      )
      .orderBy("s.takenAt"),
  );
  return rows.map((row) => ({ ...row, roster: readRoster(row.roster) }));
}

/**
 * Publishes what the rules allow at `cutoff` for one organization, in the caller's transaction
 * (scoped to that organization). Returns what it did; never throws for a refused figure.
 */
export async function publishRatingSnapshots(options: {
  tx: TenantTx;
  orgId: string;
  cutoff: Date;
}): Promise<SnapshotRunResult> {
  const { tx, orgId, cutoff } = options;
  const result: SnapshotRunResult = { cutoff, published: 0, refused: {} };
  const refuse = (why: Refusal | "settling") => (result.refused[why] = (result.refused[why] ?? 0) + 1);
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: orgId },
    select: { minimumGroupSize: true },
  });
  const k = effectiveMinimumGroupSize(organization.minimumGroupSize);
  // Each person's newest rating per statement is a sort of the whole history: in memory, not on
  // disk (9 s instead of 5.7 s at ten thousand people, npm run bench). For this transaction only.
  await tx.$executeRaw`set local work_mem = '128MB'`;
  const [groups, levels, visible] = await Promise.all([
    reportableGroups(tx, orgId, cutoff),
    levelsAt(tx, orgId, cutoff),
    visibleSnapshots(tx, orgId, cutoff),
  ]);
  const inserts: SnapshotRow[] = [];
  const row = (group: Group, statementId: string, roster: Roster, heldBack: boolean) => {
    const counts = [0, 0, 0, 0];
    for (const level of roster.values()) counts[level - 1]! += 1;
    inserts.push({
      teamId: group.teamId,
      groupKey: group.key,
      statementId,
      counts: heldBack ? [] : counts,
      raterCount: heldBack ? 0 : roster.size,
      roster: Object.fromEntries(roster),
      heldBack,
    });
  };
  const visibleByStatement = new Map<string, Visible[]>();
  for (const snapshot of visible) {
    if (snapshot.takenAt >= cutoff) continue;
    const list = visibleByStatement.get(snapshot.statementId) ?? [];
    list.push(snapshot);
    visibleByStatement.set(snapshot.statementId, list);
  }
  for (const [statementId, statementLevels] of levels) {
    const ofStatement = visibleByStatement.get(statementId) ?? [];
    const holds = ofStatement.filter((snapshot) => snapshot.heldBack).map((snapshot) => snapshot.roster);
    /** Every figure of the statement, own and others', as it grows in this run; and who is in which. */
    const figures = ofStatement.filter((snapshot) => !snapshot.heldBack);
    const figuresOf = new Map<string, Visible[]>();
    const byGroup = (key: string) => figuresOf.get(key) ?? [];
    const byPerson = new Map<string, Set<Visible>>();
    const remember = (figure: Visible) => {
      figuresOf.set(figure.groupKey, [...byGroup(figure.groupKey), figure]);
      for (const id of figure.roster.keys()) {
        const set = byPerson.get(id) ?? new Set<Visible>();
        set.add(figure);
        byPerson.set(id, set);
      }
    };
    for (const figure of figures) remember(figure);
    /** The newest figure of each group so far: what the organization-vs-teams sum sees. */
    const newest = new Map<string, Roster>();
    for (const figure of figures) newest.set(figure.groupKey, figure.roster);
    const sum = new OrganizationSum(
      newest.get(ORGANIZATION_GROUP),
      [...newest].filter(([key]) => key !== ORGANIZATION_GROUP).map(([, roster]) => roster),
    );
    for (const group of groups) {
      if (!group.settled) {
        refuse("settling");
        continue;
      }
      const candidate: Roster = new Map(
        [...group.members].flatMap((id) =>
          statementLevels.has(id) ? [[id, statementLevels.get(id)!] as const] : [],
        ),
      );
      if (sameRoster(newest.get(group.key), candidate)) continue;
      // Other groups' figures that count any of the candidate's people: a disjoint one cannot help
      // single anyone out (release-rules.ts, decidePublication).
      const overlapping = new Set<Visible>();
      for (const id of candidate.keys()) {
        for (const figure of byPerson.get(id) ?? [])
          if (figure.groupKey !== group.key) overlapping.add(figure);
      }
      const isOrganization = group.key === ORGANIZATION_GROUP;
      const decision = decidePublication({
        candidate,
        ownHistory: byGroup(group.key).map((figure) => figure.roster),
        others: [...overlapping].map((figure) => figure.roster),
        holds,
        sum: isOrganization
          ? sum.withOrganization(candidate)
          : sum.withTeam(newest.get(group.key), candidate),
        k,
      });
      if (!decision.publish) {
        refuse(decision.refusal);
        if (decision.hold) {
          holds.push(decision.hold);
          row(group, statementId, decision.hold, true);
        }
        continue;
      }
      if (isOrganization) sum.replaceOrganization(candidate);
      else sum.replaceTeam(newest.get(group.key), candidate);
      newest.set(group.key, candidate);
      remember({ groupKey: group.key, statementId, takenAt: cutoff, roster: candidate, heldBack: false });
      row(group, statementId, candidate, false);
      result.published += 1;
    }
  }
  await insertSnapshots(tx, inserts, orgId, cutoff);
  return result;
}

type SnapshotRow = Row<
  "RatingSnapshot",
  "teamId" | "groupKey" | "statementId" | "counts" | "raterCount" | "heldBack"
> & {
  roster: Record<string, number>;
};

/**
 * The night's figures and holds in one statement: a first night of ten thousand people writes
 * twenty thousand rows, which Prisma's createMany took 18 s to send (npm run bench).
 */
async function insertSnapshots(tx: TenantTx, rows: SnapshotRow[], orgId: string, cutoff: Date) {
  if (rows.length === 0) return;
  // The rows travel as one jsonb parameter, read back by jsonb_to_recordset; its column definition
  // list is text to Kysely (ADR 037), the RatingSnapshot columns written into are typed.
  const recordset = sql<
    Omit<SnapshotRow, "counts"> & { counts: unknown }
  >`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)`.as<"r">(
    sql`r("teamId" uuid, "groupKey" text, "statementId" uuid, counts jsonb, "raterCount" int,
           roster jsonb, "heldBack" boolean)`,
  );
  await execute(
    tx,
    q
      .insertInto("RatingSnapshot")
      .columns([
        "id",
        "organizationId",
        "teamId",
        "groupKey",
        "statementId",
        "takenAt",
        "counts",
        "raterCount",
        "roster",
        "heldBack",
      ])
      .expression(
        q
          .selectFrom(recordset)
          .select((eb) => [
            sql<string>`gen_random_uuid()`.as("id"),
            uuid(orgId).as("organizationId"),
            "r.teamId",
            "r.groupKey",
            "r.statementId",
            sql<Date>`${cutoff}`.as("takenAt"),
            sql<number[]>`array(select jsonb_array_elements_text(${eb.ref("r.counts")})::int)`.as("counts"),
            "r.raterCount",
            "r.roster",
            "r.heldBack",
          ]),
      ),
  );
}
