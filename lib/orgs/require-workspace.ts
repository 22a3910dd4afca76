// The page side of the action pipeline for pages that read nothing in the organization: session →
// workspace of the URL's slug (ACTIVE membership) → permission, from the request's one session
// read (lib/auth/session.ts). Pages that read go through lib/pages/read-page.ts. Not a member,
// deactivated, another organization or a missing permission: all render the 404 page.
import "server-only";
import type { Language } from "@/lib/i18n/settings";
import { requireWorkspaceContext } from "@/lib/pages/read-page";
import type { Permission } from "@/lib/permissions/permissions";
import type { WorkspaceContext } from "./workspace-context";

export function requireWorkspace(options: {
  lang: Language;
  orgSlug: string;
  permission: Permission;
  /** Where sign-in should bring the person back to. */
  path: string;
}): Promise<WorkspaceContext> {
  return requireWorkspaceContext(options);
}
