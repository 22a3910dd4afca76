import type { Language } from "@/lib/i18n/settings";
import type { Distribution, HiddenReason } from "@/lib/insights/minimum-group";
import type { InsightProgram } from "@/lib/insights/program-statements";
import { displayText } from "@/lib/programs/program-texts";
import { DistributionBar } from "./distribution-bar";
import { HiddenFiguresNote } from "./hidden-figures-note";
import { LevelLegend } from "./level-legend";

type Props = {
  lang: Language;
  programs: InsightProgram[];
  distributions: Map<string, Distribution>;
  /** The organization's minimum group size, for the words that say why a figure is hidden. */
  k: number;
  /** Keeps chart ids unique when a page shows several sets (e.g. "now", "org"). */
  idPrefix: string;
};

/** The legend and, per program, a stacked bar for each statement (the privacy rules already applied). */
export function ProgramDistributions({ lang, programs, distributions, k, idPrefix }: Props) {
  const reasons = new Set<HiddenReason>();
  for (const program of programs)
    for (const statement of program.statements) {
      const distribution = distributions.get(statement.id);
      if (!distribution?.shown) reasons.add(distribution?.reason ?? "notYet");
    }
  return (
    <>
      <LevelLegend lang={lang} />
      <HiddenFiguresNote lang={lang} reasons={reasons} k={k} />
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
