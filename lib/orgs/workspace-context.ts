import type { Role } from "@/lib/permissions/roles";

/**
 * Who is acting in which organization: made only by resolveWorkspace from the URL's slug and the
 * signed-in person's active membership, never from anything a client sends.
 */
export type WorkspaceContext = {
  orgId: string;
  orgSlug: string;
  orgName: string;
  /** The organization's default language (mail and new members). */
  orgLanguage: string;
  membershipId: string;
  role: Role;
  /** The signed-in person acting. */
  userId: string;
};
