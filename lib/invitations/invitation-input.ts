// Inputs of the invitation actions, shared by the forms and the server actions.
import { z } from "@/lib/validation/zod";
import { personName } from "@/lib/account/person-name";
import { normalizeEmail } from "@/lib/auth/email-address";
import { INVITATION_MAX_TEAMS, INVITEE_NAME_MAX_LENGTH, invitableRoles } from "./invitation-limits";
import { INVITATION_TOKEN_PATTERN } from "./invitation-token-pattern";

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
