import type { Language } from "@/lib/i18n/settings";
import type { Distribution } from "@/lib/insights/minimum-group";
import type { InsightProgram } from "@/lib/insights/program-statements";
import { displayText } from "@/lib/programs/program-texts";
import { DistributionBar } from "./distribution-bar";
import { LevelLegend } from "./level-legend";

type Props = {
  lang: Language;
  programs: InsightProgram[];
  distributions: Map<string, Distribution>;
  /** Keeps chart ids unique when a page shows several sets (e.g. "now", "org"). */
  idPrefix: string;
};

/** The legend and, per program, a stacked bar for each statement (the k rule already applied). */
export function ProgramDistributions({ lang, programs, distributions, idPrefix }: Props) {
  return (
    <>
      <LevelLegend lang={lang} />
      {programs.map((program) => (
        <div
          key={program.id}
          className="flex flex-col gap-5 rounded-2xl border border-stone-200 bg-white p-5"
        >
          <h3 className="text-lg font-semibold text-stone-900">{displayText(program.title, lang)}</h3>
          {program.statements.map((statement) => (
            <DistributionBar
              key={statement.id}
              lang={lang}
              chartId={`${idPrefix}-${statement.id}`}
              statement={displayText(statement.text, lang)}
              distribution={distributions.get(statement.id)}
            />
          ))}
        </div>
      ))}
    </>
  );
}
