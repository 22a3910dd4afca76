"use client";

import { Plus } from "@/components/ui/icons";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { createTeamAction } from "@/lib/actions/teams/create-team";
import type { Language } from "@/lib/i18n/settings";
import { TEAM_NAME_MAX_LENGTH } from "@/lib/teams/team-limits";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

/** The new team's name; on success the action opens the team's page. */
export function CreateTeamForm({
  lang,
  orgSlug,
  action,
}: {
  lang: Language;
  orgSlug: string;
  action: typeof createTeamAction;
}) {
  const { t } = useTranslation("people");
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  const failure = state && !state.ok ? state : null;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-start">
      <div className="flex-1">
        <Field
          label={t("teams.create.label")}
          hint={t("teams.create.hint")}
          name="name"
          required
          autoComplete="off"
          maxLength={TEAM_NAME_MAX_LENGTH}
          defaultValue={failure?.values.name}
          // A failed attempt renders the field again with its message, focused.
          key={failure ? `failed-${failure.error}-${failure.values.name}` : "new"}
          autoFocus={failure !== null}
          error={failure ? (failure.fieldErrors.name ?? failure.error) : undefined}
        />
      </div>
      <Button type="submit" disabled={pending} className="sm:mt-[3.25rem]">
        <Plus aria-hidden="true" className="size-4" />
        {pending ? t("teams.create.submitting") : t("teams.create.submit")}
      </Button>
    </form>
  );
}
