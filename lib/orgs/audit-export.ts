// The audit log as CSV for HR: the same filters as the page, the same sentences in the reader's
// language, read a bigger page at a time so a long log streams without holding it all.
import "server-only";
import { getSessionUser } from "@/lib/auth/session";
import { withTenant } from "@/lib/db/tenant";
import { isAppError } from "@/lib/errors/app-error";
import { csvLine } from "@/lib/csv/write-csv";
import { languageTags, type Language } from "@/lib/i18n/settings";
import { can } from "@/lib/permissions/permissions";
import type { AuditFilters, AuditKind } from "./audit-query";
import { auditKinds } from "./audit-query";
import { describeAuditEntry, type AuditT } from "./describe-audit-entry";
import { listAuditEntries } from "./list-audit-entries";
import { resolveWorkspace } from "./resolve-workspace";
import type { WorkspaceContext } from "./workspace-context";

const EXPORT_PAGE_SIZE = 500;

/**
 * The workspace of an audit export request, or null: not signed in, not an active member of the
 * organization in the URL, or not allowed to read its audit log. All three answer 404, like the page.
 */
export async function auditExportWorkspace(orgSlug: string): Promise<WorkspaceContext | null> {
  const user = await getSessionUser();
  if (!user) return null;
  try {
    const ctx = await resolveWorkspace({ userId: user.id, orgSlug });
    return can(ctx.role, "audit.view") ? ctx : null;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export function auditCsvHeader(t: AuditT): string {
  return csvLine([
    t("audit.csv.time"),
    t("audit.csv.actor"),
    t("audit.csv.actorEmail"),
    t("audit.csv.kind"),
    t("audit.csv.description"),
  ]);
}

/** The kind of an action ("membership.role" → membership), translated. */
export function auditKindLabel(action: string, t: AuditT): string {
  const prefix = action.split(".")[0] as AuditKind;
  return (auditKinds as readonly string[]).includes(prefix) ? t(`audit.kinds.${prefix}`) : action;
}

/** Chunks of CSV lines, newest entry first; null once the log (as filtered) is written out. */
export function auditCsvChunks(options: {
  ctx: WorkspaceContext;
  lang: Language;
  t: AuditT;
  filters: AuditFilters;
}): () => Promise<string | null> {
  const { ctx, lang, t, filters } = options;
  const when = new Intl.DateTimeFormat(languageTags[lang], {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: "Europe/Oslo",
  });
  let before: string | undefined;
  let done = false;
  return async () => {
    if (done) return null;
    const page = await withTenant(ctx, (tx) =>
      listAuditEntries({ tx, ctx, ...filters, before, pageSize: EXPORT_PAGE_SIZE }),
    );
    if (page.nextBefore) before = page.nextBefore;
    else done = true;
    if (page.entries.length === 0) return null;
    return page.entries
      .map((entry) =>
        csvLine([
          when.format(entry.createdAt),
          entry.actor ? entry.actor.name || entry.actor.email : t("audit.someone"),
          entry.actor?.email ?? "",
          auditKindLabel(entry.action, t),
          describeAuditEntry(entry, t, lang),
        ]),
      )
      .join("");
  };
}
