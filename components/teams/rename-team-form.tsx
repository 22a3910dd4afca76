"use client";

import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import type { renameTeamAction } from "@/lib/actions/teams/rename-team";
import type { Language } from "@/lib/i18n/settings";
import { TEAM_NAME_MAX_LENGTH } from "@/lib/teams/team-limits";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  teamId: string;
  name: string;
  action: typeof renameTeamAction;
};

export function RenameTeamForm({ lang, orgSlug, teamId, name, action }: Props) {
  const { t } = useTranslation("people");
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  const failure = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="teamId" value={teamId} />
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Field
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
      <FormStatus inline state={failure?.fieldErrors.name ? null : state} />
    </form>
  );
}
