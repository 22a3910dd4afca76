"use client";

import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import type { removeTeamMemberAction } from "@/lib/actions/teams/remove-team-member";
import type { setTeamManagerAction } from "@/lib/actions/teams/set-team-manager";
import type { Language } from "@/lib/i18n/settings";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  teamId: string;
  membershipId: string;
  /** Name or address, for the buttons' accessible names. */
  memberLabel: string;
  isManager: boolean;
  mayLead: boolean;
  setManager: typeof setTeamManagerAction;
  remove: typeof removeTeamMemberAction;
};

/** A team member's two buttons: manager or not, and out of the team. */
export function TeamMemberControls({
  lang,
  orgSlug,
  teamId,
  membershipId,
  memberLabel,
  isManager,
  mayLead,
  setManager,
  remove,
}: Props) {
  const { t } = useTranslation("people");
  const scope = { lang, orgSlug };
  const {
    state: managerState,
    formAction: managerAction,
    pending: managerPending,
  } = useFormAction(setManager, scope);
  const {
    state: removeState,
    formAction: removeAction,
    pending: removePending,
  } = useFormAction(remove, scope);
  return (
    <div className="flex flex-col gap-1 sm:items-end">
      <div className="flex flex-wrap gap-2">
        {(isManager || mayLead) && (
          <form action={managerAction}>
            <input type="hidden" name="teamId" value={teamId} />
            <input type="hidden" name="membershipId" value={membershipId} />
            <input type="hidden" name="isManager" value={isManager ? "false" : "true"} />
            <Button
              type="submit"
              variant="secondary"
              size="sm"
              disabled={managerPending}
              aria-label={
                isManager
                  ? t("teams.members.unsetManagerName", { name: memberLabel })
                  : t("teams.members.makeManagerName", { name: memberLabel })
              }
            >
              {isManager ? t("teams.members.unsetManager") : t("teams.members.makeManager")}
            </Button>
          </form>
        )}
        <form action={removeAction}>
          <input type="hidden" name="teamId" value={teamId} />
          <input type="hidden" name="membershipId" value={membershipId} />
          <Button
            type="submit"
            variant="ghost"
            size="sm"
            disabled={removePending}
            aria-label={t("teams.members.removeName", { name: memberLabel })}
          >
            {t("teams.members.remove")}
          </Button>
        </form>
      </div>
      <FormStatus inline state={managerState} />
      <FormStatus inline state={removeState} />
    </div>
  );
}
