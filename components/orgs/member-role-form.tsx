"use client";

import { useActionState, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/action-result";
import type { changeMemberRoleAction } from "@/lib/actions/change-member-role";
import type { ChangedRole } from "@/lib/orgs/change-member-role";
import type { Language } from "@/lib/i18n/settings";
import type { Role } from "@/lib/permissions/roles";
import { ActionFeedback } from "./action-feedback";

export type MemberRoleFormProps = {
  lang: Language;
  orgSlug: string;
  membershipId: string;
  /** The member's name or email, for the field's label. */
  memberLabel: string;
  role: Role;
  /** The roles the acting member may give (owners only where they may make owners). */
  assignableRoles: readonly Role[];
  action: typeof changeMemberRoleAction;
};

/** A member's role as a select with its own submit button: no change happens by just moving through the list. */
export function MemberRoleForm({
  lang,
  orgSlug,
  membershipId,
  memberLabel,
  role,
  assignableRoles,
  action,
}: MemberRoleFormProps) {
  const { t } = useTranslation();
  const bound = useMemo(() => action.bind(null, { lang, orgSlug }), [action, lang, orgSlug]);
  const [state, formAction, pending] = useActionState<ActionState<ChangedRole>, FormData>(bound, null);
  const selectId = useId();
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={selectId} className="text-sm font-medium text-stone-800">
        {t("members.role.label", { name: memberLabel })}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <select
          id={selectId}
          name="role"
          // The role the page last showed: after a change the page refreshes with the new one.
          key={role}
          defaultValue={role}
          className="min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
        >
          {assignableRoles.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </select>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("members.role.saving") : t("members.role.save")}
        </Button>
      </div>
      <ActionFeedback state={state} />
    </form>
  );
}
