// Help requests grouped by statement (issue 18 item 3): "3 people want help with «…»", the
// statement's resources to point them to, and each person's request with its state and the one
// action there is ("mark as handled").
import { markHelpRequestHandledAction } from "@/lib/actions/insights/mark-help-request-handled";
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import type { HelpRequestRow, StatementResource } from "@/lib/insights/help-requests";
import type { HelpGroup } from "@/lib/insights/team-summary";
import { workspacePath } from "@/lib/orgs/workspace-pages";
import { displayText } from "@/lib/programs/program-texts";
import { HelpHandledForm } from "./help-handled-form";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  lang: Language;
  orgSlug: string;
  groups: HelpGroup<HelpRequestRow>[];
  resources: Map<string, StatementResource[]>;
  emptyText: string;
  /** At most this many resources per statement (the rest are a click away in the program). */
  resourceLimit?: number;
};

export function HelpRequestGroups({ lang, orgSlug, groups, resources, emptyText, resourceLimit = 3 }: Props) {
  const t = getT(lang, "insights");
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "Europe/Oslo" });
  const learn = workspacePath(lang, orgSlug, "learn");
  const labels = {
    open: t("help.open"),
    markHandled: t("help.markHandled"),
    markHandledFor: t("help.markHandledFor", { name: "{name}" }),
  };
  if (groups.length === 0) return <EmptyState compact>{emptyText}</EmptyState>;
  return (
    <ul className="flex flex-col gap-4">
      {groups.map((group) => {
        const statement = displayText(group.statementText, lang);
        const links = (resources.get(group.statementId) ?? []).slice(0, resourceLimit);
        return (
          <li
            key={group.statementId}
            id={`help-${group.statementId}`}
            data-help-group={group.open.length}
            className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4 break-inside-avoid sm:p-5"
          >
            <h3 className="font-semibold break-words text-stone-900">
              {group.open.length > 0
                ? t("help.groupOpen", { count: group.open.length, statement })
                : t("help.groupHandled", { statement })}
            </h3>
            <p className="text-sm text-stone-700">
              {t("help.program", { program: displayText(group.programTitle, lang) })}
            </p>
            {links.length > 0 && (
              <div className="text-sm">
                <p className="font-medium text-stone-800">{t("help.pointTo")}</p>
                <ul className="mt-1 list-disc pl-5 marker:text-accent-700">
                  {links.map((resource) => (
                    <li key={resource.id}>
                      {/* A plain link: one client component per resource would be sent for each. */}
                      <a
                        href={`${learn}/${resource.programId}/resources/${resource.id}`}
                        className="text-link"
                      >
                        {displayText(resource.title, lang)}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <HelpHandledForm
              lang={lang}
              orgSlug={orgSlug}
              action={markHelpRequestHandledAction}
              labels={labels}
              requests={[...group.open, ...group.handled].map((request) => ({
                id: request.id,
                name: request.name || request.email,
                asked: t("help.askedOn", { date: date.format(request.createdAt) }),
                ...(request.handledAt
                  ? { handled: t("help.handledOn", { date: date.format(request.handledAt) }) }
                  : {}),
              }))}
            />
          </li>
        );
      })}
    </ul>
  );
}
