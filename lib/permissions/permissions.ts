// Permissions are data: a typed list and one role → permission table. Code asks
// `can(role, "members.manage")` or `requirePermission(ctx, …)`, never `role === "admin"`; a use
// case declares the one it needs with defineUseCase (./use-case.ts, ADR 038).
import type { Role } from "./roles";

export const permissions = [
  /** Open the workspace: every active member. */
  "workspace.view",
  /** Work through assigned programs and rate oneself. */
  "learning.participate",
  /** See the progress of the teams one manages. */
  "teams.viewProgress",
  /** See the whole organization's insights (every team, HR overview, exports). */
  "insights.viewOrganization",
  /** See the member list. */
  "members.view",
  /** Change roles (except owner), deactivate and reactivate members. */
  "members.manage",
  /** Make someone an owner, or change or deactivate an owner. */
  "members.manageOwners",
  /** Invite people, one by one or by CSV. */
  "invitations.manage",
  /** Create teams and choose their members and managers. */
  "teams.manage",
  /** Copy, edit and assign programs. */
  "programs.manage",
  /** Read the audit log of HR actions. */
  "audit.view",
  /** Change the organization's name, address and settings. */
  "organization.manage",
  /** Connect the organization's identity provider and claim its email domains (owners only). */
  "organization.sso",
] as const;

export type Permission = (typeof permissions)[number];

const hr: readonly Permission[] = [
  "workspace.view",
  "learning.participate",
  "teams.viewProgress",
  "insights.viewOrganization",
  "members.view",
  "members.manage",
  "invitations.manage",
  "teams.manage",
  "programs.manage",
  "audit.view",
  "organization.manage",
];

/** What each role may do. Owners are HR who may also manage owners. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  owner: [...hr, "members.manageOwners", "organization.sso"],
  admin: hr,
  manager: ["workspace.view", "learning.participate", "teams.viewProgress"],
  employee: ["workspace.view", "learning.participate"],
};

const lookup = new Map<Role, ReadonlySet<Permission>>(
  Object.entries(rolePermissions).map(([role, granted]) => [role as Role, new Set(granted)]),
);

export function can(role: Role, permission: Permission): boolean {
  return lookup.get(role)?.has(permission) ?? false;
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === "string" && (permissions as readonly string[]).includes(value);
}
