import "server-only";
import type { Col } from "@/lib/db/sql";
import type { TenantTx } from "@/lib/db/tenant";
import { Prisma } from "@/lib/generated/prisma/client";
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
const sortSql: Record<MemberSort, Prisma.Sql> = {
  name: Prisma.sql`lower(coalesce(u.name, u.email))`,
  email: Prisma.sql`u.email`,
  role: Prisma.sql`m.role`,
  lastActive: Prisma.sql`m."lastActivityAt"`,
  joined: Prisma.sql`m."createdAt"`,
};

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
  const where = memberWhereSql(ctx.orgId, options);
  const [{ total }] = await tx.$queryRaw<[{ total: number }]>`
    select count(*)::int as total
    from "Membership" m join "User" u on u.id = m."userId"
    where ${where}`;
  const pageCount = Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  // SQL text (ADR 037): the members-table test EXPLAINs this very statement; its row types come
  // from the schema.
  const rows = await tx.$queryRaw<
    {
      membershipId: Col<"Membership", "id">;
      userId: Col<"User", "id">;
      name: Col<"User", "name">;
      email: Col<"User", "email">;
      role: Col<"Membership", "role">;
      status: Col<"Membership", "status">;
      joinedAt: Col<"Membership", "createdAt">;
      lastActiveAt: Col<"Membership", "lastActivityAt">;
    }[]
  >(memberPageSql(ctx.orgId, { ...options, page }));

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

/** The members matching the search and filters, as a SQL condition on `m` (Membership) and `u` (User). */
function memberWhereSql(orgId: string, filters: MemberFilters): Prisma.Sql {
  const search = (filters.search ?? "").trim().slice(0, MEMBER_SEARCH_MAX_LENGTH);
  const conditions: Prisma.Sql[] = [Prisma.sql`m."organizationId" = ${orgId}::uuid`];
  if (filters.role) conditions.push(Prisma.sql`m.role = ${filters.role}::"Role"`);
  if (filters.status) conditions.push(Prisma.sql`m.status = ${filters.status}::"MembershipStatus"`);
  if (filters.teamId) {
    conditions.push(Prisma.sql`exists (select 1 from "TeamMember" tm
      where tm."organizationId" = m."organizationId" and tm."membershipId" = m.id
        and tm."teamId" = ${filters.teamId}::uuid)`);
  }
  if (search !== "") {
    const patterns = caseVariants(search).map((variant) => `%${escapeLike(variant)}%`);
    conditions.push(
      Prisma.sql`(u.name ilike any(${patterns}::text[]) or u.email ilike any(${patterns}::text[]))`,
    );
  }
  return Prisma.join(conditions, " and ");
}

/**
 * The statement that reads one page of members (`page` already within range). Exported so the
 * tests can EXPLAIN the very query the page runs.
 */
export function memberPageSql(orgId: string, filters: MemberFilters & { page: number }): Prisma.Sql {
  const direction = filters.dir === "desc" ? Prisma.sql`desc` : Prisma.sql`asc`;
  return Prisma.sql`
    select m.id as "membershipId", u.id as "userId", u.name, u.email, m.role, m.status,
           m."createdAt" as "joinedAt", m."lastActivityAt" as "lastActiveAt"
    from "Membership" m join "User" u on u.id = m."userId"
    where ${memberWhereSql(orgId, filters)}
    order by m.status asc, ${sortSql[filters.sort ?? "name"]} ${direction} nulls last, m.id asc
    limit ${MEMBERS_PAGE_SIZE} offset ${(filters.page - 1) * MEMBERS_PAGE_SIZE}`;
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
