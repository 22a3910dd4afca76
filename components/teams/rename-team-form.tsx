"use client";

import { useActionState, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ActionFeedback } from "@/components/orgs/action-feedback";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/actions/action-result";
import type { renameTeamAction } from "@/lib/actions/teams/rename-team";
import type { Language } from "@/lib/i18n/settings";
import type { RenamedTeam } from "@/lib/teams/rename-team";
import { TEAM_NAME_MAX_LENGTH } from "@/lib/teams/team-input";

type Props = {
  lang: Language;
  orgSlug: string;
  teamId: string;
  name: string;
  action: typeof renameTeamAction;
};

export function RenameTeamForm({ lang, orgSlug, teamId, name, action }: Props) {
  const { t } = useTranslation("people");
  const bound = useMemo(() => action.bind(null, { lang, orgSlug }), [action, lang, orgSlug]);
  const [state, formAction, pending] = useActionState<ActionState<RenamedTeam>, FormData>(bound, null);
  const failure = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="teamId" value={teamId} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Input
            label={t("teams.rename.label")}
            name="name"
            required
            autoComplete="off"
            maxLength={TEAM_NAME_MAX_LENGTH}
            // The saved name after a change; what was typed after a failure.
            key={failure ? `failed-${failure.values.name}` : name}
            defaultValue={failure?.values.name ?? name}
            error={failure?.fieldErrors.name}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t("teams.rename.saving") : t("teams.rename.submit")}
        </Button>
      </div>
      <ActionFeedback state={failure?.fieldErrors.name ? null : state} />
    </form>
  );
}
