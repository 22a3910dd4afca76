import { ArrowLeft, MailPlus } from "@/components/ui/icons";
import type { Metadata } from "next";
import { z } from "zod";
import { AddTeamMemberForm } from "@/components/teams/add-team-member-form";
import { DeleteTeamButton } from "@/components/teams/delete-team-button";
import { RenameTeamForm } from "@/components/teams/rename-team-form";
import { TeamMemberControls } from "@/components/teams/team-member-controls";
import { TextLink } from "@/components/ui/link";
import { addTeamMemberAction } from "@/lib/actions/teams/add-team-member";
import { deleteTeamAction } from "@/lib/actions/teams/delete-team";
import { removeTeamMemberAction } from "@/lib/actions/teams/remove-team-member";
import { renameTeamAction } from "@/lib/actions/teams/rename-team";
import { setTeamManagerAction } from "@/lib/actions/teams/set-team-manager";
import { readPage } from "@/lib/pages/read-page";
import { getT } from "@/lib/i18n/server";
import { workspacePages, workspacePath } from "@/lib/orgs/workspace-pages";
import { can } from "@/lib/permissions/permissions";
import { getTeamDetails } from "@/lib/teams/get-team-details";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Section } from "@/components/ui/section";

type Props = { params: Promise<{ lang: string; org: string; teamId: string }> };

/** The team of the URL, or the 404 page (malformed id, another organization's team, deleted). */
const loadTeam = readPage({
  permission: workspacePages.teams.permission,
  params: z.object({ teamId: z.uuid() }),
  path: (raw) => `${workspacePages.teams.segment}/${String(raw.teamId)}`,
  run: ({ tx, ctx, params }) => getTeamDetails({ tx, ctx, teamId: params.teamId }),
});

async function load({ params }: Props) {
  const { lang, ctx, data: details } = await loadTeam(params);
  return { lang, details, ctx };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { details } = await load(props);
  return { title: details.name };
}

export default async function TeamPage(props: Props) {
  const { lang, details, ctx } = await load(props);
  const t = getT(lang, "people");
  const common = getT(lang);
  const teamsPath = workspacePath(lang, ctx.orgSlug, "teams");
  const mayInvite = can(ctx.role, workspacePages.invitations.permission);

  return (
    <div className="flex flex-col gap-8">
      <p>
        <TextLink href={teamsPath} className="inline-flex items-center gap-2">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("teams.back")}
        </TextLink>
      </p>
      <PageHeader
        title={details.name}
        description={
          <>
            {t("teams.memberCount", { count: details.members.length })}
            {details.pendingInvitations > 0 && (
              <> · {t("teams.pendingInvitations", { count: details.pendingInvitations })}</>
            )}
          </>
        }
      />

      <section aria-labelledby="team-members-title" className="flex flex-col gap-4">
        <h2 id="team-members-title" className="text-xl font-semibold text-stone-900">
          {t("teams.members.title")}
        </h2>
        {/* Said once for the team, not on every employee's row. */}
        {details.members.some((member) => !member.mayLead && !member.isManager) && (
          <p className="max-w-prose text-stone-700">{t("teams.members.mayNotLead")}</p>
        )}
        {details.members.length === 0 ? (
          <EmptyState>{t("teams.members.empty")}</EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {details.members.map((member) => {
              const label = member.name || member.email;
              return (
                <li
                  key={member.membershipId}
                  className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5 sm:flex-row sm:items-start sm:justify-between"
                >
                  <div className="min-w-0">
                    <p className="font-semibold break-words text-stone-900">{label}</p>
                    {member.name && <p className="text-sm break-all text-stone-700">{member.email}</p>}
                    <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
                      {member.isManager && (
                        <span className="rounded-full bg-accent-700 px-2.5 py-0.5 font-medium text-white">
                          {t("teams.members.manager")}
                        </span>
                      )}
                      {/* A manager leading this team would read "Manager Manager": the role adds nothing. */}
                      {!(member.isManager && member.role === "manager") && (
                        <span className="rounded-full bg-stone-100 px-2.5 py-0.5 font-medium text-stone-800">
                          {common(`roles.${member.role}`)}
                        </span>
                      )}
                      {!member.active && (
                        <span className="rounded-full bg-amber-100 px-2.5 py-0.5 font-medium text-amber-900">
                          {t("teams.members.deactivated")}
                        </span>
                      )}
                    </p>
                  </div>
                  <TeamMemberControls
                    lang={lang}
                    orgSlug={ctx.orgSlug}
                    teamId={details.id}
                    membershipId={member.membershipId}
                    memberLabel={label}
                    isManager={member.isManager}
                    mayLead={member.mayLead}
                    setManager={setTeamManagerAction}
                    remove={removeTeamMemberAction}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <Section id="add-member-title" title={t("teams.add.title")}>
        <div className="mt-4">
          {details.candidates.length === 0 ? (
            <p className="text-stone-700">{t("teams.add.none")}</p>
          ) : (
            <AddTeamMemberForm
              lang={lang}
              orgSlug={ctx.orgSlug}
              teamId={details.id}
              candidates={details.candidates}
              action={addTeamMemberAction}
            />
          )}
          {mayInvite && (
            <p className="mt-6 border-t border-stone-200 pt-4">
              <TextLink
                href={`${workspacePath(lang, ctx.orgSlug, "invitations")}?team=${details.id}`}
                className="inline-flex items-center gap-2"
              >
                <MailPlus aria-hidden="true" className="size-4" />
                {t("teams.invite")}
              </TextLink>
            </p>
          )}
        </div>
      </Section>

      <Section id="team-settings-title" title={t("teams.rename.title")}>
        <div className="mt-4">
          <RenameTeamForm
            lang={lang}
            orgSlug={ctx.orgSlug}
            teamId={details.id}
            name={details.name}
            action={renameTeamAction}
          />
        </div>
        {/* Last and quiet: deleting is rare and cannot be undone (its dialog says what happens). */}
        <div className="mt-6 border-t border-stone-200 pt-4">
          <DeleteTeamButton
            lang={lang}
            orgSlug={ctx.orgSlug}
            teamId={details.id}
            name={details.name}
            memberCount={details.members.length}
            action={deleteTeamAction}
          />
        </div>
      </Section>
    </div>
  );
}
