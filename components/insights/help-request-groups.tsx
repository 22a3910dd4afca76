// Help requests grouped by statement (issue 18 item 3): "3 people want help with «…»", the
// statement's resources to point them to, and each person's request with its state and the one
// action there is ("mark as handled"). With `limit`, only the first groups (most open requests
// first) and a link to all of them (issue 17 item 4: the page sends only what it shows).
import { markHelpRequestHandledAction } from "@/lib/actions/insights/mark-help-request-handled";
import { getT } from "@/lib/i18n/server";
import { languageTags, type Language } from "@/lib/i18n/settings";
import type { HelpRequestRow, StatementResource } from "@/lib/insights/help-requests";
import type { HelpGroup } from "@/lib/insights/team-summary";
import { workspacePath } from "@/lib/orgs/workspace-pages";
import { displayText } from "@/lib/programs/program-texts";
import { TextLink } from "@/components/ui/link";
import { HelpRequestList, type HelpRequestGroupData } from "./help-request-list";
import { EmptyState } from "@/components/ui/empty-state";

type Props = {
  lang: Language;
  orgSlug: string;
  groups: HelpGroup<HelpRequestRow>[];
  resources: Map<string, StatementResource[]>;
  emptyText: string;
  /** At most this many resources per statement (the rest are a click away in the program). */
  resourceLimit?: number;
  /**
   * Paging: at most `shown` groups, with links to all of them (`allHref`) and back to the first few
   * (`fewerHref`, given while all are shown).
   */
  paging?: { shown: number; allHref: string; fewerHref?: string };
};

export function HelpRequestGroups({
  lang,
  orgSlug,
  groups,
  resources,
  emptyText,
  resourceLimit = 3,
  paging,
}: Props) {
  const t = getT(lang, "insights");
  const date = new Intl.DateTimeFormat(languageTags[lang], { dateStyle: "medium", timeZone: "Europe/Oslo" });
  if (groups.length === 0) return <EmptyState compact>{emptyText}</EmptyState>;
  const shown = paging && !paging.fewerHref ? groups.slice(0, paging.shown) : groups;
  const data = shown.map((group): HelpRequestGroupData => {
    const statement = displayText(group.statementText, lang);
    return {
      statementId: group.statementId,
      open: group.open.length,
      heading:
        group.open.length > 0
          ? t("help.groupOpen", { count: group.open.length, statement })
          : t("help.groupHandled", { statement }),
      program: t("help.program", { program: displayText(group.programTitle, lang) }),
      links: (resources.get(group.statementId) ?? [])
        .slice(0, resourceLimit)
        .map((resource) => [
          `${resource.programId}/resources/${resource.id}`,
          displayText(resource.title, lang),
        ]),
      requests: [...group.open, ...group.handled].map((request) => ({
        id: request.id,
        name: request.name || request.email,
        asked: t("help.askedOn", { date: date.format(request.createdAt) }),
        ...(request.handledAt
          ? { handled: t("help.handledOn", { date: date.format(request.handledAt) }) }
          : {}),
      })),
    };
  });
  return (
    <>
      <HelpRequestList
        lang={lang}
        orgSlug={orgSlug}
        action={markHelpRequestHandledAction}
        groups={data}
        learn={workspacePath(lang, orgSlug, "learn")}
        labels={{
          open: t("help.open"),
          markHandled: t("help.markHandled"),
          markHandledFor: t("help.markHandledFor", { name: "{name}" }),
          pointTo: t("help.pointTo"),
        }}
      />
      {paging && groups.length > paging.shown && (
        <p className="print:hidden">
          {paging.fewerHref ? (
            <TextLink href={paging.fewerHref}>{t("help.showFewer", { count: paging.shown })}</TextLink>
          ) : (
            <TextLink href={paging.allHref}>{t("help.showAll", { count: groups.length })}</TextLink>
          )}
        </p>
      )}
    </>
  );
}
