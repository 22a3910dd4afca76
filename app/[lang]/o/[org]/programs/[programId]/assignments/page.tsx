import { Users, UsersRound } from "@/components/ui/icons";
import type { Metadata } from "next";
import { z } from "zod";
import { AssignProgramForm } from "@/components/programs/assign-program-form";
import { AssignmentControls } from "@/components/programs/assignment-controls";
import { ProgramHeader } from "@/components/programs/program-header";
import { TextLink } from "@/components/ui/link";
import { assignProgramAction } from "@/lib/actions/programs/assign-program";
import { changeAssignmentDueDateAction } from "@/lib/actions/programs/change-assignment-due-date";
import { removeAssignmentAction } from "@/lib/actions/programs/remove-assignment";
import { readPage } from "@/lib/pages/read-page";
import { getT } from "@/lib/i18n/server";
import { languageTags } from "@/lib/i18n/settings";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { listAssignablePeople } from "@/lib/programs/list-assignable-people";
import { listProgramAssignments } from "@/lib/programs/list-program-assignments";
import { displayText } from "@/lib/programs/program-texts";
import { listTeams } from "@/lib/teams/list-teams";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { params: Promise<{ lang: string; org: string; programId: string }> };

/** The program of the URL with its assignments and the organization's teams, or the 404 page. */
const loadAssignments = readPage({
  permission: workspacePages.programs.permission,
  params: z.object({ programId: z.uuid() }),
  path: (raw) => `${workspacePages.programs.segment}/${String(raw.programId)}/assignments`,
  run: async ({ tx, ctx, params }) => ({
    assignments: await listProgramAssignments({ tx, ctx, programId: params.programId }),
    teams: await listTeams({ tx, ctx }),
    people: await listAssignablePeople({ tx, ctx }),
  }),
});

async function load({ params }: Props) {
  const { lang, ctx, data } = await loadAssignments(params);
  return { lang, ctx, ...data };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { lang, assignments } = await load(props);
  return {
    title: getT(lang, "programs")("assign.metaTitle", {
      title: displayText(assignments.program.title, lang),
    }),
  };
}

export default async function ProgramAssignmentsPage(props: Props) {
  const { lang, ctx, assignments, teams, people } = await load(props);
  const t = getT(lang, "programs");
  const programsPath = workspacePath(lang, ctx.orgSlug, "programs");
  const programPath = `${programsPath}/${assignments.program.id}`;
  const title = displayText(assignments.program.title, lang);
  const scope = { lang, orgSlug: ctx.orgSlug };
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "long", timeZone: "UTC" });
  const assignedTeams = new Set(
    assignments.assignments.flatMap((row) => (row.audience.kind === "team" ? [row.audience.teamId] : [])),
  );
  const everyoneAssigned = assignments.assignments.some((row) => row.audience.kind === "everyone");
  const assignedPeople = new Set(
    assignments.assignments.flatMap((row) =>
      row.audience.kind === "person" ? [row.audience.membershipId] : [],
    ),
  );

  return (
    <div className="flex flex-col gap-8">
      <ProgramHeader
        t={t}
        programsPath={programsPath}
        programPath={programPath}
        title={title}
        status={assignments.program.status}
        current="assignments"
      />

      {assignments.program.status === "draft" && (
        <p className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
          {t("assign.draftNote")}
        </p>
      )}

      <section aria-labelledby="assignments-title" className="flex flex-col gap-4">
        <div>
          <h2 id="assignments-title" className="text-xl font-semibold text-stone-900">
            {t("assign.currentTitle")}
          </h2>
          <p className="mt-1 inline-flex items-center gap-2 text-stone-700">
            <Users aria-hidden="true" className="size-4 text-accent-700" />
            {t("assign.peopleTotal", { count: assignments.assignedPeople })}
          </p>
        </div>
        {assignments.assignments.length === 0 ? (
          <EmptyState>{t("assign.none")}</EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {assignments.assignments.map((assignment) => {
              const audience =
                assignment.audience.kind === "everyone"
                  ? t("assign.everyone", { org: ctx.orgName })
                  : assignment.audience.name;
              const explained =
                assignment.audience.kind === "team"
                  ? t("assign.people", { count: assignment.audience.memberCount })
                  : assignment.audience.kind === "person"
                    ? assignment.audience.active
                      ? t("assign.byName", { email: assignment.audience.email })
                      : t("assign.byNameDeactivated", { email: assignment.audience.email })
                    : t("assign.everyoneExplained");
              return (
                <li
                  key={assignment.id}
                  className="flex flex-col gap-4 rounded-2xl border border-stone-200 bg-white p-5"
                >
                  <div>
                    <p className="font-semibold break-words text-stone-900">{audience}</p>
                    <p className="text-sm text-stone-700">
                      {explained}
                      {" · "}
                      {assignment.dueDate
                        ? t("assign.dueOn", { date: date.format(assignment.dueDate) })
                        : t("assign.noDueDate")}
                    </p>
                  </div>
                  <AssignmentControls
                    key={`${assignment.id}-${assignment.dueDate?.toISOString() ?? ""}`}
                    {...scope}
                    assignmentId={assignment.id}
                    audienceLabel={audience}
                    dueDate={assignment.dueDate ? assignment.dueDate.toISOString().slice(0, 10) : ""}
                    changeDueDate={changeAssignmentDueDateAction}
                    remove={removeAssignmentAction}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section
        aria-labelledby="assign-title"
        className="rounded-2xl border border-stone-200 bg-white p-5 sm:p-6"
      >
        <h2 id="assign-title" className="text-xl font-semibold text-stone-900">
          {t("assign.title")}
        </h2>
        <p className="mt-1 max-w-prose text-stone-700">{t("assign.lead")}</p>
        <div className="mt-5">
          <AssignProgramForm
            {...scope}
            programId={assignments.program.id}
            orgName={ctx.orgName}
            everyoneAssigned={everyoneAssigned}
            teams={teams.map((team) => ({
              id: team.id,
              name: team.name,
              memberCount: team.memberCount,
              assigned: assignedTeams.has(team.id),
            }))}
            people={people.map((person) => ({
              id: person.id,
              label: person.name ? `${person.name} (${person.email})` : person.email,
              assigned: assignedPeople.has(person.id),
            }))}
            action={assignProgramAction}
          />
        </div>
        <p className="mt-6 inline-flex items-center gap-2 border-t border-stone-200 pt-4 text-sm">
          <UsersRound aria-hidden="true" className="size-4 text-accent-700" />
          <TextLink href={workspacePath(lang, ctx.orgSlug, "teams")}>{t("assign.manageTeams")}</TextLink>
        </p>
      </section>
    </div>
  );
}
