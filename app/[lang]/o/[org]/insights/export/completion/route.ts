import { getT } from "@/lib/i18n/server";
import { csvResponse, exportWorkspace, notFoundResponse } from "@/lib/insights/csv-response";
import { completionChunks, completionHeader } from "@/lib/insights/export-csv";

/** HR: completion per person and program as CSV, streamed a page of people at a time. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; org: string }> }) {
  const access = await exportWorkspace(await params);
  if (!access) return notFoundResponse();
  const { ctx, lang } = access;
  const t = getT(lang, "insights");
  return csvResponse(
    `${ctx.orgSlug}-${t("csv.completionFile")}.csv`,
    completionHeader(t),
    completionChunks({ ctx, lang, t, now: new Date() }),
  );
}
