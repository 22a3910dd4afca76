// Demo data for `npm start`: one organization with HR, a manager and employees in two teams, so a
// person trying Evne can sign in as each role (the sign-in links land in the outbox). It is made
// through the same use cases the app uses, and only once: an existing demo organization is left alone.
import "server-only";
import { db } from "@/lib/db/client";
import { withTenant } from "@/lib/db/tenant";
import { createOrganization } from "@/lib/orgs/create-organization";
import { resolveWorkspace } from "@/lib/orgs/resolve-workspace";
import type { Role } from "@/lib/permissions/roles";
import { addTeamMember } from "@/lib/teams/add-team-member";
import { createTeam } from "@/lib/teams/create-team";

type DemoPerson = { email: string; name: string; role: Role; teams: { name: string; manager?: boolean }[] };

export const demoOrganization = { slug: "nordlys", name: "Nordlys AS" } as const;

export const demoPeople: DemoPerson[] = [
  { email: "eier@nordlys.example", name: "Ingrid Eier", role: "owner", teams: [] },
  { email: "hr@nordlys.example", name: "Hanne Holm", role: "admin", teams: [] },
  { email: "leder@nordlys.example", name: "Mats Lund", role: "manager", teams: [{ name: "Salg", manager: true }] },
  { email: "kari@nordlys.example", name: "Kari Nilsen", role: "employee", teams: [{ name: "Salg" }] },
  { email: "ola@nordlys.example", name: "Ola Berg", role: "employee", teams: [{ name: "Salg" }] },
  { email: "sara@nordlys.example", name: "Sara Ahmed", role: "employee", teams: [{ name: "Salg" }, { name: "Kundeservice" }] },
  { email: "jonas@nordlys.example", name: "Jonas Vik", role: "employee", teams: [{ name: "Kundeservice" }] },
];

async function ensureUser(person: { email: string; name: string }) {
  return db.user.upsert({
    where: { email: person.email },
    update: {},
    create: { email: person.email, name: person.name, language: "nb" },
    select: { id: true },
  });
}

/** Creates the demo organization unless it exists; returns whether it made it. */
export async function seedDemoOrganization(): Promise<{ created: boolean }> {
  const [ownerPerson, ...others] = demoPeople;
  if (!ownerPerson) throw new Error("the demo needs an owner");
  const owner = await ensureUser(ownerPerson);
  const organization = await createOrganization({
    actor: owner,
    input: { name: demoOrganization.name, slug: demoOrganization.slug, defaultLanguage: "nb" },
  });
  if (!organization.created) return { created: false };

  const ctx = await resolveWorkspace({ userId: owner.id, orgSlug: organization.slug });
  const users = await Promise.all(others.map(async (person) => ({ person, user: await ensureUser(person) })));
  await withTenant(ctx, async (tx) => {
    const teamIds = new Map<string, string>();
    for (const { person, user } of users) {
      const membership = await tx.membership.create({
        data: { organizationId: ctx.orgId, userId: user.id, role: person.role },
        select: { id: true },
      });
      for (const place of person.teams) {
        let teamId = teamIds.get(place.name);
        if (!teamId) {
          teamId = (await createTeam({ tx, ctx, name: place.name })).teamId;
          teamIds.set(place.name, teamId);
        }
        await addTeamMember({ tx, ctx, teamId, membershipId: membership.id, isManager: place.manager ?? false });
      }
    }
  });
  return { created: true };
}
