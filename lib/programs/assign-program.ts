import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { claimAssigned } from "@/lib/notifications/claim-notifications";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { requirePermission } from "@/lib/permissions/require-permission";
import { EVERYONE } from "./assigned-people";
import { auditName, getProgramOrThrow } from "./get-program-or-throw";
import type { AssignProgramInput } from "./program-input";

export type AssignedProgram = { programId: string; created: number; alreadyAssigned: number };

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/**
 * Assigns a program to everyone in the organization or to teams, with an optional due date. One
 * assignment per program and audience (unique audienceKey): an audience that already has it keeps
 * its assignment and due date, so a double submit makes one.
 */
export async function assignProgram(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: AssignProgramInput;
}): Promise<AssignedProgram> {
  const { tx, ctx, input } = options;
  requirePermission(ctx, "programs.manage");
  const program = await getProgramOrThrow({ tx, ctx, programId: input.programId });
  // Two submits of the same form take turns, so each audience is audited exactly once.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`evne:program-assign:${program.id}`}))`;

  const audiences: { teamId: string | null; audienceKey: string; team: string | null }[] = [];
  if (input.audience === "everyone") {
    audiences.push({ teamId: null, audienceKey: EVERYONE, team: null });
  } else {
    const wanted = [...new Set(input.teamIds)];
    const teams = await tx.team.findMany({
      where: { organizationId: ctx.orgId, id: { in: wanted } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    });
    if (teams.length !== wanted.length)
      throw AppError.notFound({ messageKey: "people:teams.errors.notFound" });
    for (const team of teams) audiences.push({ teamId: team.id, audienceKey: team.id, team: team.name });
  }

  const existing = await tx.assignment.findMany({
    where: {
      organizationId: ctx.orgId,
      programId: program.id,
      audienceKey: { in: audiences.map((a) => a.audienceKey) },
    },
    select: { audienceKey: true },
  });
  const taken = new Set(existing.map((row) => row.audienceKey));
  const fresh = audiences.filter((audience) => !taken.has(audience.audienceKey));
  await tx.assignment.createMany({
    data: fresh.map((audience) => ({
      organizationId: ctx.orgId,
      programId: program.id,
      teamId: audience.teamId,
      audienceKey: audience.audienceKey,
      dueDate: input.dueDate,
      createdById: ctx.userId,
    })),
    skipDuplicates: true,
  });
  const name = auditName(program.title, ctx);
  for (const audience of fresh) {
    await recordAudit({
      tx,
      ctx,
      action: "program.assign",
      targetType: "program",
      targetId: program.id,
      data: {
        name,
        ...(audience.team === null
          ? { audience: EVERYONE }
          : { team: audience.team, teamId: audience.teamId }),
        due: isoDate(input.dueDate),
      },
    });
  }
  // "A program was assigned to you", queued in this transaction for each new assignee of a
  // published program (ADR 020); someone it was assigned to before is not mailed again.
  if (fresh.length > 0) await claimAssigned(tx, { orgId: ctx.orgId, now: new Date(), programId: program.id });
  return { programId: program.id, created: fresh.length, alreadyAssigned: taken.size };
}
