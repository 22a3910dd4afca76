"use client";

import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import type { addTeamMemberAction } from "@/lib/actions/teams/add-team-member";
import type { Language } from "@/lib/i18n/settings";
import type { TeamCandidate } from "@/lib/teams/get-team-details";
import { useFormAction } from "@/components/ui/use-form-action";

type Props = {
  lang: Language;
  orgSlug: string;
  teamId: string;
  candidates: TeamCandidate[];
  action: typeof addTeamMemberAction;
};

/** Choose a member of the organization who is not in the team yet, optionally as a manager. */
export function AddTeamMemberForm({ lang, orgSlug, teamId, candidates, action }: Props) {
  const { t } = useTranslation(["people", "common"]);
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  const managerId = `${useId()}-manager`;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      <input type="hidden" name="teamId" value={teamId} />
      <Select
        name="membershipId"
        required
        defaultValue=""
        className="w-full"
        label={t("teams.add.label")}
        hint={t("teams.add.hint")}
        placeholder={t("teams.add.placeholder")}
        options={candidates.map((candidate) => ({
          value: candidate.membershipId,
          label: `${candidate.name ? `${candidate.name} (${candidate.email})` : candidate.email} · ${t(
            `common:roles.${candidate.role}`,
          )}`,
        }))}
      />
      <label htmlFor={managerId} className="flex items-start gap-3 text-stone-900">
        <input
          id={managerId}
          type="checkbox"
          name="isManager"
          value="true"
          className="mt-1 size-5 accent-accent-700"
        />
        <span>
          <span className="block font-medium">{t("teams.add.asManager")}</span>
          <span className="block text-sm text-stone-600">{t("teams.add.asManagerHint")}</span>
        </span>
      </label>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("teams.add.submitting") : t("teams.add.submit")}
        </Button>
      </div>
      <FormStatus inline state={state} />
    </form>
  );
}
