"use client";

import { UserPlus } from "@/components/ui/icons";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "@/components/ui/button";
import type { assignProgramAction } from "@/lib/actions/programs/assign-program";
import type { Language } from "@/lib/i18n/settings";
import { FormStatus } from "@/components/ui/form-status";
import { useFormAction } from "@/components/ui/use-form-action";
import { Field } from "@/components/ui/field";
import { RadioCards } from "@/components/ui/radio-group";

export type AssignableTeam = { id: string; name: string; memberCount: number; assigned: boolean };
/** An active member HR may assign the program to by name; `assigned` when it already is. */
export type AssignablePerson = { id: string; label: string; assigned: boolean };

type Props = {
  lang: Language;
  orgSlug: string;
  programId: string;
  orgName: string;
  everyoneAssigned: boolean;
  teams: AssignableTeam[];
  people: AssignablePerson[];
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
  people,
  action,
}: Props) {
  const { t } = useTranslation("programs");
  const { state, onSubmit, pending } = useFormAction(action, { lang, orgSlug });
  const failure = state && !state.ok ? state : null;
  const openTeams = teams.filter((team) => !team.assigned);
  const [audience, setAudience] = useState<"everyone" | "teams" | "people">(
    openTeams.length > 0 ? "teams" : "everyone",
  );
  const [chosen, setChosen] = useState<string[]>([]);
  const [chosenPeople, setChosenPeople] = useState<AssignablePerson[]>([]);
  const [personQuery, setPersonQuery] = useState("");
  const [personMiss, setPersonMiss] = useState(false);
  const [dueDate, setDueDate] = useState("");
  // Once assigned, the people chosen are listed above as assigned: the list starts empty again.
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state?.ok) setChosenPeople([]);
  }
  const ids = { teams: useId(), due: useId(), person: useId() };
  const teamsError = failure?.fieldErrors.teamIds;
  const peopleError =
    failure?.fieldErrors.membershipIds ?? (personMiss ? t("assign.personUnknown") : undefined);
  const addPerson = () => {
    const wanted = personQuery.trim().toLocaleLowerCase();
    const person = people.find((candidate) => candidate.label.toLocaleLowerCase() === wanted);
    // Only someone picked from the list: a half-typed name matches nobody, and says so.
    if (!person) {
      setPersonMiss(true);
      return;
    }
    setPersonMiss(false);
    setPersonQuery("");
    if (!person.assigned && !chosenPeople.some((candidate) => candidate.id === person.id))
      setChosenPeople((current) => [...current, person]);
  };
  const dueError = failure?.fieldErrors.dueDate;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6">
      <input type="hidden" name="programId" value={programId} />
      <RadioCards
        legend={t("assign.audienceLegend")}
        name="audience"
        layout="column"
        legendSpacing={false}
        options={(["teams", "people", "everyone"] as const).map((value) => ({
          value,
          label:
            value === "everyone"
              ? t("assign.everyone", { org: orgName })
              : value === "people"
                ? t("assign.chosenPeople")
                : t("assign.chosenTeams"),
          description: value === "everyone" && everyoneAssigned ? t("assign.everyoneAlready") : undefined,
        }))}
        value={audience}
        onValueChange={(value) => setAudience(value as typeof audience)}
      />

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

      {audience === "people" && (
        <fieldset
          className="flex flex-col gap-3"
          aria-describedby={peopleError ? `${ids.person}-error` : undefined}
          aria-invalid={peopleError ? true : undefined}
        >
          <legend className="font-medium text-stone-900">{t("assign.peopleLegend")}</legend>
          <div className="flex flex-col gap-1.5">
            <label htmlFor={ids.person} className="text-stone-800">
              {t("assign.findPerson")}
            </label>
            <div className="flex flex-col gap-2 sm:flex-row">
              <input
                id={ids.person}
                list={`${ids.person}-list`}
                value={personQuery}
                autoComplete="off"
                onChange={(event) => {
                  setPersonQuery(event.target.value);
                  setPersonMiss(false);
                }}
                onKeyDown={(event) => {
                  if (event.key === "Enter") {
                    event.preventDefault();
                    addPerson();
                  }
                }}
                className="min-h-11 w-full rounded-lg border border-stone-400 bg-white px-3 py-2 text-base text-stone-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-accent-600 sm:max-w-md"
              />
              <Button type="button" variant="secondary" onClick={addPerson}>
                {t("assign.addPerson")}
              </Button>
            </div>
            <datalist id={`${ids.person}-list`}>
              {people
                .filter((person) => !person.assigned)
                .map((person) => (
                  <option key={person.id} value={person.label} />
                ))}
            </datalist>
          </div>
          {chosenPeople.length > 0 && (
            <ul className="flex flex-col gap-2">
              {chosenPeople.map((person) => (
                <li
                  key={person.id}
                  className="flex items-center justify-between gap-3 rounded-lg border border-stone-300 bg-white px-3 py-2"
                >
                  <input type="hidden" name="membershipIds" value={person.id} />
                  <span className="min-w-0 break-words text-stone-900">{person.label}</span>
                  <Button
                    type="button"
                    variant="ghost"
                    onClick={() =>
                      setChosenPeople((current) => current.filter((other) => other.id !== person.id))
                    }
                    aria-label={t("assign.removePerson", { name: person.label })}
                  >
                    {t("assign.remove")}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {peopleError && (
            <p id={`${ids.person}-error`} className="text-sm font-medium text-red-800">
              {peopleError}
            </p>
          )}
        </fieldset>
      )}

      <div className="max-w-xs">
        <Field
          id={ids.due}
          label={t("assign.dueDate")}
          hint={t("assign.dueDateHint")}
          type="date"
          name="dueDate"
          value={dueDate}
          onValueChange={setDueDate}
          error={dueError}
        />
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={pending}>
          <UserPlus aria-hidden="true" className="size-4" />
          {pending ? t("assign.assigning") : t("assign.submit")}
        </Button>
        <FormStatus state={failure && (teamsError || dueError || peopleError) ? null : state} />
      </div>
    </form>
  );
}
