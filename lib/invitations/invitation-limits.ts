// The invitation form's bounds and role choices, shared with the input schemas
// (invitation-input.ts). Kept free of zod so the form does not ship it to the browser (issue 17).

/** Roles HR can invite with: owners are made on the members page, by an owner. */
export const invitableRoles = ["admin", "manager", "employee"] as const;
export type InvitableRole = (typeof invitableRoles)[number];

export const INVITEE_NAME_MAX_LENGTH = 100;
/** More teams than this in one invitation is a mistake, not a plan. */
export const INVITATION_MAX_TEAMS = 50;
