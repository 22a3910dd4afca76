import { AppError } from "@/lib/errors/app-error";
import { can, type Permission } from "./permissions";
import type { Role } from "./roles";

/** Throws FORBIDDEN unless the member's role grants the permission: the one permission check. */
export function requirePermission(ctx: { role: Role }, permission: Permission): void {
  if (!can(ctx.role, permission)) throw AppError.forbidden();
}
