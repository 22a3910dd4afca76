// The page side of the action pipeline: session → workspace of the URL's slug (ACTIVE membership)
// → permission. Every workspace page and layout calls it; they render in parallel, so none relies
// on another having checked. Not a member, deactivated, another organization or a missing
// permission: all render the 404 page.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireSessionUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import type { Language } from "@/lib/i18n/settings";
import { can, type Permission } from "@/lib/permissions/permissions";
import { resolveWorkspace } from "./resolve-workspace";
import type { WorkspaceContext } from "./workspace-context";

// Once per request for the layout and the page together; every new request asks the database again.
const resolveForRequest = cache(async (userId: string, orgSlug: string): Promise<WorkspaceContext | null> => {
  try {
    return await resolveWorkspace({ userId, orgSlug });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
});

export async function requireWorkspace(options: {
  lang: Language;
  orgSlug: string;
  permission: Permission;
  /** Where sign-in should bring the person back to. */
  path: string;
}): Promise<WorkspaceContext> {
  const user = await requireSessionUser(options.lang, options.path);
  const ctx = await resolveForRequest(user.id, options.orgSlug);
  if (!ctx || !can(ctx.role, options.permission)) notFound();
  return ctx;
}
