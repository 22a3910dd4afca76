// The route-handler side of requireWorkspace, for downloads: session → workspace of the URL's slug
// (active membership) → permission. Signed out answers 401; anything else that is not theirs, 404.
import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { resolveWorkspace } from "@/lib/orgs/resolve-workspace";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { can, type Permission } from "@/lib/permissions/permissions";

export async function requireDownloadWorkspace(
  orgSlug: string,
  permission: Permission,
): Promise<WorkspaceContext> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  const ctx = await resolveWorkspace({ userId: user.id, orgSlug });
  if (!can(ctx.role, permission)) throw AppError.notFound();
  return ctx;
}

/** A file download; the name is ASCII-safe and also given UTF-8 encoded. */
export function attachment(body: string, options: { fileName: string; contentType: string }): Response {
  const ascii = options.fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(body, {
    headers: {
      "content-type": options.contentType,
      "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(options.fileName)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** An AppError as a bare status (no details: another organization's slug reveals nothing). */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) return new Response(null, { status: error.status });
  throw error;
}
