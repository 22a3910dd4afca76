// The read pipeline for route handlers (downloads): the same steps as lib/pages/read-page.ts, with
// answers a route gives instead of pages: signed out throws UNAUTHENTICATED (401), not a member,
// deactivated, another organization or a missing permission NOT_FOUND (404); errorResponse turns
// them into bare statuses.
import "server-only";
import { getRequestSession } from "@/lib/auth/session";
import { withTenantRead } from "@/lib/db/read-routing";
import type { TenantTx } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { workspaceFromSession } from "@/lib/orgs/resolve-workspace";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { can, type Permission } from "@/lib/permissions/permissions";

/** The workspace of the URL's slug for a route handler, from the request's one session read. */
export async function requireRouteWorkspace(
  orgSlug: string,
  permission: Permission,
): Promise<WorkspaceContext> {
  const session = await getRequestSession();
  if (!session) throw new AppError("UNAUTHENTICATED");
  const ctx = workspaceFromSession(session, orgSlug);
  if (!ctx || !can(ctx.role, permission)) throw AppError.notFound();
  return ctx;
}

/** Session → workspace → permission → `run` in one transaction scoped to the organization (on the replica when safe: ADR 036). */
export async function readForRoute<Result>(options: {
  orgSlug: string;
  permission: Permission;
  run: (args: { tx: TenantTx; ctx: WorkspaceContext }) => Promise<Result>;
}): Promise<{ ctx: WorkspaceContext; data: Result }> {
  const ctx = await requireRouteWorkspace(options.orgSlug, options.permission);
  const data = await withTenantRead(ctx, (tx) => options.run({ tx, ctx }));
  return { ctx, data };
}
