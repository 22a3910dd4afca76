// Route handler plumbing for the CSV exports: who may download (HR of the URL's organization; a
// team's file also its managers; everyone else gets 404 like any page they may not open), and a
// streamed UTF-8 response.
import "server-only";
import { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import { withTenant } from "@/lib/db/tenant";
import { isAppError } from "@/lib/errors/app-error";
import { isLanguage, defaultLanguage, type Language } from "@/lib/i18n/settings";
import { resolveWorkspace } from "@/lib/orgs/resolve-workspace";
import type { WorkspaceContext } from "@/lib/orgs/workspace-context";
import { can } from "@/lib/permissions/permissions";
import { BOM } from "@/lib/csv/write-csv";
import { getInsightTeamOrThrow } from "./insight-teams";

/** The workspace for an export request, or null (not signed in, not a member, not HR). */
export async function exportWorkspace(params: { lang: string; org: string }): Promise<{
  ctx: WorkspaceContext;
  lang: Language;
} | null> {
  const lang = isLanguage(params.lang) ? params.lang : defaultLanguage;
  const user = await getSessionUser();
  if (!user) return null;
  try {
    const ctx = await resolveWorkspace({ userId: user.id, orgSlug: params.org });
    return can(ctx.role, "insights.viewOrganization") ? { ctx, lang } : null;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/**
 * The workspace and team for a team's export, or null: not signed in, not a member, or a team the
 * person may not open (another organization's, or one they do not manage), as the team page does.
 */
export async function teamExportWorkspace(params: { lang: string; org: string; teamId: string }): Promise<{
  ctx: WorkspaceContext;
  lang: Language;
  team: { id: string; name: string };
} | null> {
  const lang = isLanguage(params.lang) ? params.lang : defaultLanguage;
  if (!z.uuid().safeParse(params.teamId).success) return null;
  const user = await getSessionUser();
  if (!user) return null;
  try {
    const ctx = await resolveWorkspace({ userId: user.id, orgSlug: params.org });
    if (!can(ctx.role, "teams.viewProgress")) return null;
    const team = await withTenant(ctx, (tx) => getInsightTeamOrThrow({ tx, ctx, teamId: params.teamId }));
    return { ctx, lang, team: { id: team.id, name: team.name } };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

export const notFoundResponse = () => new Response("Not found", { status: 404 });

/**
 * A CSV download whose body is produced chunk by chunk: `nextChunk` is asked for more only when
 * the client has read what came before, and returns null when the file is complete.
 */
export function csvResponse(
  filename: string,
  header: string,
  nextChunk: () => Promise<string | null>,
): Response {
  const encoder = new TextEncoder();
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(BOM + header));
        return;
      }
      const chunk = await nextChunk();
      if (chunk === null) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-store",
    },
  });
}
