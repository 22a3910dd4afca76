import { CalendarClock, TriangleAlert } from "@/components/ui/icons";
import { TextLink } from "@/components/ui/link";
import { fromIsoDate, todayIso } from "@/lib/challenge/challenge-dates";
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import type { DueSoonItem } from "@/lib/learning/due-soon";
import type { MyProgram } from "@/lib/learning/list-my-programs";
import { displayText } from "@/lib/programs/program-texts";

type Props = {
  lang: Language;
  items: readonly DueSoonItem<MyProgram>[];
  /** My programs' address; each item links to its program below it. */
  learnPath: string;
  now: Date;
};

/** "Due this week" at the top of My programs: what is due within a week or overdue. Nothing when nothing is. */
export function DueSoonNotice({ lang, items, learnPath, now }: Props) {
  if (items.length === 0) return null;
  const t = getT(lang, "learning");
  const thisYear = todayIso(now).slice(0, 4);
  // Due dates are days stored as UTC midnights: formatted in UTC they never shift a day.
  // No-break spaces keep "torsdag 10. desember" on one line on a phone.
  const format = (iso: string, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(languageTags[lang], { ...options, timeZone: "UTC" })
      .format(fromIsoDate(iso))
      .replace(/ /g, "\u00a0");
  // "Due this week" would be wrong for a date that has passed; each item says which it is.
  const title = items.some((item) => item.overdue)
    ? t("myPrograms.dueSoon.titleOverdue")
    : t("myPrograms.dueSoon.title");

  return (
    <section
      aria-labelledby="due-soon-notice"
      className="flex max-w-2xl items-start gap-3 rounded-2xl border border-amber-200 bg-amber-50 p-4 sm:p-5"
    >
      <CalendarClock aria-hidden="true" className="mt-1 size-5 shrink-0 text-amber-800" />
      <div className="flex min-w-0 flex-col gap-2">
        <h2 id="due-soon-notice" className="text-lg font-semibold text-stone-900">
          {title}
        </h2>
        <ul className="flex flex-col gap-2">
          {items.map((item) => {
            const status = item.overdue
              ? t("myPrograms.dueSoon.overdueSince", {
                  date: format(item.dueDate, {
                    day: "numeric",
                    month: "long",
                    // A date from an earlier year says which.
                    year: item.dueDate.startsWith(thisYear) ? undefined : "numeric",
                  }),
                })
              : t("myPrograms.dueSoon.dueOn", {
                  date: format(item.dueDate, { weekday: "long", day: "numeric", month: "long" }),
                  left:
                    item.daysLeft === 0
                      ? t("myPrograms.dueSoon.today")
                      : item.daysLeft === 1
                        ? t("myPrograms.dueSoon.tomorrow")
                        : t("myPrograms.dueSoon.daysLeft", { count: item.daysLeft }),
                });
            return (
              <li key={item.program.id} className="break-words text-stone-800">
                <TextLink href={`${learnPath}/${item.program.id}`}>
                  {displayText(item.program.title, lang)}
                </TextLink>
                {/* The dash stays with the title when the line wraps. */}
                {"\u00a0— "}
                {item.overdue ? (
                  <span className="font-medium text-red-800">
                    <TriangleAlert aria-hidden="true" className="mr-1 mb-0.5 inline size-4" />
                    {status}
                  </span>
                ) : (
                  status
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
