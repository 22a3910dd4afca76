import { getT } from "@/lib/i18n/server";
import { AUDIT_NAMESPACES } from "@/lib/orgs/describe-audit-entry";
import { defaultLanguage, isLanguage } from "@/lib/i18n/settings";
import { csvResponse, notFoundResponse } from "@/lib/insights/csv-response";
import { auditCsvChunks, auditCsvHeader, auditExportWorkspace } from "@/lib/orgs/audit-export";
import { parseAuditQuery } from "@/lib/orgs/audit-query";

/** HR: the audit log as CSV, with the page's filters (person, kind, period) from the query string. */
export async function GET(request: Request, { params }: { params: Promise<{ lang: string; org: string }> }) {
  const { lang: rawLang, org } = await params;
  const lang = isLanguage(rawLang) ? rawLang : defaultLanguage;
  const ctx = await auditExportWorkspace(org);
  if (!ctx) return notFoundResponse();
  const { before: _ignored, ...filters } = parseAuditQuery(
    Object.fromEntries(new URL(request.url).searchParams.entries()),
  );
  void _ignored;
  const t = getT(lang, AUDIT_NAMESPACES);
  return csvResponse(
    `${ctx.orgSlug}-${t("audit.csv.file")}.csv`,
    auditCsvHeader(t),
    auditCsvChunks({ ctx, lang, t, filters }),
  );
}
