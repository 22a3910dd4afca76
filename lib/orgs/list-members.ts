import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requirePermission } from "@/lib/permissions/require-permission";
import type { Role } from "@/lib/permissions/roles";
import { MEMBER_SEARCH_MAX_LENGTH, type MemberStatus } from "./member-input";
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
};

export type MemberList = {
  members: MemberRow[];
  /** Members matching the search, on all pages. */
  total: number;
  page: number;
  pageCount: number;
};

/** The organization's members matching `search` (name or email), active ones first, by email. */
export async function listMembers(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  search?: string;
  page?: number;
}): Promise<MemberList> {
  const { tx, ctx } = options;
  requirePermission(ctx, "members.view");
  const search = (options.search ?? "").trim().slice(0, MEMBER_SEARCH_MAX_LENGTH);
  const where: Prisma.MembershipWhereInput = {
    organizationId: ctx.orgId,
    ...(search === ""
      ? {}
      : {
          user: {
            OR: caseVariants(search).flatMap((variant) => [
              { name: { contains: variant, mode: "insensitive" as const } },
              { email: { contains: variant, mode: "insensitive" as const } },
            ]),
          },
        }),
  };
  const total = await tx.membership.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MEMBERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await tx.membership.findMany({
    where,
    select: {
      id: true,
      role: true,
      status: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true } },
    },
    orderBy: [{ status: "asc" }, { user: { email: "asc" } }, { id: "asc" }],
    skip: (page - 1) * MEMBERS_PAGE_SIZE,
    take: MEMBERS_PAGE_SIZE,
  });
  return {
    members: rows.map((row) => ({
      membershipId: row.id,
      userId: row.user.id,
      name: row.user.name,
      email: row.user.email,
      role: row.role,
      status: row.status,
      joinedAt: row.createdAt,
    })),
    total,
    page,
    pageCount,
  };
}
