import { getT } from "@/lib/i18n/server";
import { csvResponse, notFoundResponse, teamExportWorkspace } from "@/lib/insights/csv-response";
import { completionChunks, completionHeader } from "@/lib/insights/export-csv";
import { slugifyFileName } from "@/lib/csv/download-file-name";

/** A team's manager or HR: the team's completion per learner and program, as on the team dashboard. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ lang: string; org: string; teamId: string }> },
) {
  const access = await teamExportWorkspace(await params);
  if (!access) return notFoundResponse();
  const { ctx, lang, team } = access;
  const t = getT(lang, "insights");
  return csvResponse(
    `${ctx.orgSlug}-${slugifyFileName(team.name)}-${t("csv.teamCompletionFile")}.csv`,
    completionHeader(t),
    completionChunks({ ctx, lang, t, now: new Date(), teamId: team.id }),
  );
}
