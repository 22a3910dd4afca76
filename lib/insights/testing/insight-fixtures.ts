// Test factory for insights: an organization with the flagship copied and published, teams of
// people with a manager, and learning rows (completions, ratings, help requests) written straight
// into the tables the learner side fills, as the organization's owner (tenant RLS, not private tables).
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import {
  buildOrganization,
  type OrganizationWithOwner,
  type TestMember,
  type TestOrganization,
} from "@/lib/orgs/testing/build-organization";
import type { Role } from "@/lib/permissions/roles";
import { assignProgram } from "@/lib/programs/assign-program";
import { setProgramStatus } from "@/lib/programs/set-program-status";
import { as, copyForTest } from "@/lib/programs/testing/program-fixtures";
import { snapshotCutoff } from "../snapshots/publish-snapshots";
import { runOrganizationSnapshots } from "../snapshots/run-due-snapshots";

/** The nightly reporting run of the midnight (UTC) before `at`; null when that run already happened. */
export function takeSnapshots(org: Pick<TestOrganization, "id">, at: Date) {
  return runOrganizationSnapshots(org.id, snapshotCutoff(at));
}

export type FixtureStatement = {
  id: string;
  revision: number;
  resources: { id: string; revision: number }[];
};

/** An organization with a program to learn from: what the learning rows below are written for. */
export type ProgramOrganization = OrganizationWithOwner & {
  programId: string;
  statements: FixtureStatement[];
  /** Items counted for progress (visible resources + visible statements). */
  totalItems: number;
};

export type InsightOrganization = TestOrganization & ProgramOrganization;

/** The owner's transaction, for arranging rows. */
export const asOwner = <T>(org: OrganizationWithOwner, work: (tx: TenantTx) => Promise<T>) =>
  withTenant(org.members.owner.ctx, work);

/** An organization with the flagship copied and published (not assigned yet). */
export async function buildInsightOrganization(): Promise<InsightOrganization> {
  const org = await buildOrganization();
  const programId = await copyForTest(org.members.admin);
  await as(org.members.admin, ({ tx, ctx }) =>
    setProgramStatus({ tx, ctx, input: { programId, status: "published" } }),
  );
  return { ...org, ...(await withProgram(org, programId)) };
}

/** The organization with one of its programs, its statements and resources in order. */
export async function withProgram<O extends OrganizationWithOwner>(
  org: O,
  programId: string,
): Promise<O & ProgramOrganization> {
  const statements = await asOwner(org, (tx) =>
    tx.programStatement.findMany({
      where: { programId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        revision: true,
        resources: { orderBy: { position: "asc" }, select: { id: true, revision: true } },
      },
    }),
  );
  const totalItems = statements.length + statements.reduce((sum, s) => sum + s.resources.length, 0);
  return { ...org, programId, statements, totalItems };
}

/** `count` new active employees; their membership ids, in creation order. */
export async function addPeople(
  org: OrganizationWithOwner,
  count: number,
  namePrefix = "Person",
): Promise<string[]> {
  const batch = randomBytes(4).toString("hex");
  const names = Array.from(
    { length: count },
    (_, index) => `${namePrefix} ${String(index).padStart(3, "0")} ${batch}`,
  );
  return (await addPeopleNamed(org, names, { emailPrefix: `${namePrefix.toLowerCase()}-${batch}` }))
    .membershipIds;
}

/**
 * A new person per name, an active member with `role`, written in one statement per table (the XSS
 * corpus makes a hundred). Ids in the order of `names`.
 */
export async function addPeopleNamed(
  org: OrganizationWithOwner,
  names: readonly string[],
  options: { role?: "employee" | "manager" | "admin"; emailPrefix?: string; lastActivityAt?: Date } = {},
): Promise<{ userIds: string[]; membershipIds: string[] }> {
  const prefix = options.emailPrefix ?? `person-${randomBytes(4).toString("hex")}`;
  const users = names.map((name, index) => ({
    id: randomUUID(),
    email: `${prefix}-${index}@example.test`,
    name,
  }));
  await db.user.createMany({ data: users });
  const membershipIds = users.map(() => randomUUID());
  await asOwner(org, (tx) =>
    tx.membership.createMany({
      data: users.map((user, index) => ({
        id: membershipIds[index]!,
        organizationId: org.id,
        userId: user.id,
        role: options.role ?? ("employee" as const),
        lastActivityAt: options.lastActivityAt ?? null,
      })),
    }),
  );
  return { userIds: users.map((user) => user.id), membershipIds };
}

/** Empty teams with these names, in one statement; their ids in the order of `names`. */
export async function addTeamsNamed(org: OrganizationWithOwner, names: readonly string[]): Promise<string[]> {
  const ids = names.map(() => randomUUID());
  await asOwner(org, (tx) =>
    tx.team.createMany({
      data: names.map((name, index) => ({ id: ids[index]!, organizationId: org.id, name })),
    }),
  );
  return ids;
}

const SETTLED = () => new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);

/**
 * A team with these members and (optionally) a manager. Its membership last changed `changedAt`
 * (a month ago by default: settled, so its figures may be published; ADR 014).
 */
export async function addTeam(
  org: OrganizationWithOwner,
  memberIds: string[],
  manager?: Pick<TestMember, "membershipId">,
  name = `Team ${randomBytes(3).toString("hex")}`,
  changedAt: Date = SETTLED(),
): Promise<string> {
  return asOwner(org, async (tx) => {
    const team = await tx.team.create({
      data: { organizationId: org.id, name, membersChangedAt: changedAt },
      select: { id: true },
    });
    await tx.teamMember.createMany({
      data: [
        ...memberIds.map((membershipId) => ({ organizationId: org.id, teamId: team.id, membershipId })),
        ...(manager
          ? [{ organizationId: org.id, teamId: team.id, membershipId: manager.membershipId, isManager: true }]
          : []),
      ],
    });
    return team.id;
  });
}

/**
 * More members of an existing team, as if they had been in it all along (its settling time
 * unchanged); the first `managers` of them lead it.
 */
export async function addToTeam(
  org: OrganizationWithOwner,
  teamId: string,
  memberIds: readonly string[],
  managers = 0,
) {
  await asOwner(org, (tx) =>
    tx.teamMember.createMany({
      data: memberIds.map((membershipId, index) => ({
        organizationId: org.id,
        teamId,
        membershipId,
        isManager: index < managers,
      })),
    }),
  );
}

export async function assignToTeams(
  org: ProgramOrganization,
  teamIds: string[],
  dueDate: Date | null = null,
) {
  // HR assigns, where the organization has HR; otherwise its owner.
  const actor = (org.members as Partial<Record<Role, TestMember>>).admin ?? org.members.owner;
  await as(actor, ({ tx, ctx }) =>
    assignProgram({ tx, ctx, input: { programId: org.programId, audience: "teams", teamIds, dueDate } }),
  );
}

/** A rating in the history; it becomes the current one when it is the person's newest. */
export async function rate(
  org: ProgramOrganization,
  membershipId: string,
  statement: FixtureStatement,
  level: number,
  createdAt = new Date(),
) {
  await asOwner(org, async (tx) => {
    const rating = await tx.rating.create({
      data: {
        organizationId: org.id,
        membershipId,
        programId: org.programId,
        statementId: statement.id,
        statementRevision: statement.revision,
        level,
        requestKey: randomUUID(),
        createdAt,
      },
      select: { id: true },
    });
    const current = await tx.currentRating.findUnique({
      where: {
        organizationId_membershipId_statementId: {
          organizationId: org.id,
          membershipId,
          statementId: statement.id,
        },
      },
      select: { ratedAt: true },
    });
    if (current && current.ratedAt > createdAt) return;
    const row = {
      ratingId: rating.id,
      level,
      statementRevision: statement.revision,
      ratedAt: createdAt,
    };
    await tx.currentRating.upsert({
      where: {
        organizationId_membershipId_statementId: {
          organizationId: org.id,
          membershipId,
          statementId: statement.id,
        },
      },
      create: {
        organizationId: org.id,
        membershipId,
        statementId: statement.id,
        programId: org.programId,
        ...row,
      },
      update: row,
    });
  });
}

/** One resource read (done) at `at`. */
export async function completeResource(
  org: ProgramOrganization,
  membershipId: string,
  resource: FixtureStatement["resources"][number],
  at = new Date(),
) {
  await asOwner(org, (tx) =>
    tx.resourceCompletion.create({
      data: {
        organizationId: org.id,
        membershipId,
        programId: org.programId,
        resourceId: resource.id,
        resourceRevision: resource.revision,
        completedAt: at,
      },
    }),
  );
}

/** Everything in the program done: every resource and every statement rated (at `level`). */
export async function completeProgram(org: ProgramOrganization, membershipId: string, at: Date, level = 3) {
  await asOwner(org, (tx) =>
    tx.resourceCompletion.createMany({
      data: org.statements.flatMap((statement) =>
        statement.resources.map((resource) => ({
          organizationId: org.id,
          membershipId,
          programId: org.programId,
          resourceId: resource.id,
          resourceRevision: resource.revision,
          completedAt: at,
        })),
      ),
    }),
  );
  for (const statement of org.statements) await rate(org, membershipId, statement, level, at);
}

export async function askForHelp(
  org: ProgramOrganization,
  membershipId: string,
  statement: FixtureStatement,
) {
  return asOwner(org, (tx) =>
    tx.helpRequest.create({
      data: { organizationId: org.id, membershipId, programId: org.programId, statementId: statement.id },
      select: { id: true },
    }),
  );
}
