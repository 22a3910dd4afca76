// Inputs of the invitation actions, shared by the forms and the server actions.
import { z } from "@/lib/validation/zod";
import { personName } from "@/lib/account/person-name";
import { normalizeEmail } from "@/lib/auth/email-address";
import { INVITATION_TOKEN_PATTERN } from "./invitation-token-pattern";

/** Roles HR can invite with: owners are made on the members page, by an owner. */
export const invitableRoles = ["admin", "manager", "employee"] as const;
export type InvitableRole = (typeof invitableRoles)[number];

export const INVITEE_NAME_MAX_LENGTH = 100;
/** More teams than this in one invitation is a mistake, not a plan. */
export const INVITATION_MAX_TEAMS = 50;

export const inviteeEmail = z
  .string({ error: "people:invitations.errors.emailRequired" })
  .transform(normalizeEmail)
  .pipe(
    z
      .string()
      .min(1, { error: "people:invitations.errors.emailRequired" })
      .pipe(
        z
          .email({ error: "people:invitations.errors.emailInvalid" })
          .max(254, { error: "people:invitations.errors.emailInvalid" }),
      ),
  );

const teamIds = z.preprocess(
  (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z
    .array(z.uuid({ error: "people:invitations.errors.teamUnknown" }))
    .max(INVITATION_MAX_TEAMS, { error: "people:invitations.errors.tooManyTeams" })
    .transform((ids) => [...new Set(ids)]),
);

export const createInvitationInput = z.object({
  email: inviteeEmail,
  name: z
    .string()
    .trim()
    .max(INVITEE_NAME_MAX_LENGTH, { error: "people:invitations.errors.nameTooLong" })
    .optional()
    .transform((name) => (name ? name : null)),
  role: z.enum(invitableRoles, { error: "people:invitations.errors.roleRequired" }),
  teamIds,
});
export type CreateInvitationInput = z.output<typeof createInvitationInput>;

const invitationId = z.uuid({ error: "people:invitations.errors.notFound" });

export const resendInvitationInput = z.object({ invitationId });
export const revokeInvitationInput = z.object({ invitationId });

export const acceptInvitationInput = z.object({
  token: z.string().regex(INVITATION_TOKEN_PATTERN, { error: "people:accept.errors.notFound" }),
  // Absent when Evne knows the person's name already (the form does not ask); asked, it is required.
  yourName: personName.optional(),
});
