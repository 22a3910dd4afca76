import { getT } from "@/lib/i18n/server";
import type { Language } from "@/lib/i18n/settings";
import type { InsightProgram } from "@/lib/insights/program-statements";
import type { TeamDashboard } from "@/lib/insights/team-dashboard";
import { displayText } from "@/lib/programs/program-texts";
import { isLevel } from "@/lib/learning/levels";
import { EmptyState } from "@/components/ui/empty-state";

type Props = { lang: Language; programs: InsightProgram[]; people: TeamDashboard["sharedRatings"] };

/** Ratings of the members who chose to share them, each marked as shared by them. */
export function SharedRatingsTable({ lang, programs, people }: Props) {
  const t = getT(lang, "insights");
  if (people.length === 0) return <EmptyState compact>{t("shared.empty")}</EmptyState>;
  return (
    <ul className="flex flex-col gap-4">
      {people.map((person) => {
        const levelOf = new Map(person.ratings.map((rating) => [rating.statementId, rating.level]));
        return (
          <li
            key={person.membershipId}
            className="rounded-2xl border border-stone-200 bg-white p-4 break-inside-avoid"
          >
            <p className="flex flex-wrap items-center gap-2 font-semibold text-stone-900">
              {person.name}
              <span className="rounded-full bg-accent-50 px-2.5 py-0.5 text-sm font-medium text-accent-800 ring-1 ring-accent-200">
                {t("shared.sharedByThem")}
              </span>
            </p>
            {programs.map((program) => (
              <table key={program.id} className="mt-3 w-full border-collapse text-left text-sm">
                <caption className="pb-1 text-left font-medium text-stone-800">
                  {displayText(program.title, lang)}
                </caption>
                <tbody>
                  {program.statements.map((statement) => {
                    const level = levelOf.get(statement.id);
                    return (
                      <tr key={statement.id} className="border-b border-stone-200 last:border-0">
                        <th scope="row" className="py-1.5 pr-3 font-normal text-stone-800">
                          {displayText(statement.text, lang)}
                        </th>
                        <td className="py-1.5 text-stone-900">
                          {isLevel(level) ? `${level}. ${t(`levels.${level}`)}` : t("shared.notRated")}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
