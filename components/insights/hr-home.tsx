// HR's home: what needs doing in the organization, each part linking to where to act (issue 18).
import {
  AlertTriangle,
  BookOpen,
  ChevronRight,
  LifeBuoy,
  Mail,
  RefreshCw,
  Target,
} from "@/components/ui/icons";
import type { ReactNode } from "react";
import { TextLink } from "@/components/ui/link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { formatPercent } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import type { HrHome } from "@/lib/insights/hr-home";
import { workspacePath } from "@/lib/orgs/workspace-pages";
import { displayText } from "@/lib/programs/program-texts";

type Props = { lang: Language; orgSlug: string; home: HrHome };

function Card({
  id,
  icon,
  title,
  children,
}: {
  id: string;
  icon: ReactNode;
  title: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className="flex min-w-0 flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-5"
    >
      <h2 id={id} className="flex items-center gap-2 text-xl font-semibold text-stone-900">
        {icon}
        {title}
      </h2>
      {children}
    </section>
  );
}

const iconClass = "size-5 shrink-0 text-accent-700";

export function HrHomeSections({ lang, orgSlug, home }: Props) {
  const t = getT(lang, "insights");
  const day = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "UTC" });
  const insights = workspacePath(lang, orgSlug, "insights");
  const programsPath = workspacePath(lang, orgSlug, "programs");
  const learn = workspacePath(lang, orgSlug, "learn");
  const programTitle = new Map(
    home.programs.map((program) => [program.id, displayText(program.title, lang)]),
  );
  const more = (shown: number, count: number, href: string) =>
    count > shown && (
      <p className="text-sm">
        <TextLink href={href} className="inline-flex items-center gap-1">
          {t("home.seeAll", { count })}
          <ChevronRight aria-hidden="true" className="size-4" />
        </TextLink>
      </p>
    );
  return (
    <div className="grid items-start gap-4 lg:grid-cols-2">
      <Card
        id="home-programs"
        icon={<Target aria-hidden="true" className={iconClass} />}
        title={t("home.programsTitle")}
      >
        {home.programs.length === 0 ? (
          <>
            <p className="text-stone-700">{t("organization.noPrograms")}</p>
            <p>
              <TextLink href={programsPath}>{t("organization.assignLink")}</TextLink>
            </p>
          </>
        ) : (
          <>
            <ul className="flex flex-col gap-4">
              {home.programs.map((program) => (
                <li key={program.id} data-home-program={program.id} className="flex flex-col gap-1">
                  <ProgressBar
                    label={programTitle.get(program.id)!}
                    value={program.total.completed}
                    max={Math.max(program.total.assigned, 1)}
                    valueText={t("home.completedOf", {
                      count: program.total.completed,
                      total: program.total.assigned,
                    })}
                  />
                  <span className="text-sm text-stone-700">
                    {t("home.started", { count: program.total.started, total: program.total.assigned })}
                  </span>
                </li>
              ))}
            </ul>
            <p className="text-sm">
              <TextLink href={`${insights}/organization`}>{t("home.byTeamLink")}</TextLink>
            </p>
          </>
        )}
      </Card>

      <Card
        id="home-overdue"
        icon={<AlertTriangle aria-hidden="true" className="size-5 shrink-0 text-amber-800" />}
        title={t("home.overdueTitle", { count: home.overdueCount })}
      >
        {home.overdue.length === 0 ? (
          <p className="text-stone-700">{t("home.overdueEmpty")}</p>
        ) : (
          <>
            <ul className="flex flex-col divide-y divide-stone-200">
              {home.overdue.map((person) => (
                <li
                  key={`${person.membershipId}-${person.programId}`}
                  className="py-2 text-sm text-stone-800"
                >
                  <span className="font-medium text-stone-900">{person.name}</span> ·{" "}
                  {t("home.overdueLine", {
                    program: programTitle.get(person.programId) ?? "",
                    date: day.format(person.dueDate),
                    percent: formatPercent(lang, person.percent),
                  })}
                </li>
              ))}
            </ul>
            <p className="text-sm text-stone-700">{t("home.overdueDo")}</p>
            {more(home.overdue.length, home.overdueCount, `${insights}/organization#overdue-title`)}
          </>
        )}
      </Card>

      <Card
        id="home-help"
        icon={<LifeBuoy aria-hidden="true" className={iconClass} />}
        title={t("home.helpTitle", { count: home.openHelpRequests })}
      >
        {home.helpGroups.length === 0 ? (
          <p className="text-stone-700">{t("home.helpEmpty")}</p>
        ) : (
          <>
            <ul className="flex flex-col divide-y divide-stone-200">
              {home.helpGroups.slice(0, 5).map((group) => {
                const links = (home.resources.get(group.statementId) ?? []).slice(0, 2);
                return (
                  <li key={group.statementId} className="flex flex-col gap-1 py-2">
                    <span className="font-medium break-words text-stone-900">
                      {t("help.groupOpen", {
                        count: group.open.length,
                        statement: displayText(group.statementText, lang),
                      })}
                    </span>
                    {links.length > 0 && (
                      <span className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                        <BookOpen aria-hidden="true" className="size-4 shrink-0 text-accent-700" />
                        {links.map((resource) => (
                          <TextLink
                            key={resource.id}
                            href={`${learn}/${resource.programId}/resources/${resource.id}`}
                          >
                            {displayText(resource.title, lang)}
                          </TextLink>
                        ))}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
            <p className="text-sm">
              <TextLink
                href={`${insights}/organization#org-help-title`}
                className="inline-flex items-center gap-1"
              >
                {t("home.helpDo")}
                <ChevronRight aria-hidden="true" className="size-4" />
              </TextLink>
            </p>
          </>
        )}
      </Card>

      <Card
        id="home-invitations"
        icon={<Mail aria-hidden="true" className={iconClass} />}
        title={t("home.invitationsTitle")}
      >
        {home.invitations.pending === 0 ? (
          <p className="text-stone-700">{t("home.invitationsEmpty")}</p>
        ) : (
          <p className="text-stone-800">
            {t("home.invitationsPending", { count: home.invitations.pending })}
          </p>
        )}
        {home.invitations.failedCount > 0 && (
          <div className="rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-stone-800">
            <p className="font-semibold text-amber-900">
              {t("home.invitationsFailed", { count: home.invitations.failedCount })}
            </p>
            <ul className="mt-1 list-disc pl-5">
              {home.invitations.failed.map((invitation) => (
                <li key={invitation.id} className="break-all">
                  {invitation.email}
                </li>
              ))}
            </ul>
          </div>
        )}
        <p className="text-sm">
          <TextLink
            href={workspacePath(lang, orgSlug, "invitations")}
            className="inline-flex items-center gap-1"
          >
            {t(home.invitations.failedCount > 0 ? "home.invitationsFix" : "home.invitationsLink")}
            <ChevronRight aria-hidden="true" className="size-4" />
          </TextLink>
        </p>
      </Card>

      {home.libraryUpdates.length > 0 && (
        <Card
          id="home-updates"
          icon={<RefreshCw aria-hidden="true" className={iconClass} />}
          title={t("home.updatesTitle", { count: home.libraryUpdates.length })}
        >
          <p className="text-stone-700">{t("home.updatesLead")}</p>
          <ul className="flex flex-col gap-1">
            {home.libraryUpdates.map((program) => (
              <li key={program.id}>
                <TextLink href={`${programsPath}/${program.id}/updates`}>
                  {t("home.updatesLink", { program: displayText(program.title, lang) })}
                </TextLink>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
