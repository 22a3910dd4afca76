// Where a person may copy a library program to: every organization they are HR in, each with the
// copy it already has. Each organization is read in its own tenant transaction (row-level security
// scopes one organization at a time), here and not in the page (issue 17: no withTenant in app/).
import "server-only";
import { withTenant } from "@/lib/db/tenant";
import type { Language } from "@/lib/i18n/settings";
import { listMyOrganizations } from "@/lib/orgs/list-my-organizations";
import { can } from "@/lib/permissions/permissions";
import { findLibraryCopies } from "./copy-library-program";
import { displayText } from "./program-texts";

export type LibraryCopyTarget = {
  slug: string;
  name: string;
  /** The organization's first copy of this program, to open instead of copying again. */
  existing: { title: string; href: string } | null;
};

export async function listLibraryCopyTargets(options: {
  userId: string;
  librarySlug: string;
  lang: Language;
}): Promise<{ targets: LibraryCopyTarget[]; memberOfAny: boolean }> {
  const { userId, librarySlug, lang } = options;
  const memberships = await listMyOrganizations({ userId });
  const hrIn = memberships.filter((org) => can(org.role, "programs.manage"));
  const targets = await Promise.all(
    hrIn.map(async (org) => {
      const copies = await withTenant({ orgId: org.orgId, userId }, (tx) =>
        findLibraryCopies({ tx, ctx: { orgId: org.orgId, role: org.role }, librarySlug }),
      );
      const first = copies[0];
      return {
        slug: org.slug,
        name: org.name,
        existing: first
          ? { title: displayText(first.title, lang), href: `/${lang}/o/${org.slug}/programs/${first.id}` }
          : null,
      };
    }),
  );
  return { targets, memberOfAny: memberships.length > 0 };
}
