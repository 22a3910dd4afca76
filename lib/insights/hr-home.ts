// HR's home (issue 18 item 2): "how are we doing, and what should I do next" on the organization's
// start page. Completion per program, overdue people, open help requests by statement, invitations
// that wait or whose mail failed, and programs whose library source changed, each with where to act.
// Completion and help requests only: no rating figure is shown here (ADR 014 is about those), and
// every count follows who-counts.ts, so it agrees with organization insights and the CSV files.
import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { readText, type LocalizedText } from "@/lib/programs/program-texts";
import type { HelpRequestRow, StatementResource } from "./help-requests";
import { getOrganizationOverview, type OverduePerson, type ProgramOverview } from "./organization-overview";
import type { HelpGroup } from "./team-summary";

export type WaitingInvitation = { id: string; email: string; createdAt: Date };

export type HrHome = {
  programs: Pick<ProgramOverview, "id" | "title" | "total">[];
  overdue: OverduePerson[];
  overdueCount: number;
  helpGroups: HelpGroup<HelpRequestRow>[];
  openHelpRequests: number;
  resources: Map<string, StatementResource[]>;
  invitations: { pending: number; failed: WaitingInvitation[]; failedCount: number };
  libraryUpdates: { id: string; title: LocalizedText }[];
};

/** How many of each list the home shows; the page links on to the full list. */
export const HOME_LIST_LIMIT = 5;

export const getHrHome = defineUseCase({ permission: "insights.viewOrganization", run: getHrHomeUnchecked });
async function getHrHomeUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  now?: Date;
}): Promise<HrHome> {
  const { tx, ctx } = options;
  const now = options.now ?? new Date();
  const pendingWhere = {
    organizationId: ctx.orgId,
    acceptedAt: null,
    revokedAt: null,
    expiresAt: { gt: now },
  };
  const [overview, pending, failed, failedCount, copies] = await Promise.all([
    getOrganizationOverview({ tx, ctx, now, withDistributions: false }),
    tx.invitation.count({ where: pendingWhere }),
    tx.invitation.findMany({
      where: { ...pendingWhere, mailFailedAt: { not: null } },
      orderBy: [{ mailFailedAt: "desc" }, { id: "asc" }],
      take: HOME_LIST_LIMIT,
      select: { id: true, email: true, createdAt: true },
    }),
    tx.invitation.count({ where: { ...pendingWhere, mailFailedAt: { not: null } } }),
    tx.program.findMany({
      where: {
        organizationId: ctx.orgId,
        sourceProgramId: { not: null },
        sourceVersion: { not: null },
        status: { not: "archived" },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, sourceProgramId: true, sourceVersion: true },
    }),
  ]);
  const libraries =
    copies.length > 0
      ? await tx.libraryProgram.findMany({
          where: { id: { in: [...new Set(copies.map((copy) => copy.sourceProgramId!))] } },
          select: { id: true, currentVersion: true },
        })
      : [];
  const current = new Map(libraries.map((library) => [library.id, library.currentVersion]));
  return {
    programs: overview.programs.map(({ id, title, total }) => ({ id, title, total })),
    overdue: overview.overdue.slice(0, HOME_LIST_LIMIT),
    overdueCount: overview.overdueCount,
    helpGroups: overview.helpGroups,
    openHelpRequests: overview.helpRequests.length,
    resources: overview.resources,
    invitations: { pending, failed, failedCount },
    libraryUpdates: copies
      .filter((copy) => {
        const version = current.get(copy.sourceProgramId!);
        return version !== undefined && version !== copy.sourceVersion;
      })
      .map((copy) => ({ id: copy.id, title: readText(copy.title) })),
  };
}
