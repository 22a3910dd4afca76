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

type Props = {
  lang: Language;
  orgSlug: string;
  groups: HelpGroup<HelpRequestRow>[];
  resources: Map<string, StatementResource[]>;
  emptyText: string;
  /** At most this many resources per statement (the rest are a click away in the program). */
  resourceLimit?: number;
};

// The secondary small button's look in a few classes: it repeats on every open request.
const handleButton =
  "min-h-9 rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-accent-600";

const plainLink =
  "font-medium text-accent-800 underline underline-offset-2 hover:text-accent-900 focus-visible:outline-3 focus-visible:outline-accent-600";

export function HelpRequestGroups({ lang, orgSlug, groups, resources, emptyText, resourceLimit = 3 }: Props) {
  const t = getT(lang, "insights");
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "Europe/Oslo" });
  const learn = workspacePath(lang, orgSlug, "learn");
  if (groups.length === 0)
    return (
      <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-5 text-stone-700">
        {emptyText}
      </p>
    );
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
                        className={plainLink}
                      >
                        {displayText(resource.title, lang)}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <HelpHandledForm lang={lang} orgSlug={orgSlug} action={markHelpRequestHandledAction}>
              <ul className="flex flex-col divide-y divide-stone-200 border-t border-stone-200 text-sm">
                {[...group.open, ...group.handled].map((request) => {
                  const name = request.name || request.email;
                  return (
                    <li
                      key={request.id}
                      data-help-request={request.handledAt ? "handled" : "open"}
                      className="flex flex-wrap items-center justify-between gap-2 py-2"
                    >
                      <span className="min-w-0 break-words text-stone-800">
                        <span className="font-medium text-stone-900">{name}</span> ·{" "}
                        {t("help.askedOn", { date: date.format(request.createdAt) })} ·{" "}
                        {request.handledAt ? (
                          t("help.handledOn", { date: date.format(request.handledAt) })
                        ) : (
                          <span className="font-semibold text-amber-900">{t("help.open")}</span>
                        )}
                      </span>
                      {!request.handledAt && (
                        <button
                          type="submit"
                          name="helpRequestId"
                          value={request.id}
                          aria-label={t("help.markHandledFor", { name })}
                          className={handleButton}
                        >
                          {t("help.markHandled")}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </HelpHandledForm>
          </li>
        );
      })}
    </ul>
  );
}
