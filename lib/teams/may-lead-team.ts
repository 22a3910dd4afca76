import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/permissions/permissions";
import type { Role } from "@/lib/permissions/roles";

/**
 * A team's manager must be able to see the team's progress, or "manager" would be a label without
 * a page behind it: employees are refused with a message that says what to change first.
 */
export function assertMayLeadTeam(role: Role): void {
  if (!can(role, "teams.viewProgress")) {
    throw AppError.conflict({
      messageKey: "people:teams.errors.managerRole",
      fieldErrors: { isManager: "people:teams.errors.managerRole" },
    });
  }
}
