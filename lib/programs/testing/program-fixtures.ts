// Test helpers for programs: the library seeded once per test file, and a copy of the flagship in
// an organization, made through the same use case the copy page uses.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { withTenant, type TenantTx } from "@/lib/db/tenant";
import type { LibraryProgram } from "@/lib/library/content/library-content-types";
import { loadLibraryContent } from "@/lib/library/content/load-library-content";
import { seedLibrary } from "@/lib/library/seed-library";
import type { TestMember } from "@/lib/orgs/testing/build-organization";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { copyLibraryProgram } from "../copy-library-program";

export const FLAGSHIP = "handtere-avvisning";

/** Loads content/programs into the test database's library tables (as the owner, like the seed). */
export async function seedTestLibrary(owner: PrismaClient): Promise<LibraryProgram[]> {
  const programs = await loadLibraryContent();
  await seedLibrary(owner, programs, { warn: () => undefined });
  return programs;
}

/** Runs a use case as `actor`, in the actor's organization, like the action pipeline does. */
export const as = <T>(
  actor: TestMember,
  work: (args: { tx: TenantTx; ctx: WorkspaceContext }) => Promise<T>,
) => withTenant(actor.ctx, (tx) => work({ tx, ctx: actor.ctx }));

/** Copies a library program into the actor's organization (again, when it already has it). */
export async function copyForTest(actor: TestMember, librarySlug = FLAGSHIP): Promise<string> {
  const result = await as(actor, ({ tx, ctx }) =>
    copyLibraryProgram({ tx, ctx, librarySlug, requestKey: randomUUID(), again: true }),
  );
  if (result.status !== "copied") throw new Error("expected a copy");
  return result.programId;
}
