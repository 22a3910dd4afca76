import "server-only";
import { withUser } from "@/lib/db/tenant";
import type { Role } from "@/lib/permissions/roles";

export type MyOrganization = { orgId: string; slug: string; name: string; role: Role };

/** The organizations the person is an active member of, by name: for the picker and the switcher. */
export async function listMyOrganizations(options: { userId: string }): Promise<MyOrganization[]> {
  const memberships = await withUser(options.userId, (tx) =>
    tx.membership.findMany({
      where: { userId: options.userId, status: "active" },
      select: { role: true, organization: { select: { id: true, slug: true, name: true } } },
      orderBy: { organization: { name: "asc" } },
    }),
  );
  return memberships.map(({ role, organization }) => ({
    orgId: organization.id,
    slug: organization.slug,
    name: organization.name,
    role,
  }));
}
