"use client";

import { Send } from "@/components/ui/icons";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import type { createInvitationAction } from "@/lib/actions/invitations/create-invitation";
import { INVITEE_NAME_MAX_LENGTH, invitableRoles } from "@/lib/invitations/invitation-limits";
import type { Language } from "@/lib/i18n/settings";
import type { TeamOption } from "@/lib/teams/list-teams";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { RadioCards } from "@/components/ui/radio-group";

type Props = {
  lang: Language;
  orgSlug: string;
  teams: TeamOption[];
  /** Teams ticked to begin with (the team page's "invite people to this team"). */
  preselectedTeamIds: string[];
  teamsHref: string;
  action: typeof createInvitationAction;
};

const fieldOrder = ["email", "name", "role", "teamIds"] as const;

/** Email, optional name, role and teams of one person to invite. */
export function InviteForm({ lang, orgSlug, teams, preselectedTeamIds, teamsHref, action }: Props) {
  const { t } = useTranslation(["people", "common"]);
  const { state, formAction, pending } = useFormAction(action, { lang, orgSlug });
  const failure = state && !state.ok ? state : null;
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();

  useEffect(() => {
    if (!failure) return;
    const first = fieldOrder.find((field) => failure.fieldErrors[field]);
    const target = first ? formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`) : null;
    (target ?? document.getElementById(`${id}-summary`))?.focus();
  }, [failure, id]);

  // After a success React resets the form; the next person can be typed straight away.
  const successKey = state?.ok ? state.data.invitationId : "form";
  const roleError = failure?.fieldErrors.role;
  const teamsError = failure?.fieldErrors.teamIds;
  return (
    <div className="flex flex-col gap-6">
      {/* Outside the form, which is made anew after each success: the region must stay to be announced. */}
      <p
        role="status"
        className="rounded-lg border border-accent-200 bg-accent-50 px-4 py-3 font-medium text-accent-900 empty:hidden"
      >
        {state?.ok ? t("invitations.sentTo", { email: state.data.email }) : null}
      </p>
      <form ref={formRef} action={formAction} noValidate className="flex flex-col gap-6" key={successKey}>
        {failure && (
          <div
            id={`${id}-summary`}
            role="alert"
            tabIndex={-1}
            className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 font-medium text-red-900 focus:outline-3 focus:outline-red-700"
          >
            {failure.error}
          </div>
        )}
        <div className="grid gap-6 sm:grid-cols-2">
          <Field
            label={t("invitations.form.email")}
            hint={t("invitations.form.emailHint")}
            name="email"
            type="email"
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={failure?.values.email}
            error={failure?.fieldErrors.email}
          />
          <Field
            label={t("invitations.form.name")}
            hint={t("invitations.form.nameHint")}
            name="name"
            autoComplete="off"
            maxLength={INVITEE_NAME_MAX_LENGTH}
            defaultValue={failure?.values.name}
            error={failure?.fieldErrors.name}
          />
        </div>
        <RadioCards
          legend={t("invitations.form.role")}
          name="role"
          layout="sm:grid-cols-3"
          options={invitableRoles.map((role) => ({
            value: role,
            label: t(`common:roles.${role}`),
            description: t(`invitations.form.roleHints.${role}`),
          }))}
          defaultValue={failure?.values.role ?? "employee"}
          error={roleError}
        />
        <fieldset
          className="flex flex-col gap-2"
          aria-describedby={`${id}-teams-hint${teamsError ? ` ${id}-teams-error` : ""}`}
        >
          <legend className="font-medium text-stone-900">{t("invitations.form.teams")}</legend>
          <p id={`${id}-teams-hint`} className="text-sm text-stone-600">
            {t("invitations.form.teamsHint")}
          </p>
          {teams.length === 0 ? (
            <p className="text-stone-700">
              {t("invitations.form.noTeams")}{" "}
              <TextLink href={teamsHref}>{t("invitations.form.createTeam")}</TextLink>
            </p>
          ) : (
            <div className="grid gap-2 sm:grid-cols-2">
              {teams.map((team) => (
                <label
                  key={team.id}
                  className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2 has-checked:border-accent-700 has-checked:bg-accent-50"
                >
                  <input
                    type="checkbox"
                    name="teamIds"
                    value={team.id}
                    defaultChecked={preselectedTeamIds.includes(team.id)}
                    className="size-5 shrink-0 accent-accent-700"
                  />
                  <span className="break-words text-stone-900">{team.name}</span>
                </label>
              ))}
            </div>
          )}
          {teamsError && (
            <p id={`${id}-teams-error`} className="text-sm font-medium text-red-800">
              {teamsError}
            </p>
          )}
        </fieldset>
        <div>
          <Button type="submit" size="lg" disabled={pending}>
            <Send aria-hidden="true" className="size-5" />
            {pending ? t("invitations.form.submitting") : t("invitations.form.submit")}
          </Button>
        </div>
      </form>
    </div>
  );
}
