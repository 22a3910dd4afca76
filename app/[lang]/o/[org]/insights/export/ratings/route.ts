import { getT } from "@/lib/i18n/server";
import { csvResponse, exportWorkspace, notFoundResponse } from "@/lib/insights/csv-response";
import { ratingsBody, ratingsHeader } from "@/lib/insights/export-csv";

/** HR: rating distributions per statement for the organization and each team (k rule applied) as CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; org: string }> }) {
  const access = await exportWorkspace(await params);
  if (!access) return notFoundResponse();
  const { ctx, lang } = access;
  const t = getT(lang, "insights");
  let sent = false;
  return csvResponse(`${ctx.orgSlug}-${t("csv.ratingsFile")}.csv`, ratingsHeader(t), async () => {
    if (sent) return null;
    sent = true;
    return ratingsBody({ ctx, lang, t });
  });
}
