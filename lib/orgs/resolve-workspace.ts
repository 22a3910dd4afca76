import "server-only";
import type { RequestSession } from "@/lib/auth/session";
import { withUser } from "@/lib/db/tenant";
import { AppError } from "@/lib/errors/app-error";
import { isValidSlug } from "./organization-slug";
import type { WorkspaceContext } from "./workspace-context";

/**
 * The workspace a URL's slug names, as the signed-in person may act in it. An unknown slug, an
 * organization the person does not belong to and a deactivated membership all answer NOT_FOUND,
 * so nobody learns which organizations exist. Runs on every request: a deactivation takes effect
 * on the very next one.
 */
export async function resolveWorkspace(options: {
  userId: string;
  orgSlug: string;
}): Promise<WorkspaceContext> {
  const { userId, orgSlug } = options;
  if (!isValidSlug(orgSlug)) throw AppError.notFound();
  const membership = await withUser(userId, (tx) =>
    tx.membership.findFirst({
      where: { userId, status: "active", organization: { slug: orgSlug } },
      select: {
        id: true,
        role: true,
        organization: { select: { id: true, slug: true, name: true, defaultLanguage: true } },
      },
    }),
  );
  if (!membership) throw AppError.notFound();
  return {
    orgId: membership.organization.id,
    orgSlug: membership.organization.slug,
    orgName: membership.organization.name,
    orgLanguage: membership.organization.defaultLanguage,
    membershipId: membership.id,
    role: membership.role,
    userId,
  };
}

/**
 * The same answer as resolveWorkspace, from the memberships the request's session read already
 * holds (lib/auth/session.ts): a page asks the database nothing more for it (issue 17).
 */
export function workspaceFromSession(session: RequestSession, orgSlug: string): WorkspaceContext | null {
  if (!isValidSlug(orgSlug)) return null;
  const membership = session.memberships.find((entry) => entry.orgSlug === orgSlug);
  if (!membership) return null;
  return {
    orgId: membership.orgId,
    orgSlug: membership.orgSlug,
    orgName: membership.orgName,
    orgLanguage: membership.orgLanguage,
    membershipId: membership.membershipId,
    role: membership.role,
    userId: session.user.id,
  };
}
