import "server-only";
import type { ExpressionBuilder } from "kysely";
import { q, queryRows, sql, uuid, type DB } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { describeProgress, listProgress } from "@/lib/insights/learning-progress";
import { defineUseCase } from "@/lib/permissions/use-case";
import type { Role } from "@/lib/permissions/roles";
import { MEMBER_SEARCH_MAX_LENGTH, type MemberStatus } from "./member-input";
import type { MemberSort } from "./member-list-query";
import { caseVariants } from "./search-variants";
import type { WorkspaceContext } from "./workspace-context";

export const MEMBERS_PAGE_SIZE = 50;

export type MemberRow = {
  membershipId: string;
  userId: string;
  name: string | null;
  email: string;
  role: Role;
  status: MemberStatus;
  joinedAt: Date;
  lastActiveAt: Date | null;
  /** The teams the person is in, by name; `manager` where they lead it. */
  teams: { id: string; name: string; manager: boolean }[];
  /** Published programs assigned to the person, and how many of them they completed. */
  programs: { assigned: number; completed: number };
};

export type MemberList = {
  members: MemberRow[];
  /** Members matching the search and filters, on all pages. */
  total: number;
  page: number;
  pageCount: number;
};

export type MemberFilters = {
  search?: string;
  role?: Role;
  status?: MemberStatus;
  teamId?: string;
  sort?: MemberSort;
  dir?: "asc" | "desc";
  page?: number;
};

// Sort keys as SQL. Every order ends in the membership id, so pages never overlap or skip anyone
// when two people share a name or a date. Nulls (never active, no name) go last either way.
const sortExpression = {
  name: (eb: MemberExpressions) => eb.fn<string>("lower", [eb.fn.coalesce("u.name", "u.email")]),
  email: (eb: MemberExpressions) => eb.ref("u.email"),
  role: (eb: MemberExpressions) => eb.ref("m.role"),
  lastActive: (eb: MemberExpressions) => eb.ref("m.lastActivityAt"),
  joined: (eb: MemberExpressions) => eb.ref("m.createdAt"),
} satisfies Record<MemberSort, unknown>;

/**
 * A page of the organization's members matching the search (name or email) and filters, active
 * people first, in the chosen order. Three queries whatever the page size: the page with its total,
 * the page's teams, the page's progress (lib/insights/learning-progress.ts, one statement).
 */
export const listMembers = defineUseCase({ permission: "members.view", run: listMembersUnchecked });
async function listMembersUnchecked(
  options: { tx: TenantTx; ctx: WorkspaceContext } & MemberFilters,
): Promise<MemberList> {
  const { tx, ctx } = options;
  const [counted] = await queryRows(
    tx,
    membersMatching(ctx.orgId, options).select(sql<number>`count(*)::int`.as("total")),
  );
  const total = counted?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await queryRows(tx, memberPageQuery(ctx.orgId, { ...options, page }));

  const ids = rows.map((row) => row.membershipId);
  const [teamRows, progressRows] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          tx.teamMember.findMany({
            where: { organizationId: ctx.orgId, membershipId: { in: ids } },
            select: { membershipId: true, isManager: true, team: { select: { id: true, name: true } } },
            orderBy: { team: { name: "asc" } },
          }),
          listProgress(tx, { orgId: ctx.orgId, teamId: null, membershipIds: ids }),
        ]);
  const now = new Date();
  return {
    members: rows.map((row) => {
      const own = progressRows.filter((progress) => progress.membershipId === row.membershipId);
      return {
        ...row,
        teams: teamRows
          .filter((team) => team.membershipId === row.membershipId)
          .map((team) => ({ id: team.team.id, name: team.team.name, manager: team.isManager })),
        programs: {
          assigned: own.length,
          completed: own.filter((progress) => describeProgress(progress, now).complete).length,
        },
      };
    }),
    total,
    page,
    pageCount,
  };
}

type MemberExpressions = ExpressionBuilder<DB & { m: DB["Membership"]; u: DB["User"] }, "m" | "u">;

/** Membership `m` joined with its User `u`, only the members matching the search and filters. */
function membersMatching(orgId: string, filters: MemberFilters) {
  const search = (filters.search ?? "").trim().slice(0, MEMBER_SEARCH_MAX_LENGTH);
  const patterns = caseVariants(search).map((variant) => `%${escapeLike(variant)}%`);
  return q
    .selectFrom("Membership as m")
    .innerJoin("User as u", "u.id", "m.userId")
    .where("m.organizationId", "=", uuid(orgId))
    .$if(filters.role !== undefined, (qb) => qb.where("m.role", "=", sql<Role>`${filters.role}::"Role"`))
    .$if(filters.status !== undefined, (qb) =>
      qb.where("m.status", "=", sql<MemberStatus>`${filters.status}::"MembershipStatus"`),
    )
    .$if(filters.teamId !== undefined, (qb) =>
      qb.where((eb) =>
        eb.exists(
          eb
            .selectFrom("TeamMember as tm")
            .select(sql.lit(1).as("one"))
            .whereRef("tm.organizationId", "=", "m.organizationId")
            .whereRef("tm.membershipId", "=", "m.id")
            .where("tm.teamId", "=", uuid(filters.teamId!)),
        ),
      ),
    )
    .$if(search !== "", (qb) =>
      qb.where((eb) =>
        eb.or([
          eb("u.name", "ilike", sql<string>`any(${patterns}::text[])`),
          eb("u.email", "ilike", sql<string>`any(${patterns}::text[])`),
        ]),
      ),
    );
}

/**
 * The statement that reads one page of members (`page` already within range). Exported so the
 * tests can EXPLAIN the very query the page runs (its `compile()`).
 */
export function memberPageQuery(orgId: string, filters: MemberFilters & { page: number }) {
  const sortBy = sortExpression[filters.sort ?? "name"];
  return membersMatching(orgId, filters)
    .select([
      "m.id as membershipId",
      "u.id as userId",
      "u.name",
      "u.email",
      "m.role",
      "m.status",
      "m.createdAt as joinedAt",
      "m.lastActivityAt as lastActiveAt",
    ])
    .orderBy("m.status", "asc")
    .orderBy(sortBy, (ob) => (filters.dir === "desc" ? ob.desc() : ob.asc()).nullsLast())
    .orderBy("m.id", "asc")
    .limit(MEMBERS_PAGE_SIZE)
    .offset((filters.page - 1) * MEMBERS_PAGE_SIZE);
}

/** A search typed by a person matches itself: % and _ are not wildcards to them. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The organization's teams by name, for the members table's team filter and "add to team". */
export const listTeamChoices = defineUseCase({ permission: "members.view", run: listTeamChoicesUnchecked });
async function listTeamChoicesUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
}): Promise<{ id: string; name: string }[]> {
  return options.tx.team.findMany({
    where: { organizationId: options.ctx.orgId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
