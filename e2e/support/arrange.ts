// Arranging data for a journey through the same factories and use cases as the integration tests
// (lib/**/testing), not through SQL of its own: a journey makes its organization through the app's
// pages, then gets the people, teams and learning history it needs from here. Runs in the test
// runner and its workers as the application role, under row-level security (playwright.config.ts).
import {
  addTestMember,
  type OrganizationWithOwner,
  type TestMember,
} from "@/lib/orgs/testing/build-organization";
import { resolveWorkspace } from "@/lib/orgs/resolve-workspace";
import {
  addTeam,
  completeResource,
  rate,
  withProgram,
  type ProgramOrganization,
} from "@/lib/insights/testing/insight-fixtures";
import type { Role } from "@/lib/permissions/roles";
import type { LoggedInUser } from "./login";

export type { OrganizationWithOwner, TestMember };

const asTestMember = (user: LoggedInUser, ctx: TestMember["ctx"]): TestMember => ({
  id: user.id,
  email: user.email,
  name: user.name,
  membershipId: ctx.membershipId,
  role: ctx.role,
  ctx,
});

/** The organization of `slug`, with `owner` (who made it through the app) to act as. */
export async function organizationOf(slug: string, owner: LoggedInUser): Promise<OrganizationWithOwner> {
  const ctx = await resolveWorkspace({ userId: owner.id, orgSlug: slug });
  return {
    id: ctx.orgId,
    slug: ctx.orgSlug,
    name: ctx.orgName,
    members: { owner: asTestMember(owner, ctx) },
  };
}

/** Adds a signed-in person to the organization with `role`, as HR's invitation would. */
export async function joinAs(
  org: OrganizationWithOwner,
  user: LoggedInUser,
  role: Exclude<Role, "owner">,
  options: { lastActivityAt?: Date | null } = {},
): Promise<TestMember> {
  return addTestMember(org, role, { user, ...options });
}

/** What `teamWithProgress` made. */
export type TeamWithProgress = {
  org: ProgramOrganization;
  orgId: string;
  team: string;
  employeeMember: TestMember;
  managerMember: TestMember;
  /** The first statement, rated; the first resource, read. */
  statement: string;
  resource: string;
};

/**
 * A team of `manager` and `employee` in the organization of a published program, and some history
 * two days old: the employee has rated the first statements at `levels` and read the first resource,
 * so that the learner's and the insight pages show their tables and charts.
 */
export async function teamWithProgress(options: {
  slug: string;
  owner: LoggedInUser;
  programId: string;
  employee: LoggedInUser;
  manager: LoggedInUser;
  teamName: string;
  levels: number[];
}): Promise<TeamWithProgress> {
  const org = await withProgram(await organizationOf(options.slug, options.owner), options.programId);
  const employeeMember = await joinAs(org, options.employee, "employee");
  const managerMember = await joinAs(org, options.manager, "manager");
  const team = await addTeam(org, [employeeMember.membershipId], managerMember, options.teamName);
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
  for (const [index, level] of options.levels.entries())
    await rate(org, employeeMember.membershipId, org.statements[index]!, level, twoDaysAgo);
  const resource = org.statements.flatMap((statement) => statement.resources)[0]!;
  await completeResource(org, employeeMember.membershipId, resource, twoDaysAgo);
  return {
    org,
    orgId: org.id,
    team,
    employeeMember,
    managerMember,
    statement: org.statements[0]!.id,
    resource: resource.id,
  };
}
