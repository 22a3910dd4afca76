// The team dashboard's first lines (issue 18): the key numbers, then who needs attention and what to
// do. The numbers are counted from the same rows as the table and the help requests below, and each
// figure carries a data attribute so the end-to-end test can hold them against those rows.
import { TextLink } from "@/components/ui/link";
import { CssIcon } from "@/components/ui/css-icon";
import { formatPercent } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import type { AttentionItem, TeamSummary } from "@/lib/insights/team-summary";

type Props = {
  lang: Language;
  summary: TeamSummary;
  attention: AttentionItem[];
  /** The dashboard's own address, for links to its filtered table. */
  path: string;
  /** Names shown per kind; the rest are in the table. */
  limit?: number;
};

export function TeamSummaryStrip({ lang, summary, attention, path, limit = 12 }: Props) {
  const t = getT(lang, "insights");
  const figures = [
    {
      key: "completed",
      value: summary.completed,
      text: t("summary.completed", { count: summary.completed, total: summary.learners }),
      icon: "circle-check" as const,
      tone: "text-accent-800",
    },
    {
      key: "overdue",
      value: summary.overdue,
      text: t("summary.overdue", { count: summary.overdue }),
      icon: "triangle-alert" as const,
      tone: summary.overdue > 0 ? "text-amber-900" : "text-stone-800",
    },
    {
      key: "notStarted",
      value: summary.notStarted,
      text: t("summary.notStarted", { count: summary.notStarted }),
      icon: "circle-dashed" as const,
      tone: "text-stone-800",
    },
    {
      key: "openHelp",
      value: summary.openHelpRequests,
      text: t("summary.openHelp", { count: summary.openHelpRequests }),
      icon: "life-buoy" as const,
      tone: summary.openHelpRequests > 0 ? "text-amber-900" : "text-stone-800",
    },
  ];
  // One line per kind with the names, and what to do said once, not on every person's row.
  const kinds = (["overdue", "notStarted"] as const).map((kind) => ({
    kind,
    items: attention.filter((item) => item.kind === kind),
  }));
  return (
    <div className="flex flex-col gap-4">
      <ul aria-label={t("summary.title")} className="summary-figures">
        {figures.map(({ key, value, text, icon, tone }) => (
          <li key={key} data-summary={key} data-value={value}>
            <CssIcon name={icon} className={`mt-0.5 size-5 ${tone}`} />
            <span className={`font-semibold ${tone}`}>{text}</span>
          </li>
        ))}
      </ul>

      <section
        aria-labelledby="attention-title"
        className="rounded-2xl border border-stone-200 bg-white p-4 sm:p-5"
      >
        <h2 id="attention-title" className="text-xl font-semibold text-stone-900">
          {t("attention.title")}
        </h2>
        {attention.length === 0 && summary.openHelpRequests === 0 ? (
          <p className="mt-2 text-stone-700">{t("attention.none")}</p>
        ) : (
          <ul className="mt-3 flex flex-col divide-y divide-stone-200">
            {kinds.map(({ kind, items }) => {
              if (items.length === 0) return null;
              const people = new Set(items.map((item) => item.membershipId)).size;
              const names = items.slice(0, limit).map((item) =>
                item.kind === "overdue"
                  ? t("attention.personPercent", {
                      name: item.name,
                      percent: formatPercent(lang, item.percent),
                    })
                  : item.name,
              );
              return (
                <li key={kind} data-attention={kind} data-count={people} className="flex flex-col gap-1 py-2">
                  <span className="font-medium text-stone-900">
                    {t(kind === "overdue" ? "attention.overdueGroup" : "attention.notStartedGroup", {
                      count: people,
                    })}
                  </span>
                  <span className="break-words text-stone-800">
                    {names.join(", ")}
                    {items.length > limit && ` ${t("attention.more", { count: items.length - limit })}`}
                  </span>
                  <span className="text-sm text-stone-700">
                    {t(kind === "overdue" ? "attention.overdueDo" : "attention.notStartedDo")}{" "}
                    <TextLink
                      href={kind === "overdue" ? `${path}?overdue=1#progress-title` : "#progress-title"}
                    >
                      {t("attention.seeTable")}
                    </TextLink>
                  </span>
                </li>
              );
            })}
            {/* One line for all open requests: the statements are named once, in the help
                requests below, not a second time here (issue 17 item 4). */}
            {summary.openHelpRequests > 0 && (
              <li
                data-attention="help"
                data-count={summary.openHelpRequests}
                className="flex flex-col gap-1 py-2"
              >
                <span className="font-medium text-stone-900">
                  {t("summary.openHelp", { count: summary.openHelpRequests })}
                </span>
                <span className="text-sm">
                  <TextLink href="#help-title">{t("attention.helpDo")}</TextLink>
                </span>
              </li>
            )}
          </ul>
        )}
      </section>
    </div>
  );
}
