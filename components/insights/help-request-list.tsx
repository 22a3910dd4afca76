import { markHelpRequestHandledAction } from "@/lib/actions/insights/mark-help-request-handled";
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import type { HelpRequestRow } from "@/lib/insights/help-requests";
import { displayText } from "@/lib/programs/program-texts";
import { MarkHandledButton } from "./mark-handled-button";

type Props = { lang: Language; orgSlug: string; requests: HelpRequestRow[]; emptyText: string };

/** Who asked for help with which statement and when; open ones can be marked handled. */
export function HelpRequestList({ lang, orgSlug, requests, emptyText }: Props) {
  const t = getT(lang, "insights");
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "Europe/Oslo" });
  if (requests.length === 0)
    return (
      <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-5 text-stone-700">
        {emptyText}
      </p>
    );
  return (
    <ul className="flex flex-col gap-3">
      {requests.map((request) => {
        const name = request.name || request.email;
        const statement = displayText(request.statementText, lang);
        const asked = t("help.asked", { name, statement });
        return (
          <li
            key={request.id}
            className="flex flex-col gap-3 rounded-2xl border border-stone-200 bg-white p-4 break-inside-avoid sm:flex-row sm:items-start sm:justify-between"
          >
            <div className="min-w-0">
              <p className="font-medium break-words text-stone-900">{asked}</p>
              <p className="text-sm text-stone-700">
                {t("help.program", { program: displayText(request.programTitle, lang) })} ·{" "}
                {t("help.askedOn", { date: date.format(request.createdAt) })}
              </p>
              <p className="mt-1 text-sm">
                {request.handledAt ? (
                  <span className="rounded-full bg-stone-100 px-2.5 py-0.5 font-medium text-stone-800">
                    {t("help.handledOn", { date: date.format(request.handledAt) })}
                  </span>
                ) : (
                  <span className="rounded-full bg-amber-100 px-2.5 py-0.5 font-medium text-amber-900">
                    {t("help.open")}
                  </span>
                )}
              </p>
            </div>
            {!request.handledAt && (
              <MarkHandledButton
                lang={lang}
                orgSlug={orgSlug}
                helpRequestId={request.id}
                label={asked}
                action={markHelpRequestHandledAction}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}
