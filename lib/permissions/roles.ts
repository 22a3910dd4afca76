import type { Role as DbRole } from "@/lib/generated/prisma/enums";

/** Roles in an organization, most powerful first. Mirrors the database enum `Role`. */
export const roles = ["owner", "admin", "manager", "employee"] as const;
export type Role = (typeof roles)[number];

// Fails to compile when prisma/schema.prisma's Role and this list drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rolesMatchDatabase: Same<Role, DbRole> = true;
void rolesMatchDatabase;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}
