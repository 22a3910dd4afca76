// The load test's organization, made through the app's own use cases as the application role
// (run with --conditions=react-server: they are server-only modules): an owner, LOAD_LEARNERS
// employees, and the flagship program copied, published and assigned to everyone. Each learner
// gets a session row, as following a sign-in link would make. Prints the plan as JSON.
import { randomBytes, randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";

const SESSION_DAYS = 1;

export type LoadPlan = {
  orgId: string;
  orgSlug: string;
  programId: string;
  statementIds: string[];
  resourceIds: string[];
  learners: { userId: string; membershipId: string; sessionToken: string }[];
};

async function main() {
  const [planFile, learnerCount] = [process.argv[2], Number(process.argv[3] ?? 50)];
  if (!planFile) throw new Error("usage: seed-load-data.ts <plan.json> [learners]");
  // Imported only now: the database client reads APP_DATABASE_URL when it is loaded.
  const { db } = await import("../../lib/db/client");
  const { withTenant } = await import("../../lib/db/tenant");
  const { createOrganization } = await import("../../lib/orgs/create-organization");
  const { resolveWorkspace } = await import("../../lib/orgs/resolve-workspace");
  const { copyLibraryProgram } = await import("../../lib/programs/copy-library-program");
  const { setProgramStatus } = await import("../../lib/programs/set-program-status");
  const { assignProgram } = await import("../../lib/programs/assign-program");

  const run = randomUUID().slice(0, 8);
  const owner = await db.user.create({
    data: { email: `owner-${run}@load.example`, name: "Load Owner", language: "nb" },
    select: { id: true },
  });
  const org = await createOrganization({
    actor: owner,
    input: { name: `Load ${run}`, slug: `load-${run}`, defaultLanguage: "nb", yourName: "Load Owner" },
  });
  const ownerCtx = await resolveWorkspace({ userId: owner.id, orgSlug: org.slug });

  const users = await Promise.all(
    Array.from({ length: learnerCount }, (_, index) =>
      db.user.create({
        data: { email: `learner-${index}-${run}@load.example`, name: `Learner ${index}`, language: "nb" },
        select: { id: true },
      }),
    ),
  );
  const program = await withTenant(ownerCtx, async (tx) => {
    const memberships = await tx.membership.createManyAndReturn({
      data: users.map((user) => ({
        organizationId: ownerCtx.orgId,
        userId: user.id,
        role: "employee" as const,
      })),
      select: { id: true, userId: true },
    });
    const copy = await copyLibraryProgram({
      tx,
      ctx: ownerCtx,
      librarySlug: "handtere-avvisning",
      requestKey: randomUUID(),
    });
    if (copy.status !== "copied") throw new Error("the flagship program could not be copied");
    await setProgramStatus({ tx, ctx: ownerCtx, input: { programId: copy.programId, status: "published" } });
    await assignProgram({
      tx,
      ctx: ownerCtx,
      input: { programId: copy.programId, audience: "everyone", teamIds: [], dueDate: null },
    });
    const statements = await tx.programStatement.findMany({
      where: { organizationId: ownerCtx.orgId, programId: copy.programId, hidden: false },
      select: { id: true },
      orderBy: { position: "asc" },
    });
    const resources = await tx.programResource.findMany({
      where: { organizationId: ownerCtx.orgId, programId: copy.programId, hidden: false },
      select: { id: true },
      orderBy: { position: "asc" },
    });
    return { programId: copy.programId, memberships, statements, resources };
  });

  const expires = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  const learners = program.memberships.map((membership) => ({
    userId: membership.userId,
    membershipId: membership.id,
    sessionToken: randomBytes(32).toString("hex"),
  }));
  await db.session.createMany({
    data: learners.map(({ userId, sessionToken }) => ({ userId, sessionToken, expires })),
  });
  const plan: LoadPlan = {
    orgId: org.orgId,
    orgSlug: org.slug,
    programId: program.programId,
    statementIds: program.statements.map((s) => s.id),
    resourceIds: program.resources.map((r) => r.id),
    learners,
  };
  writeFileSync(planFile, JSON.stringify(plan, null, 2));
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
