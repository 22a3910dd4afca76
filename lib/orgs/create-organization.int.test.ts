import { describe, expect, it } from "vitest";
import { withTenant, withUser } from "@/lib/db/tenant";
import { setupTestDatabase } from "@/tests/db";
import { createOrganization } from "./create-organization";
import { listMyOrganizations } from "./list-my-organizations";
import { resolveWorkspace } from "./resolve-workspace";
import { createTestUser } from "./testing/build-organization";

setupTestDatabase();

describe("createOrganization", () => {
  it("creates the organization with its creator as owner, named as they asked, and an audit entry, in one go", async () => {
    const person = await createTestUser({ name: "Kari" });
    const created = await createOrganization({
      actor: person,
      input: { name: "Blåbær AS", slug: "blabaer-as", defaultLanguage: "en", yourName: "Kari Nordmann" },
    });
    expect(created).toMatchObject({ slug: "blabaer-as", created: true });

    const stored = await withTenant({ orgId: created.orgId, userId: person.id }, async (tx) => ({
      organization: await tx.organization.findUniqueOrThrow({ where: { id: created.orgId } }),
      memberships: await tx.membership.findMany({ select: { userId: true, role: true, status: true } }),
      audit: await tx.auditEntry.findMany({
        select: { action: true, actorId: true, targetId: true, data: true },
      }),
    }));
    expect(stored.organization).toMatchObject({
      name: "Blåbær AS",
      slug: "blabaer-as",
      defaultLanguage: "en",
    });
    expect(stored.memberships).toEqual([{ userId: person.id, role: "owner", status: "active" }]);
    // Signing up by mail makes an account without a name; the form asks for it, and it is kept.
    const named = await withUser(person.id, (tx) =>
      tx.user.findUniqueOrThrow({ where: { id: person.id }, select: { name: true } }),
    );
    expect(named.name).toBe("Kari Nordmann");
    expect(stored.audit).toEqual([
      {
        action: "organization.create",
        actorId: person.id,
        targetId: created.orgId,
        data: { name: "Blåbær AS", slug: "blabaer-as" },
      },
    ]);

    const ctx = await resolveWorkspace({ userId: person.id, orgSlug: "blabaer-as" });
    expect(ctx).toMatchObject({
      orgId: created.orgId,
      role: "owner",
      orgName: "Blåbær AS",
      userId: person.id,
    });
  });

  it("answers a taken address with a CONFLICT on the slug field", async () => {
    const first = await createTestUser();
    const second = await createTestUser();
    await createOrganization({
      actor: first,
      input: { name: "Nordlys", slug: "nordlys", defaultLanguage: "nb", yourName: "Kari" },
    });
    await expect(
      createOrganization({
        actor: second,
        input: { name: "Nordlys", slug: "nordlys", defaultLanguage: "nb", yourName: "Kari" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { slug: "orgs.errors.slugTaken" } });
    // The same person with another name at a taken address is a conflict too, not a double submit.
    await expect(
      createOrganization({
        actor: first,
        input: { name: "Nordlys Bergen", slug: "nordlys", defaultLanguage: "nb", yourName: "Kari" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await listMyOrganizations({ userId: second.id })).toEqual([]);
  });

  it("makes one organization of a double submit, and answers both with it", async () => {
    const person = await createTestUser();
    const input = { name: "Dobbeltklikk", slug: "dobbeltklikk", defaultLanguage: "nb" as const, yourName: "Kari" };
    const results = await Promise.all([
      createOrganization({ actor: person, input }),
      createOrganization({ actor: person, input }),
      createOrganization({ actor: person, input }),
    ]);
    expect(new Set(results.map((result) => result.orgId)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    const mine = await listMyOrganizations({ userId: person.id });
    expect(mine).toEqual([
      { orgId: results[0]?.orgId, slug: "dobbeltklikk", name: "Dobbeltklikk", role: "owner" },
    ]);
  });

  it("lets a person belong to several organizations, listed by name", async () => {
    const person = await createTestUser();
    await createOrganization({
      actor: person,
      input: { name: "Zeta", slug: "zeta-org", defaultLanguage: "nb", yourName: "Kari" },
    });
    await createOrganization({
      actor: person,
      input: { name: "Alfa", slug: "alfa-org", defaultLanguage: "nl", yourName: "Kari" },
    });
    expect((await listMyOrganizations({ userId: person.id })).map((org) => org.slug)).toEqual([
      "alfa-org",
      "zeta-org",
    ]);
  });
});
