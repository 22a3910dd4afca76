import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { EVERYONE } from "./assigned-people";
import { readText } from "./program-texts";

/** An assignment of the current organization with its program and team names, or NOT_FOUND. */
export async function getAssignmentOrThrow(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  assignmentId: string;
}) {
  const { tx, ctx, assignmentId } = options;
  const assignment = await tx.assignment.findFirst({
    where: { id: assignmentId, organizationId: ctx.orgId },
    select: {
      id: true,
      programId: true,
      teamId: true,
      audienceKey: true,
      dueDate: true,
      program: { select: { title: true } },
      team: { select: { name: true } },
      membership: { select: { id: true, user: { select: { name: true, email: true } } } },
    },
  });
  if (!assignment) throw AppError.notFound({ messageKey: "programs:assign.errors.notFound" });
  return { ...assignment, programTitle: readText(assignment.program.title) };
}

/** What an audit entry keeps of an assignment's audience. */
export function audienceData(assignment: {
  audienceKey: string;
  teamId: string | null;
  team: { name: string } | null;
  membership: { id: string; user: { name: string | null; email: string } } | null;
}) {
  if (assignment.audienceKey === EVERYONE) return { audience: EVERYONE };
  if (assignment.membership) {
    const { user, id } = assignment.membership;
    return { person: user.name || user.email, membershipId: id };
  }
  return { team: assignment.team?.name ?? "", teamId: assignment.teamId ?? "" };
}
