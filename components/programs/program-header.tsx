import { ArrowLeft } from "@/components/ui/icons";
import type { TFunction } from "i18next";
import { TextLink } from "@/components/ui/link";
import { ProgramStatusBadge } from "./program-status-badge";
import { ProgramTabs } from "./program-tabs";
import type { ProgramStatus } from "@/lib/programs/program-status";
import { pageTitleClasses } from "@/components/ui/page-header";

type Props = {
  t: TFunction<"programs">;
  programsPath: string;
  programPath: string;
  title: string;
  status: ProgramStatus;
  current: "texts" | "assignments";
  /** Under the title: where it comes from. */
  children?: React.ReactNode;
};

/** The top of a program's pages: back to the list, title and status, and the program's tabs. */
export function ProgramHeader({ t, programsPath, programPath, title, status, current, children }: Props) {
  return (
    <div className="flex flex-col gap-5">
      <p>
        <TextLink href={programsPath} className="inline-flex items-center gap-2">
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t("editor.back")}
        </TextLink>
      </p>
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className={pageTitleClasses}>{title}</h1>
          <ProgramStatusBadge status={status} label={t(`status.${status}`)} />
        </div>
        {children}
      </header>
      <ProgramTabs
        label={t("editor.tabsLabel")}
        tabs={[
          { href: programPath, label: t("editor.tabTexts"), current: current === "texts" },
          {
            href: `${programPath}/assignments`,
            label: t("editor.tabAssignments"),
            current: current === "assignments",
          },
        ]}
      />
    </div>
  );
}
