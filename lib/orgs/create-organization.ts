import "server-only";
import { randomUUID } from "node:crypto";
import { withTenant, withUser } from "@/lib/db/tenant";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors/app-error";
import type { CreateOrganizationInput } from "./organization-input";
import { recordAudit } from "./record-audit";

export type CreatedOrganization = {
  orgId: string;
  slug: string;
  /** False when the person's earlier submit of the same form already created it (double submit). */
  created: boolean;
};

/**
 * Creates the organization and makes the person its owner, in one transaction, with the name they
 * gave for themselves (colleagues they invite see it from the first day). The address is
 * unique: a taken one is a CONFLICT on the slug field, except when the person already owns an
 * organization of that name at that address — a double submit — which is answered with that one.
 */
export async function createOrganization(options: {
  actor: { id: string };
  input: CreateOrganizationInput;
}): Promise<CreatedOrganization> {
  const { actor, input } = options;
  // Made here, not by the database: the transaction must name the new organization before it
  // inserts it, because row-level security only lets it write rows of that organization.
  const orgId = randomUUID();
  try {
    return await withTenant({ orgId, userId: actor.id }, async (tx) => {
      await tx.organization.create({
        data: { id: orgId, slug: input.slug, name: input.name, defaultLanguage: input.defaultLanguage },
      });
      await tx.membership.create({ data: { organizationId: orgId, userId: actor.id, role: "owner" } });
      await tx.user.update({ where: { id: actor.id }, data: { name: input.yourName } });
      await recordAudit({
        tx,
        ctx: { orgId, userId: actor.id },
        action: "organization.create",
        targetType: "organization",
        targetId: orgId,
        data: { name: input.name, slug: input.slug },
      });
      return { orgId, slug: input.slug, created: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const own = await withUser(actor.id, (tx) =>
      tx.membership.findFirst({
        where: { userId: actor.id, role: "owner", status: "active", organization: { slug: input.slug } },
        select: { organization: { select: { id: true, slug: true, name: true } } },
      }),
    );
    if (own?.organization.name === input.name) {
      return { orgId: own.organization.id, slug: own.organization.slug, created: false };
    }
    throw AppError.conflict({
      messageKey: "orgs.errors.slugTaken",
      fieldErrors: { slug: "orgs.errors.slugTaken" },
    });
  }
}
