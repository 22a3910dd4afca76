import "server-only";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { claimAssigned } from "@/lib/notifications/claim-notifications";
import { recordAudit } from "@/lib/orgs/record-audit";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { defineUseCase } from "@/lib/permissions/use-case";
import { EVERYONE, memberAudienceKey } from "./assigned-people";
import { assertNotArchived, auditName, getProgramOrThrow } from "./get-program-or-throw";
import type { AssignProgramInput } from "./program-input";

export type AssignedProgram = { programId: string; created: number; alreadyAssigned: number };

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/**
 * Assigns a program to everyone in the organization, to teams or to people by name, with an optional
 * due date. One assignment per program and audience (unique audienceKey): an audience that already
 * has it keeps its assignment and due date, so a double submit makes one. A person reached by several
 * assignments is still one assignee with one "assigned" mail (the notification key is per person).
 */
export const assignProgram = defineUseCase({ permission: "programs.manage", run: assignProgramUnchecked });
async function assignProgramUnchecked(options: {
  tx: TenantTx;
  ctx: WorkspaceContext;
  input: AssignProgramInput;
}): Promise<AssignedProgram> {
  const { tx, ctx, input } = options;
  const program = await getProgramOrThrow({ tx, ctx, programId: input.programId });
  assertNotArchived(program);
  // Two submits of the same form take turns, so each audience is audited exactly once.
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`evne:program-assign:${program.id}`}))`;

  type Audience = {
    teamId: string | null;
    membershipId: string | null;
    audienceKey: string;
    audit: { audience: string } | { team: string; teamId: string } | { person: string; membershipId: string };
  };
  const audiences: Audience[] = [];
  if (input.audience === "everyone") {
    audiences.push({
      teamId: null,
      membershipId: null,
      audienceKey: EVERYONE,
      audit: { audience: EVERYONE },
    });
  } else if (input.audience === "people") {
    const wanted = [...new Set(input.membershipIds ?? [])];
    // Active members of this organization only: another organization's id, a made-up one or someone
    // deactivated is refused the same way, before anything is written.
    const people = await tx.membership.findMany({
      where: { organizationId: ctx.orgId, id: { in: wanted }, status: "active" },
      orderBy: { id: "asc" },
      select: { id: true, user: { select: { name: true, email: true } } },
    });
    if (people.length !== wanted.length)
      throw AppError.notFound({
        messageKey: "programs:assign.errors.personNotFound",
        fieldErrors: { membershipIds: "programs:assign.errors.personNotFound" },
      });
    for (const person of people)
      audiences.push({
        teamId: null,
        membershipId: person.id,
        audienceKey: memberAudienceKey(person.id),
        audit: { person: person.user.name || person.user.email, membershipId: person.id },
      });
  } else {
    const wanted = [...new Set(input.teamIds)];
    const teams = await tx.team.findMany({
      where: { organizationId: ctx.orgId, id: { in: wanted } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    });
    if (teams.length !== wanted.length)
      throw AppError.notFound({ messageKey: "people:teams.errors.notFound" });
    for (const team of teams)
      audiences.push({
        teamId: team.id,
        membershipId: null,
        audienceKey: team.id,
        audit: { team: team.name, teamId: team.id },
      });
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
      membershipId: audience.membershipId,
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
        ...audience.audit,
        due: isoDate(input.dueDate),
      },
    });
  }
  // "A program was assigned to you", queued in this transaction for each new assignee of a
  // published program (ADR 020); someone it was assigned to before is not mailed again.
  if (fresh.length > 0) await claimAssigned(tx, { orgId: ctx.orgId, now: new Date(), programId: program.id });
  return { programId: program.id, created: fresh.length, alreadyAssigned: taken.size };
}
