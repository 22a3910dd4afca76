"use client";

import { UserPlus } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { assignProgramAction } from "@/lib/actions/programs/assign-program";
import type { Language } from "@/lib/i18n/settings";
import { FormStatus } from "./form-status";
import { useSubmitAction } from "./use-submit-action";

export type AssignableTeam = { id: string; name: string; memberCount: number; assigned: boolean };

type Props = {
  lang: Language;
  orgSlug: string;
  programId: string;
  orgName: string;
  everyoneAssigned: boolean;
  teams: AssignableTeam[];
  action: typeof assignProgramAction;
};

/** Assign to everyone or to chosen teams, with an optional due date. */
export function AssignProgramForm({
  lang,
  orgSlug,
  programId,
  orgName,
  everyoneAssigned,
  teams,
  action,
}: Props) {
  const { t } = useTranslation("programs");
  const bound = useMemo(() => action.bind(null, { lang, orgSlug }), [action, lang, orgSlug]);
  const [state, onSubmit, pending] = useSubmitAction(bound);
  const failure = state && !state.ok ? state : null;
  const openTeams = teams.filter((team) => !team.assigned);
  const [audience, setAudience] = useState<"everyone" | "teams">(openTeams.length > 0 ? "teams" : "everyone");
  const [chosen, setChosen] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState("");
  const ids = { audience: useId(), teams: useId(), due: useId() };
  const teamsError = failure?.fieldErrors.teamIds;
  const dueError = failure?.fieldErrors.dueDate;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <input type="hidden" name="programId" value={programId} />
      <fieldset className="flex flex-col gap-2">
        <legend id={ids.audience} className="font-medium text-stone-900">
          {t("assign.audienceLegend")}
        </legend>
        {(["teams", "everyone"] as const).map((value) => (
          <label
            key={value}
            className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white px-3 py-3 has-checked:border-accent-700 has-checked:bg-accent-50 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600"
          >
            <input
              type="radio"
              name="audience"
              value={value}
              checked={audience === value}
              onChange={() => setAudience(value)}
              className="mt-0.5 size-5 accent-accent-700 focus:outline-none"
            />
            <span className="flex flex-col">
              <span className="font-medium text-stone-900">
                {value === "everyone" ? t("assign.everyone", { org: orgName }) : t("assign.chosenTeams")}
              </span>
              {value === "everyone" && everyoneAssigned && (
                <span className="text-sm text-stone-700">{t("assign.everyoneAlready")}</span>
              )}
            </span>
          </label>
        ))}
      </fieldset>

      {audience === "teams" && (
        <fieldset
          className="flex flex-col gap-2"
          aria-describedby={teamsError ? `${ids.teams}-error` : undefined}
          aria-invalid={teamsError ? true : undefined}
        >
          <legend className="font-medium text-stone-900">{t("assign.teamsLegend")}</legend>
          {teams.length === 0 ? (
            <p className="text-stone-700">{t("assign.noTeams")}</p>
          ) : (
            <ul className="grid gap-2 sm:grid-cols-2">
              {teams.map((team) => (
                <li key={team.id}>
                  <label className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2 has-checked:border-accent-700 has-checked:bg-accent-50 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent-600 has-disabled:cursor-not-allowed has-disabled:bg-stone-100">
                    <input
                      type="checkbox"
                      name="teamIds"
                      value={team.id}
                      disabled={team.assigned}
                      checked={team.assigned || chosen.includes(team.id)}
                      onChange={(event) =>
                        setChosen((current) =>
                          event.target.checked
                            ? [...current, team.id]
                            : current.filter((id) => id !== team.id),
                        )
                      }
                      className="mt-0.5 size-5 accent-accent-700 focus:outline-none"
                    />
                    <span className="flex flex-col">
                      <span className="font-medium break-words text-stone-900">{team.name}</span>
                      <span className="text-sm text-stone-700">
                        {team.assigned
                          ? t("assign.teamAlready")
                          : t("assign.people", { count: team.memberCount })}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          )}
          {teamsError && (
            <p id={`${ids.teams}-error`} className="text-sm font-medium text-red-800">
              {teamsError}
            </p>
          )}
        </fieldset>
      )}

      <div className="flex max-w-xs flex-col gap-1.5">
        <label htmlFor={ids.due} className="font-medium text-stone-900">
          {t("assign.dueDate")}
        </label>
        <p id={`${ids.due}-hint`} className="text-sm text-stone-700">
          {t("assign.dueDateHint")}
        </p>
        <input
          id={ids.due}
          type="date"
          name="dueDate"
          value={dueDate}
          onChange={(event) => setDueDate(event.target.value)}
          aria-invalid={dueError ? true : undefined}
          aria-describedby={[`${ids.due}-hint`, dueError ? `${ids.due}-error` : null]
            .filter(Boolean)
            .join(" ")}
          className="min-h-11 rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600"
        />
        {dueError && (
          <p id={`${ids.due}-error`} className="text-sm font-medium text-red-800">
            {dueError}
          </p>
        )}
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          <UserPlus aria-hidden="true" className="size-4" />
          {pending ? t("assign.assigning") : t("assign.submit")}
        </Button>
        <FormStatus state={failure && (teamsError || dueError) ? null : state} />
      </div>
    </form>
  );
}
